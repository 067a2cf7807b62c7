// Every workflow the worker registers.
export * from './case.workflow';
export * from './referral.workflow';
export * from './complaint.workflow';
export * from './file-access.workflow';
