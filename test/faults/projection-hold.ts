// Holding a pathway's projection batch where a fault test wants it, and seeing
// where it is: the batch is one statement (SELECT apply_projections(...)),
// so the test takes row locks in its own PostgreSQL session and reads
// pg_stat_activity to find the worker's statement waiting on them; and it
// reads the workflow's history to tell whether Temporal heard of the batch.
import { Client as PgClient } from 'pg';
import type { Client as TemporalClient } from '@temporalio/client';

/**
 * Two sessions of the test's own: one holds locks in a transaction, the other
 * watches (pg_stat_activity is read once per transaction: a session inside
 * one would keep seeing the backends as they were when it first looked).
 */
export class BatchHold {
  private readonly holder: PgClient;
  private readonly watcher: PgClient;
  private holderPid = 0;

  constructor(url: string) {
    this.holder = new PgClient({ connectionString: url });
    this.watcher = new PgClient({ connectionString: url });
  }

  async open(): Promise<void> {
    await this.holder.connect();
    await this.watcher.connect();
    this.holderPid = (await this.holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  }

  /**
   * Row locks on the cases' acknowledgement steps. A level's batch inserts its
   * escalation row first, then raises the step's level: it stops there, its
   * escalation row written and uncommitted.
   */
  async holdAcknowledgements(caseIds: string[]): Promise<void> {
    await this.holder.query('BEGIN');
    const r = await this.holder.query(`SELECT 1 FROM "OpenStep" WHERE "caseId" = ANY($1) AND "step" = 'ACKNOWLEDGEMENT' FOR UPDATE`, [caseIds]);
    if (r.rowCount !== caseIds.length) throw new Error(`${r.rowCount} acknowledgement steps for ${caseIds.length} cases`);
  }

  /** Ends the holding transaction (none open: nothing happens). */
  async release(): Promise<void> {
    await this.holder.query('ROLLBACK');
  }

  /** Projection statements (their backends' pids) waiting for a lock one of `holders` holds. */
  async waitingOn(holders: number[]): Promise<number[]> {
    const r = await this.watcher.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE pg_blocking_pids(pid) && $1::int[] AND wait_event_type = 'Lock' AND query LIKE '%apply_projections%'
        ORDER BY pid`,
      [holders],
    );
    return r.rows.map((x) => x.pid);
  }

  /** Projection statements waiting on the holding transaction's locks. */
  waitingOnHold(): Promise<number[]> {
    return this.waitingOn([this.holderPid]);
  }

  /** How many of these backends are still there (a backend whose client died lives on until its statement ends). */
  async alive(pids: number[]): Promise<number> {
    const r = await this.watcher.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1::int[])', [pids]);
    return r.rows[0].n;
  }

  /** The database's backends that wait, and on whom: what a failed wait reports. */
  async waits(): Promise<string> {
    const r = await this.watcher.query(
      `SELECT pid, usename, state, wait_event_type, wait_event, pg_blocking_pids(pid) AS blocked_by, left(query, 40) AS query
         FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()`,
    );
    return JSON.stringify({ holder: this.holderPid, backends: r.rows });
  }

  /** Ends a backend: its transaction rolls back. */
  async terminate(pid: number): Promise<void> {
    await this.watcher.query('SELECT pg_terminate_backend($1)', [pid]);
  }

  async end(): Promise<void> {
    await this.holder.end().catch(() => undefined);
    await this.watcher.end().catch(() => undefined);
  }
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
