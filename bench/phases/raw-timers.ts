// Raw Temporal timer lag in the escalation window: as many minimal workflows
// as there are Masar deadlines, their timers due at the same instants spread
// over the same window, on the same server (run alongside Masar's ladders).
// Lag = the workflow time at which each woke − its due instant, as Masar's
// timer lag is read (Escalation.alertedAt − dueAt).
import { rawTimerWorkflow } from '../baseline/workflows';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';
import { mapLimit } from '../lib/util';

export interface RawTimers {
  count: number;
  collect(): Promise<{ count: number; lagMs: Summary }>;
}

export async function startRawTimers(stack: Stack, firstDue: number, lastDue: number, count: number): Promise<RawTimers> {
  const client = stack.client!;
  const ids = Array.from({ length: count }, (_, k) => `bench-raw-timer-${firstDue}-${k}`);
  const step = count > 1 ? (lastDue - firstDue) / (count - 1) : 0;
  await mapLimit(ids, 32, (workflowId, k) =>
    client.workflow.start(rawTimerWorkflow, { taskQueue: stack.rawTaskQueue, workflowId, args: [Math.round(firstDue + k * step)] }),
  );
  return {
    count,
    async collect() {
      const lags = await mapLimit(ids, 32, (id) => client.workflow.getHandle(id).result().catch(() => NaN) as Promise<number>);
      const ok = lags.filter((x) => Number.isFinite(x));
      return { count: ok.length, lagMs: summarize(ok) };
    },
  };
}
