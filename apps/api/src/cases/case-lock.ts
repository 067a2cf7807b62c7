// A case's lock for the length of a transaction, taken by a merge and by a
// report that joins the case. A report then either joins the duplicate before
// the merge reads what the duplicate carries (its report row moves with the
// others), or waits and finds the case merged (it joins the survivor).
//
// Advisory, not a lock on the Case row: a merge's transaction waits on the
// pathways' updates, and the pathways write the Case row themselves.
import type { Prisma } from '../../../../libs/db/prisma';

export async function lockCases(tx: Prisma.TransactionClient, ...caseIds: string[]): Promise<void> {
  // always in the same order: two merges of the same pair never wait on each other
  for (const id of [...new Set(caseIds)].sort()) {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${id}, 0))`;
  }
}
