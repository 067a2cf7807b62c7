// The case's timeline, as GET /cases/:id/timeline and the export show it: the
// TimelineEntry rows its pathway writes with every note (workflows/case/context.ts),
// the current life's latest TIMELINE_KEPT, in one statement through the pool.
// A query on the pathway answered this before: with thousands of pathways open,
// most are not in a worker's cache, and a query replays the whole run.
// A pathway whose runs predate the rows has none until its next note: its own
// query answers for it (null here).
import type { Db } from '../../../../libs/db/prisma';
import { TIMELINE_KEPT, type TimelineEntry } from '../../../../workflows/case.messages';

interface Row {
  at: Date;
  type: string;
  by: TimelineEntry['by'] | null;
  data: TimelineEntry['data'] | null;
}

export async function readTimeline(db: Db, caseId: string): Promise<TimelineEntry[] | null> {
  // the current life: the cycle of the latest entry (a reopened case starts a new one, as its pathway's memory does)
  const { rows } = await db.pg.query<Row>(
    `WITH life AS (SELECT "cycle" FROM "TimelineEntry" WHERE "caseId" = $1 ORDER BY "at" DESC, "seq" DESC LIMIT 1)
     SELECT t."at" AT TIME ZONE 'UTC' AS "at", t."type", t."by", t."data"
       FROM "TimelineEntry" t JOIN life ON life."cycle" = t."cycle"
      WHERE t."caseId" = $1
      ORDER BY t."seq" DESC
      LIMIT $2`,
    [caseId, TIMELINE_KEPT],
  );
  if (rows.length === 0) return null;
  return rows.reverse().map((r) => ({ at: r.at.toISOString(), type: r.type, ...(r.by ? { by: r.by } : {}), ...(r.data ? { data: r.data } : {}) }));
}
