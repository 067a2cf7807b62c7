// Test files share this run's database, and a notifier's reconciler picks up
// every delivery row still QUEUED, whoever wrote it. A row an earlier test
// file left queued (its notifier stopped first, on purpose or not) would be
// sent to this file's SMTP sink and SMSC and counted as this file's mail.
// Each harness parks those rows before it starts a notifier.
import type { Db } from '../../libs/db/prisma';

export async function parkLeftoverDeliveries(db: Db): Promise<number> {
  const { count } = await db.delivery.updateMany({
    where: { status: 'QUEUED' },
    data: { status: 'FAILED', failedAt: new Date(), lastError: 'left queued by an earlier test file' },
  });
  return count;
}
