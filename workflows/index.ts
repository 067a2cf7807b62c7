// Every workflow the worker registers.
export * from './case.workflow';
export * from './referral.workflow';
export * from './complaint.workflow';
