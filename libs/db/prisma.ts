// The one way to open the system of record: Prisma's client over the pg
// driver adapter (no native query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../prisma/generated/client';

export type Db = PrismaClient;
export { PrismaClient };
export { Prisma } from '../../prisma/generated/client';

export function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  // An interactive transaction waits for a pooled connection up to maxWait
  // (Prisma's default, 2 s, turned a busy pool into 500s: writes that chain the
  // audit trail queue behind its advisory lock while holding their connection).
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
}
