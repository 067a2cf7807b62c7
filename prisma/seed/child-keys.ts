// The searchable name keys of children filed before identification existed
// (or written by another path): computed by the same function as at intake
// (libs/domain/names.ts), in batches, only where missing. Idempotent.
import type { Db } from '../../libs/db/prisma';
import { nameKeys } from '../../libs/domain/names';

export async function backfillChildKeys(db: Db, batch = 500): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.child.findMany({
      where: { nameKey: null, OR: [{ firstName: { not: null } }, { lastName: { not: null } }] },
      select: { id: true, firstName: true, lastName: true, motherName: true },
      take: batch,
    });
    if (!rows.length) return done;
    await db.$transaction(rows.map((r) => db.child.update({ where: { id: r.id }, data: nameKeys(r) })));
    done += rows.length;
    // A name that yields no key (punctuation only) would be read again forever.
    if (rows.every((r) => !nameKeys(r).nameKey)) return done;
  }
}
