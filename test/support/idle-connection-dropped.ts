// Run by test/integration/pool-statements.test.ts in a process of its own: PostgreSQL
// drops a connection that sits idle in createDb's pool (as a restart does), and the
// process must live on and query again. An 'error' event without a listener would
// end it, so the test sees a non-zero exit instead of this line of JSON.
import { Client } from 'pg';
import { createDb } from '../../libs/db/prisma';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL as string;
  const db = createDb(url, { poolSize: 1 });
  const killer = new Client({ connectionString: url });
  await killer.connect();
  try {
    const { rows } = await db.pg.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const idle = rows[0].pid;
    const dropped = await killer.query<{ ok: boolean }>('SELECT pg_terminate_backend($1) AS ok', [idle]);
    // the pool hears of it on the idle socket: give it the time to
    await new Promise((resolve) => setTimeout(resolve, 500));
    const again = await db.pg.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    process.stdout.write(JSON.stringify({ dropped: dropped.rows[0].ok, idle, after: again.rows[0].pid }));
  } finally {
    await killer.end();
    await db.$disconnect();
  }
}
void main();
