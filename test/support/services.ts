// Shared services for one test run, started by global setup: a PostgreSQL
// database of its own (migrated and seeded), a Redis key prefix of its own,
// and a Temporal dev server on free ports with a namespace of its own.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ROOT } from './run-context';
import { SEARCH_ATTRIBUTES_CLI } from '../../workflows/search-attributes';

const BASE_DB_URL = process.env.MASAR_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.MASAR_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Shared {
  env?: TestWorkflowEnvironment;
  dbName?: string;
}
const shared: Shared = ((globalThis as Record<string, unknown>).__masarShared ??= {}) as Shared;

function dbUrl(name: string, user?: string): string {
  const u = new URL(BASE_DB_URL);
  u.pathname = `/${name}`;
  if (user) {
    u.username = user;
    u.password = '';
  }
  return u.toString();
}

/** The role the API, worker and notifier connect as (created by the migrations; it may only append to the audit trail). */
export const RUNTIME_ROLE = 'masar_app';

export async function startSharedServices(runId: string): Promise<void> {
  // PostgreSQL: a database for this run, with the migrations applied.
  const dbName = `masar_test_${runId}`;
  const admin = new Client({ connectionString: BASE_DB_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  shared.dbName = dbName;
  // Migrations and the seed as the owner; then DATABASE_URL names the runtime role,
  // so every test's API, worker and notifier prove that its grants suffice.
  process.env.MIGRATION_DATABASE_URL = dbUrl(dbName);
  process.env.DATABASE_URL = dbUrl(dbName);
  const migrate = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: ROOT,
    env: process.env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  const { seedReferenceData } = await import('../../prisma/seed');
  const { createDb } = await import('../../libs/db/prisma');
  const db = createDb(process.env.DATABASE_URL, { poolSize: 2 });
  await seedReferenceData(db, { demo: true });
  await db.$disconnect();
  process.env.DATABASE_URL = dbUrl(dbName, RUNTIME_ROLE);

  // Redis: one key prefix for the run.
  process.env.REDIS_URL = REDIS_URL;
  process.env.MASAR_REDIS_PREFIX = `masar-test-${runId}`;

  // Payload encryption key for the run.
  process.env.MASAR_CODEC_KEYS = `test-${runId}:${randomBytes(32).toString('base64')}`;

  // Temporal: a dev server on free ports, its own namespace.
  const namespace = `masar-test-${runId}`;
  const cli = process.env.MASAR_TEMPORAL_CLI_PATH;
  shared.env = await TestWorkflowEnvironment.createLocal({
    server: {
      ...(cli ? { executable: { type: 'existing-path' as const, path: cli } } : {}),
      namespace,
      ip: '127.0.0.1',
      ui: false,
      extraArgs: [...SEARCH_ATTRIBUTES_CLI, '--log-level', 'error'],
    },
  });
  process.env.TEMPORAL_ADDRESS = shared.env.address;
  process.env.TEMPORAL_NAMESPACE = namespace;
}

export async function stopSharedServices(): Promise<void> {
  await shared.env?.teardown().catch(() => undefined);
  if (shared.dbName && !process.env.MASAR_TEST_KEEP_DB) {
    const admin = new Client({ connectionString: BASE_DB_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${shared.dbName}" WITH (FORCE)`);
    await admin.end();
  }
}
