// Injection tokens for infrastructure clients: one home each.
export const DB = Symbol('DB');
export const TEMPORAL = Symbol('TEMPORAL');
export const REDIS = Symbol('REDIS');
/** Masar's AesGcmCodec, built from MASAR_CODEC_KEYS. */
export const PAYLOAD_CODEC = Symbol('PAYLOAD_CODEC');
