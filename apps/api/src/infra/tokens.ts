// Injection tokens for infrastructure clients: one home each.
export const DB = Symbol('DB');
export const TEMPORAL = Symbol('TEMPORAL');
export const REDIS = Symbol('REDIS');
