// Holding a pathway's projection batch where a fault test wants it, and seeing
// where it is: the batch is one statement (SELECT apply_projections(...)),
// so the test takes row locks in its own PostgreSQL session and reads
// pg_stat_activity to find the worker's statement waiting on them; and it
// reads the workflow's history to tell whether Temporal heard of the batch.
import type { Client as PgClient } from 'pg';
import type { Client as TemporalClient } from '@temporalio/client';

/**
 * Row locks on the cases' acknowledgement steps, in a transaction of `session`.
 * A level's batch inserts its escalation row first, then raises the step's
 * level: it stops there, its escalation row written and uncommitted.
 */
export async function holdAcknowledgements(session: PgClient, caseIds: string[]): Promise<void> {
  await session.query('BEGIN');
  const r = await session.query(`SELECT 1 FROM "OpenStep" WHERE "caseId" = ANY($1) AND "step" = 'ACKNOWLEDGEMENT' FOR UPDATE`, [caseIds]);
  if (r.rowCount !== caseIds.length) throw new Error(`${r.rowCount} acknowledgement steps for ${caseIds.length} cases`);
}

/** Ends the test's transaction, if one is open (a failed test leaves nothing held). */
export async function release(session: PgClient): Promise<void> {
  await session.query('ROLLBACK');
}

/** Projection statements waiting for a lock that one of `holders` holds: their backends' pids. */
export async function batchesWaitingOn(session: PgClient, holders: number[]): Promise<number[]> {
  const r = await session.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
      WHERE pg_blocking_pids(pid) && $1::int[] AND wait_event_type = 'Lock' AND query LIKE '%apply_projections%'
      ORDER BY pid`,
    [holders],
  );
  return r.rows.map((x) => x.pid);
}

/** Projection statements waiting on the locks of `session` itself. */
export async function batchesWaitingOnMe(session: PgClient): Promise<number[]> {
  const me = await session.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return batchesWaitingOn(session, [me.rows[0].pid]);
}

/** How many of these backends are still there (a backend whose client died lives on until its statement ends). */
export async function alive(session: PgClient, pids: number[]): Promise<number> {
  const r = await session.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1::int[])', [pids]);
  return r.rows[0].n;
}

export interface AfterAlert {
  /** the event id of the workflow's last activity result (the level's alert), 0 when there is none */
  alertEventId: number;
  /** the workflow task that received it completed: its batch's marker or the next level's timer is recorded */
  completed: boolean;
}

async function events(temporal: TemporalClient, workflowId: string) {
  return (await temporal.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
}

/** What the history holds after the workflow's last activity result. */
export async function afterLastActivity(temporal: TemporalClient, workflowId: string): Promise<AfterAlert> {
  const all = await events(temporal, workflowId);
  let last = -1;
  all.forEach((e, i) => {
    if (e.activityTaskCompletedEventAttributes) last = i;
  });
  const after = all.slice(last + 1);
  return {
    alertEventId: last >= 0 ? Number(all[last].eventId) : 0,
    completed: after.some((e) => e.workflowTaskCompletedEventAttributes || e.markerRecordedEventAttributes || e.timerStartedEventAttributes),
  };
}

/** Whether a workflow task after `eventId` timed out or failed: the task was run again by another worker. */
export async function taskRetriedAfter(temporal: TemporalClient, workflowId: string, eventId: number): Promise<boolean> {
  return (await events(temporal, workflowId)).some((e) => Number(e.eventId) > eventId && (e.workflowTaskTimedOutEventAttributes || e.workflowTaskFailedEventAttributes));
}
