// The one way to open the system of record: Prisma's client over the pg
// driver adapter (no native query engine), on a pool of our own.
//
// `db.pg` is that pool, for the few statements every request makes (who the
// caller is, the case's gate, the audit entry, the Idempotency-Key's answer,
// the case view of GET /cases/:id). Prisma 6's client compiles each query to a plan in
// WebAssembly and interprets it: 0.4–0.9 ms of CPU per query, where the same
// read through pg costs about 0.1 ms, and it was over a third of the API's
// CPU per action (a profile, commit 1aaf8ea; bench/action-cost.ts). Everything else (every
// write with relations, every transaction, migrations) stays Prisma's.
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from '../../prisma/generated/client';

export { Prisma } from '../../prisma/generated/client';

export class Db extends PrismaClient {
  constructor(readonly pg: Pool) {
    // An interactive transaction waits for a pooled connection up to maxWait
    // (Prisma's default, 2 s, turned a busy pool into 500s: writes that chain the
    // audit trail queue behind its advisory lock while holding their connection).
    super({ adapter: new PrismaPg(pg), transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
  }

  /** Prisma leaves a pool it was given open: it is ours to end. */
  override async $disconnect(): Promise<void> {
    await super.$disconnect();
    if (!this.pg.ended) await this.pg.end();
  }
}

/**
 * An instant as the columns hold it (Prisma's DateTime: UTC, without a zone), for
 * a statement through the pool; read such a column back `AT TIME ZONE 'UTC'`, as
 * pg reads a zoneless column in the process's zone.
 */
export const utcText = (d: Date): string => d.toISOString().replace('Z', '');

export function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Db {
  const pool = new Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 });
  // A connection PostgreSQL drops while it sits idle in the pool (a restart, a cut network) is
  // an 'error' event on the pool, which would end the process without a listener. The pool has
  // already discarded it; the next query opens another, and reports its own failure if any.
  pool.on('error', () => undefined);
  return new Db(pool);
}
