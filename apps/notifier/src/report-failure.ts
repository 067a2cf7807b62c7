// A delivery that failed for good: record it, make it visible to operators,
// and when it was the alert's last hope, tell the pathway (it then alerts the
// next level at once instead of waiting for the next deadline).
import type { DeliveryRow, DeliveryStore } from './delivery-store';
import { OPERATOR_EVENT } from './delivery-store';
import type { NotifierLog } from './log';
import type { PathwaySignals } from './pathway-signals';

const SIGNAL_ATTEMPTS = 3;
const SIGNAL_RETRY_MS = 1_000;

export type ReportFailure = (row: DeliveryRow, to: 'FAILED' | 'UNDELIVERABLE', from: readonly string[], reason: string) => Promise<void>;

export function createReportFailure(deps: { store: DeliveryStore; signals: PathwaySignals; log: NotifierLog }): ReportFailure {
  return async (row, to, from, reason) => {
    const settled = await deps.store.settleFailure(row, to, from, reason);
    if (!settled.changed) return;
    deps.log.warn(`delivery ${row.key} ${to}: ${reason}`);
    if (!settled.alertUndelivered) return;
    const payload = { stepKey: row.payload.stepKey, level: row.level };
    for (let attempt = 1; ; attempt++) {
      try {
        const found = await deps.signals.alertDeliveryFailed(row.workflowId, payload);
        deps.log.info(`alert ${row.payload.alertKey} undelivered; ${found ? 'workflow signalled' : 'workflow already gone'}`);
        return;
      } catch (e) {
        if (attempt >= SIGNAL_ATTEMPTS) {
          deps.log.error(`alert ${row.payload.alertKey} undelivered and workflow ${row.workflowId} not signalled: ${(e as Error).message}`);
          await deps.store.recordOperatorEvent(OPERATOR_EVENT.SIGNAL_FAILED, `Workflow ${row.workflowId} was not told that its alert (${row.payload.step}, level ${row.level}) reached nobody`, {
            workflowId: row.workflowId,
            alertKey: row.payload.alertKey,
            ...payload,
            error: (e as Error).message,
          });
          return;
        }
        await new Promise((r) => setTimeout(r, SIGNAL_RETRY_MS * attempt));
      }
    }
  };
}
