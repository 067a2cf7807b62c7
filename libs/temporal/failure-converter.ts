// Loaded by path (the worker's workflow sandbox needs it that way): failures
// carry their message and stack inside an encoded payload, not in clear.
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
