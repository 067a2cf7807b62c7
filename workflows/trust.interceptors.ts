// The workflows' side of the trust boundary. Temporal's frontend has no users:
// whoever reaches it can start, signal and update any pathway. The worker's
// codec (libs/temporal/codec.ts) therefore decodes every payload it cannot
// authenticate (not AES-GCM under a Masar key) to a marker value, and these
// interceptors keep that value away from the pathway:
//   update   refused by its validator (ForbiddenAction): no event, no change
//   signal   ignored: the signal stays in the history, the state does not move
//   start    the forged run fails at once (non-retryable)
//   activity a forged completion (`temporal activity complete`) fails the call
//
// Why a marker and not a codec that throws: measured on the dev server, a
// decode error in an activation fails the workflow task, and the server
// retries it forever. A forged update then hangs 20 s and answers
// FAILED_PRECONDITION, and a forged signal, which stays in the history, wedges
// the pathway for good (every later legitimate action times out). A marker
// keeps a forged message from costing more than its own refusal.
//
// Nothing here emits a command for a genuine payload, so recorded histories
// replay unchanged.
import {
  ApplicationFailure,
  log,
  type ActivityInput,
  type LocalActivityInput,
  type Next,
  type SignalInput,
  type UpdateInput,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import { ForbiddenAction } from '../libs/domain/permissions';
import { carriesUnauthenticated, isUnauthenticated } from './trust-marker';

export const UNAUTHENTICATED_PAYLOAD = 'UnauthenticatedPayload';
const REFUSED = 'the payload is not authenticated by Masar (only the API and the worker produce pathway messages)';

class TrustInbound implements WorkflowInboundCallsInterceptor {
  async execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    if (carriesUnauthenticated(input.args)) throw ApplicationFailure.nonRetryable(REFUSED, UNAUTHENTICATED_PAYLOAD);
    return next(input);
  }

  validateUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'validateUpdate'>): void {
    if (carriesUnauthenticated(input.args)) throw new ForbiddenAction(REFUSED);
    next(input);
  }

  // Every Masar update has a validator; this is for one that would not.
  async handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>): Promise<unknown> {
    if (carriesUnauthenticated(input.args)) throw ApplicationFailure.nonRetryable(REFUSED, UNAUTHENTICATED_PAYLOAD);
    return next(input);
  }

  async handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    if (carriesUnauthenticated(input.args)) {
      log.warn('signal ignored: unauthenticated payload', { signal: input.signalName });
      return;
    }
    return next(input);
  }
}

/** An activity's result, refused when it is the marker (a forged completion). */
function authenticated(result: unknown): unknown {
  if (isUnauthenticated(result)) throw ApplicationFailure.nonRetryable(REFUSED, UNAUTHENTICATED_PAYLOAD);
  return result;
}

// `then`, not async/await: one promise per activity where there were two (each
// costs the SDK a stack capture), and the caller resumes on the same turn of
// the microtask queue as before, so recorded histories replay.
class TrustOutbound implements WorkflowOutboundCallsInterceptor {
  scheduleActivity(input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>): Promise<unknown> {
    return next(input).then(authenticated);
  }

  scheduleLocalActivity(input: LocalActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>): Promise<unknown> {
    return next(input).then(authenticated);
  }
}

export const interceptors: WorkflowInterceptorsFactory = () => ({ inbound: [new TrustInbound()], outbound: [new TrustOutbound()] });
