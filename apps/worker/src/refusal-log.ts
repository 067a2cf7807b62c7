// The worker's line for each payload its codec refused (workflows/trust.interceptors.ts
// then refuses the marker): the workflow and a fixed reason, through the process's
// log. Never the error's text: a forged payload chooses what that says.
import type { SerializationContext } from '@temporalio/common';
import type { Log } from '../../../libs/observability/log';
import type { Refusal } from '../../../libs/temporal/codec';

export const logRefusal =
  (log: Log) =>
  (refusal: Refusal, context?: SerializationContext): void =>
    log.warn({ workflowId: context?.workflowId, reason: refusal.reason }, 'refused an unauthenticated payload');
