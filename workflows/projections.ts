// The pathway's writes to its own read model (the case row, open steps,
// indicator events, escalations, referral rows). They are idempotent upserts
// keyed by workflow, step and sequence, so they run as local activities: in
// the workflow task of the action that caused them, recorded as markers,
// instead of one round trip through the server per write. That is what keeps
// an action cheap for the server when thousands of pathways are open.
//
// They run one at a time, in the order the workflow asked for them. Local
// activities that overlap may resolve together on replay where they resolved
// apart the first time, and the commands that follow them (a signal, an
// update's completion) would come out in another order: non-determinism. One
// at a time, each resolution has an activation of its own, on both paths.
//
// Pathways that started before this change ran them as ordinary activities;
// patched() keeps those histories replaying, and switches a running pathway
// over at its next workflow task.
import { patched, proxyActivities, proxyLocalActivities, type ActivityOptions, type LocalActivityOptions, type RetryPolicy } from '@temporalio/workflow';
import type { Activities, BusinessFailure } from '../activities';

export const LOCAL_PROJECTIONS_PATCH = 'projections-as-local-activities';

type Projections = Pick<
  Activities,
  'projectCase' | 'recordEvent' | 'openStep' | 'closeStep' | 'recordEscalation' | 'projectReferral' | 'projectComplaint' | 'checkProvider'
>;

const retry: RetryPolicy = {
  initialInterval: '1 second',
  maximumInterval: '1 minute',
  // a missing policy rule and a provider outside the directory are answers, not outages
  nonRetryableErrorTypes: ['PolicyMissing', 'ProviderNotInDirectory'] satisfies BusinessFailure[],
};

const remote = proxyActivities<Projections>({ startToCloseTimeout: '30 seconds', retry } satisfies ActivityOptions);
const local = proxyLocalActivities<Projections>({
  startToCloseTimeout: '30 seconds',
  retry,
  // a longer outage of PostgreSQL backs off on a durable timer, not in the worker's memory
  localRetryThreshold: '10 seconds',
} satisfies LocalActivityOptions);

// Module state is per workflow execution (each runs in its own context).
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(run: () => Promise<T>): Promise<T> {
  // The queue itself never rejects: a failed write does not hold up the next.
  const mine = queue.then(run);
  queue = mine.catch(() => undefined);
  return mine;
}

// Each projection, spelled out: the local activity of the same name, in turn.
const localInTurn: Projections = {
  projectCase: (p) => inTurn(() => local.projectCase(p)),
  recordEvent: (e) => inTurn(() => local.recordEvent(e)),
  openStep: (s) => inTurn(() => local.openStep(s)),
  closeStep: (c) => inTurn(() => local.closeStep(c)),
  recordEscalation: (e) => inTurn(() => local.recordEscalation(e)),
  projectReferral: (r) => inTurn(() => local.projectReferral(r)),
  projectComplaint: (c) => inTurn(() => local.projectComplaint(c)),
  checkProvider: (c) => inTurn(() => local.checkProvider(c)),
};

/** The projection activities: local and one at a time, unless this history predates the change. */
export function projections(): Projections {
  return patched(LOCAL_PROJECTIONS_PATCH) ? localInTurn : remote;
}
