// Run by test/integration/pool-statements.test.ts in a process of its own, whose
// time zone (TZ) is not UTC: the reads through the pool whose instants pg parses
// in the process's zone. Prints what it read as JSON.
import { readCaseView } from '../../apps/api/src/cases/case-access';
import { effectiveTemplate } from '../../apps/api/src/templates/template-store';
import { createDeliveryStore } from '../../apps/notifier/src/delivery-store';
import { createDb } from '../../libs/db/prisma';

async function main(): Promise<void> {
  const [what, a, b] = process.argv.slice(2);
  const db = createDb(process.env.DATABASE_URL as string, { poolSize: 1 });
  try {
    const zoneOffset = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
    const read = what === 'template' ? await effectiveTemplate(db, a, b) : what === 'case-view' ? await readCaseView(db, a) : await createDeliveryStore(db).claim(a, 30_000);
    process.stdout.write(JSON.stringify({ zoneOffset, read }));
  } finally {
    await db.$disconnect();
  }
}
void main();
