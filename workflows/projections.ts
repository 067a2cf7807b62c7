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
// Since 'projections-batched', the writes a workflow task asks for wait in a
// queue and leave together, as ONE local activity (projectBatch: one SQL
// statement, step deadlines from the worker's policy cache), once the task's
// code has run as far as it can: an acknowledgement's step closure, fact,
// case row and next step are one marker and one round trip, not four. Writes
// whose answer nobody needs (the case row, a fact, a step closure) no longer
// hold their caller; updates answer once their writes are in (see `on` in
// case/context.ts), and no run ends or continues as new before (StepBook.idle).
//
// Since 'writes-posted', a write whose answer nobody needs is posted to the
// queue with no promise at all (`write`): each promise a workflow makes costs
// the SDK a stack capture, and these writes made about an eighth of a
// replay's promises. StepBook.idle counts the posted writes still to leave.
//
// Pathways that started before this change ran them as ordinary activities;
// since() keeps those histories replaying, and switches a running pathway
// over at its next workflow task.
import { ApplicationFailure, condition, proxyActivities, proxyLocalActivities, type ActivityOptions, type LocalActivityOptions, type RetryPolicy } from '@temporalio/workflow';
import { PATCH, since, type PatchId } from './patches';
import type { Activities, BusinessFailure } from '../activities';
import type { ProjectionOp, ProjectionOutcome } from '../activities/projection-batch';
import { withDeadlines, type ProjectedView } from '../libs/domain/case-view';

type Projections = Pick<
  Activities,
  'projectCase' | 'recordEvent' | 'openStep' | 'closeStep' | 'recordEscalation' | 'projectReferral' | 'projectComplaint' | 'checkProvider'
>;
type Local = Projections & Pick<Activities, 'projectBatch'>;

const retry: RetryPolicy = {
  initialInterval: '1 second',
  maximumInterval: '1 minute',
  // a missing policy rule and a provider outside the directory are answers, not outages
  nonRetryableErrorTypes: ['PolicyMissing', 'ProviderNotInDirectory'] satisfies BusinessFailure[],
};

const remote = proxyActivities<Projections>({ startToCloseTimeout: '30 seconds', retry } satisfies ActivityOptions);
const local = proxyLocalActivities<Local>({
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

// ── batched ───────────────────────────────────────────────────────────────
let waiting: { op: ProjectionOp; done: (o: ProjectionOutcome) => void; failed: (e: unknown) => void }[] = [];
let sending = false;
let sender: Promise<void> | undefined;

/** A case workflow's view, written with its batches whenever it changed (GET /cases/:id reads it). */
export interface ViewSource {
  caseId: string;
  /** row key of a step = prefix + its key */
  prefix: string;
  view(): ProjectedView;
  /** the batch's version: the workflow task's instant, which only grows */
  version?(): number;
}
let viewSource: ViewSource | undefined;
let viewWritten = '';
let viewWanted = false;

/** Conditions are checked once the task's code has run as far as it can: all it asked for leaves together. */
async function send(): Promise<void> {
  for (;;) {
    await condition(() => waiting.length > 0 || viewWanted);
    const batch = waiting;
    waiting = [];
    viewWanted = false;
    sending = true;
    try {
      const ops = batch.map((b) => b.op);
      const view = viewSource?.view();
      const changed = view !== undefined && JSON.stringify(view) !== viewWritten;
      if (view && changed) ops.push({ kind: 'view', caseId: viewSource!.caseId, prefix: viewSource!.prefix, view });
      // the view asked for after an action went out with the batch still in flight then: nothing to write
      // (histories recorded before this check hold an empty batch there)
      if (ops.length === 0 && since(PATCH.EMPTY_BATCHES_SKIPPED)) continue;
      // when the task sent it (workflow time: later in every later task, run or reopening): the database moves the case only forward
      const version = viewSource?.version && since(PATCH.VERSIONED_BATCHES) ? viewSource.version() : undefined;
      const outcomes = await inTurn(() => (version === undefined ? local.projectBatch(ops) : local.projectBatch(ops, version)));
      if (view && changed) {
        // what the activity wrote: the view with the deadlines this batch resolved
        const opened = new Map<string, string>();
        ops.forEach((op, i) => {
          const o = outcomes[i];
          if (op.kind === 'openStep' && o && 'dueAt' in o) opened.set(op.s.key, o.dueAt);
        });
        viewWritten = JSON.stringify(withDeadlines(view, viewSource!.prefix, opened));
      }
      batch.forEach((b, i) => b.done(outcomes[i] ?? null));
    } catch (err) {
      for (const b of batch) b.failed(err);
    } finally {
      sending = false;
    }
  }
}

function queued(op: ProjectionOp): Promise<ProjectionOutcome> {
  sender ??= send();
  return new Promise((done, failed) => waiting.push({ op, done, failed }));
}
const written = (op: ProjectionOp): Promise<void> => queued(op).then(() => undefined);

/** The writes whose answer nobody needs, and the batch operation each one is. */
type Posted = Pick<Projections, 'projectCase' | 'recordEvent' | 'closeStep' | 'recordEscalation' | 'projectReferral' | 'projectComplaint'>;
export type PostedWrite = keyof Posted;
const opOf: { [K in PostedWrite]: (a: Parameters<Posted[K]>[0]) => ProjectionOp } = {
  projectCase: (p) => ({ kind: 'case', p }),
  recordEvent: (e) => ({ kind: 'event', e }),
  closeStep: (c) => ({ kind: 'closeStep', c }),
  recordEscalation: (e) => ({ kind: 'escalation', e }),
  projectReferral: (r) => ({ kind: 'referral', r }),
  projectComplaint: (c) => ({ kind: 'complaint', c }),
};

const batched: Projections = {
  projectCase: (p) => written(opOf.projectCase(p)),
  recordEvent: (e) => written(opOf.recordEvent(e)),
  openStep: (s) =>
    queued({ kind: 'openStep', s }).then((o) => {
      if (!o || 'policyMissing' in o) throw ApplicationFailure.nonRetryable(o?.policyMissing ?? 'no deadline', 'PolicyMissing');
      return o;
    }),
  closeStep: (c) => written(opOf.closeStep(c)),
  recordEscalation: (e) => written(opOf.recordEscalation(e)),
  projectReferral: (r) => written(opOf.projectReferral(r)),
  projectComplaint: (c) => written(opOf.projectComplaint(c)),
  checkProvider: (c) => inTurn(() => local.checkProvider(c)),
};

/** Posted writes not yet written (nor failed for good): no run ends or continues as new before they are. */
let posted = 0;
const settlePosted = (): void => {
  posted--;
};

export function postedWritesIdle(): boolean {
  return posted === 0;
}

/**
 * The version a row write carries: the instant of this workflow task, which
 * only grows within the workflow. The database leaves the row as it is when it
 * holds a newer one (a late statement of an earlier task). Every row it guards
 * is written by one workflow only (its key or id is the workflow's), so a
 * version is never compared with another workflow's clock. Nothing for
 * histories from before the patch.
 */
const versionSince = (patch: PatchId): { version?: number } => (since(patch) ? { version: Date.now() } : {});

/** A referral's or a complaint's row. */
export const rowVersion = (): { version?: number } => versionSince(PATCH.VERSIONED_ROWS);

/**
 * A step's row (OpenStep), from any workflow's step book: a referral's or a
 * complaint's steps have no case version to be compared with (their batches
 * carry none), so a late opening could show a closed step open again.
 */
export const stepRowVersion = (): { version?: number } => versionSince(PATCH.VERSIONED_STEP_ROWS);

/** Registers the case's view: each batch carries it when it changed. */
export function projectViewWith(source: ViewSource): void {
  viewSource = source;
}

/** After an action: the view goes out (alone if need be) when the action's batches did not carry it as it is now. */
export function projectViewIfChanged(): void {
  if (!viewSource || JSON.stringify(viewSource.view()) === viewWritten) return;
  viewWanted = true;
  sender ??= send();
}

/** No projection write of this workflow is waiting or on its way. */
export function projectionsIdle(): boolean {
  return waiting.length === 0 && !viewWanted && !sending;
}

/** Whether this workflow's writes leave in batches (then a caller need not wait for one). */
export function projectionsBatched(): boolean {
  return since(PATCH.LOCAL_PROJECTIONS) && since(PATCH.BATCHED_PROJECTIONS);
}

/**
 * A write whose answer the caller does not need, `track`ed by the caller's step
 * book. Batched workflows since the patch post it to the queue and go on with
 * no promise made (its failure is the batch's, retried until it is written;
 * the book's idle() waits for it). Batched ones before it queued it as a
 * tracked promise and went on; older ones wait for it. The answer is a promise
 * only on those older paths.
 */
export function write<K extends PostedWrite>(name: K, arg: Parameters<Posted[K]>[0], track: <T>(p: () => Promise<T>) => Promise<T>): Promise<void> | undefined {
  if (writesPosted()) {
    post(opOf[name](arg));
    return undefined;
  }
  return unheld(() => track(() => (projections()[name] as (a: Parameters<Posted[K]>[0]) => Promise<unknown>)(arg)));
}

/** Whether this workflow posts the writes whose answer nobody needs (the only way some writes are made at all). */
export function writesPosted(): boolean {
  return projectionsBatched() && since(PATCH.POSTED_WRITES);
}

/** Posts a batch operation with no promise: it leaves with the task's batch, and no run ends before it is written. */
export function post(op: ProjectionOp): void {
  posted++;
  sender ??= send();
  waiting.push({ op, done: settlePosted, failed: settlePosted });
}

async function unheld(write: () => Promise<unknown>): Promise<void> {
  if (projectionsBatched()) void write().catch(() => undefined);
  else await write();
}

/** The projection activities: batched, local one at a time, or (older histories) remote. */
export function projections(): Projections {
  if (!since(PATCH.LOCAL_PROJECTIONS)) return remote;
  return since(PATCH.BATCHED_PROJECTIONS) ? batched : localInTurn;
}
