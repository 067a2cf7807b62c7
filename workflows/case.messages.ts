// The case workflow's contract: its input, state, and the signals, queries
// and updates the API sends, one module per area of the pathway (case/contract/).
// Updates are validated: an invalid action is rejected with a reason and
// leaves no trace in the history.
export type { Actor } from './actor';
export type { Stage, Track } from '../libs/domain/pathway';
export * from './case/contract/state';
export * from './case/contract/reception';
export * from './case/contract/care';
export * from './case/contract/family';
export * from './case/contract/judicial';
export * from './case/contract/closure';
export * from './case/contract/merge';
