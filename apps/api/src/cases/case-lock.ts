// A case's lock for the length of a transaction: one writer of the case's
// record at a time (its entries' versions are numbered without gaps or forks;
// a document is attached once), and a merge against everything that writes to
// either case. A report, a note or a document then either lands on the
// duplicate before the merge reads what moves (and moves with the rest), or
// waits and finds the case merged.
//
// Advisory, not a lock on the Case row: a merge's transaction waits on the
// pathways' updates, and the pathways write the Case row themselves. The key
// is the one record writers took before this module ('record:' and the id),
// so processes of either version exclude each other during a rolling deploy.
import type { Prisma } from '../../../../libs/db/prisma';

export async function lockCases(tx: Prisma.TransactionClient, ...caseIds: string[]): Promise<void> {
  // always in the same order: two merges of the same pair never wait on each other
  for (const id of [...new Set(caseIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`record:${id}`}))`;
  }
}
