// What the barrage must leave untouched: every table's rows (count and a
// digest of their content), and the pathways' state and history length.
import type { Client } from '@temporalio/client';
import type { Db } from '../../../libs/db/prisma';
import { eventually } from '../eventually';

/** Tables that may grow under the barrage: refused actions are audited. */
export const MAY_GROW = new Set(['AuditEntry', '_prisma_migrations']);

export interface TableState {
  rows: number;
  digest: string;
}

/** Row count and a content digest of every table of the public schema but AuditEntry. */
export async function tableStates(db: Db): Promise<Record<string, TableState>> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, TableState> = {};
  for (const { table_name: name } of tables) {
    if (MAY_GROW.has(name)) continue;
    const [row] = await db.$queryRawUnsafe<{ rows: bigint; digest: string | null }[]>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name.replace(/"/g, '""')}" t`,
    );
    out[name] = { rows: Number(row.rows), digest: row.digest ?? '' };
  }
  return out;
}

export async function historyLength(client: Client, workflowId: string): Promise<number> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  return history.events?.length ?? 0;
}

/** Waits until the workflow has nothing in flight and its history stops growing. */
export async function quiescent(client: Client, workflowId: string, timeoutMs = 30_000): Promise<number> {
  let last = -1;
  return eventually(
    async () => {
      const d = await client.workflow.getHandle(workflowId).describe();
      const busy = (d.raw.pendingActivities?.length ?? 0) > 0 || d.raw.pendingWorkflowTask != null;
      const length = await historyLength(client, workflowId);
      const still = !busy && length === last;
      last = length;
      return still && length;
    },
    { timeoutMs, intervalMs: 300 },
  );
}
