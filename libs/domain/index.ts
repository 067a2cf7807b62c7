export * from './taxonomy';
export * from './duration';
export * from './ids';
export * from './steps';
export * from './policy';
export * from './pathway';
export * from './permissions';
