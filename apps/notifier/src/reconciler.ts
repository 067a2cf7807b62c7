// Nothing lost when Redis loses its data (it keeps nothing on disk on some
// machines, and a failover can drop the last writes): a delivery row still
// QUEUED long after it was enqueued gets its job again, under the same job id
// (a no-op while the first job exists; the row's status guards the rest).
import { deliveryJobId, enqueueDelivery, type AlertOutbox } from '../../../libs/notify/queues';
import type { Channel } from '../../../libs/notify/channels';
import { DELIVERY_STATUS, type DeliveryStore } from './delivery-store';
import type { NotifierLog } from './log';
import type { ReportFailure } from './report-failure';

export const RECONCILE_BATCH = 200;

export interface ReconcileResult {
  requeued: number;
  settled: number;
}

export interface ReconcilerDeps {
  store: DeliveryStore;
  outbox: Pick<AlertOutbox, 'queues' | 'jobOptions'>;
  channels: readonly Channel[];
  /** a queued row older than this is looked at */
  afterMs: number;
  reportFailure: ReportFailure;
  log: NotifierLog;
}

export type ReconcileOnce = (now?: Date) => Promise<ReconcileResult>;

export function createReconciler(deps: ReconcilerDeps): ReconcileOnce {
  return async (now = new Date()) => {
    const result: ReconcileResult = { requeued: 0, settled: 0 };
    if (deps.channels.length === 0) return result;
    const rows = await deps.store.queuedSince(new Date(now.getTime() - deps.afterMs), deps.channels, RECONCILE_BATCH);
    for (const row of rows) {
      const queue = deps.outbox.queues[row.channel];
      if (!queue) continue;
      const job = await queue.getJob(deliveryJobId(row.key));
      const state = job ? await job.getState() : 'missing';
      if (state === 'missing' || state === 'unknown') {
        await enqueueDelivery(deps.outbox, row.channel, row.key);
        result.requeued++;
        deps.log.warn(`delivery ${row.key}: job lost; enqueued again`);
      } else if (state === 'failed') {
        // The job ended but its row was not settled (the process died in between).
        await deps.reportFailure(row, DELIVERY_STATUS.FAILED, [DELIVERY_STATUS.QUEUED], job?.failedReason || 'job failed');
        result.settled++;
      } else if (state === 'completed') {
        // Completed without recording a send: run it again; the row decides.
        await job?.remove();
        await enqueueDelivery(deps.outbox, row.channel, row.key);
        result.requeued++;
      }
      // waiting, delayed (backoff) or active: the job is on its way.
      await deps.store.touchEnqueued(row.key, now);
    }
    return result;
  };
}

/** Runs the reconciler every `intervalMs` (never two runs at once) until stopped. */
export function scheduleReconciler(reconcile: ReconcileOnce, intervalMs: number, log: NotifierLog): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? undefined : reconcile().catch((e: Error) => log.error(`reconciler: ${e.message}`))));
  }, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
