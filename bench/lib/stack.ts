// Everything the benchmark measures, started by the benchmark itself on free
// loopback ports and isolated from any other run: a PostgreSQL database of its
// own (migrated, seeded, dropped at the end), a Redis key prefix of its own, a
// Temporal dev server on a temporary SQLite file, an SMTP sink and an SMSC in
// this process, and the API, the worker and the notifier as separate child
// processes (so their memory and CPU can be read from /proc).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { Client as PgClient } from 'pg';
import { Redis } from 'ioredis';
import type { Client } from '@temporalio/client';
import { SEARCH_ATTRIBUTES_CLI } from '../../workflows/search-attributes';
import { buildWorkflowBundle } from '../../libs/temporal/bundle';
import { connectClient } from '../../libs/temporal/connection';
import { startSmppPeer, startSmtpSink, type SmppPeer, type SmtpSink } from '../../libs/notify/testing';
import { AppProcess, ROOT } from './app-process';
import { freePort, log, sleep, tcpReachable, until } from './util';

const TEMPORAL_CLI = path.join(ROOT, '.tools', 'temporal', 'bin', 'temporal');

export const TEMPORAL_PRAGMAS = ['journal_mode=WAL', 'synchronous=NORMAL'];

/** Tuning variables the apps read: passed through from the bench's environment and recorded. */
export const TUNING_VARS = [
  'WORKER_MAX_CACHED_WORKFLOWS',
  'WORKER_MAX_WORKFLOW_TASKS',
  'WORKER_MAX_ACTIVITIES',
  'WORKFLOW_STACK_FRAMES',
  'WORKER_DB_POOL',
  'API_DB_POOL',
  'NOTIFIER_DB_POOL',
  'EMAIL_CONCURRENCY',
  'SMS_CONCURRENCY',
] as const;

export interface StackOptions {
  baseDatabaseUrl: string;
  redisUrl: string;
  workerHeapMb: number;
  /** the dev server's SQLite store: a temporary file (default, as npm start) or memory */
  temporalDb?: 'file' | 'memory';
  /** extra variables for the three apps (tuning experiments) */
  appEnv?: NodeJS.ProcessEnv;
}

export class Stack {
  readonly id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  readonly dbName = `masar_bench_${this.id}`;
  readonly redisPrefix = `masar-bench-${this.id}`;
  readonly taskQueue = 'masar-pathways';
  readonly namespace = 'default';
  readonly jwtSecret = randomBytes(32).toString('hex');
  readonly codecKeys = `bench-${this.id}:${randomBytes(32).toString('base64')}`;
  readonly tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-bench-'));
  databaseUrl = '';
  apiUrl = '';
  temporalAddress = '';
  temporalArgs: string[] = [];
  temporal?: AppProcess;
  api?: AppProcess;
  worker?: AppProcess;
  notifier?: AppProcess;
  /** the raw Temporal baseline's worker (bench/baseline) */
  rawWorker?: AppProcess;
  readonly rawTaskQueue = 'bench-raw';
  smtp?: SmtpSink;
  smsc?: SmppPeer;
  client?: Client;
  pg?: PgClient;
  appEnv: NodeJS.ProcessEnv = {};
  /** each app's Prometheus port */
  readonly metricsPorts: Record<'api' | 'worker' | 'notifier', number> = { api: 0, worker: 0, notifier: 0 };
  private dbCreated = false;
  private stopped = false;
  /** set when a process under test dies during the run */
  failure?: Error;

  constructor(private readonly o: StackOptions) {}

  private dbUrl(name: string): string {
    const u = new URL(this.o.baseDatabaseUrl);
    u.pathname = `/${name}`;
    return u.toString();
  }

  async start(): Promise<void> {
    // PostgreSQL: a database of its own, migrated and seeded with the demo directory.
    const admin = new PgClient({ connectionString: this.dbUrl('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${this.dbName}"`);
    await admin.end();
    this.dbCreated = true;
    this.databaseUrl = this.dbUrl(this.dbName);
    log(`database ${this.dbName}: migrating and seeding`);
    const migrate = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js'), 'migrate', 'deploy'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: this.databaseUrl },
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
    const { seedReferenceData } = await import('../../prisma/seed');
    const { createDb } = await import('../../libs/db/prisma');
    const db = createDb(this.databaseUrl, { poolSize: 2 });
    await seedReferenceData(db, { demo: true });
    await db.$disconnect();
    this.pg = new PgClient({ connectionString: this.databaseUrl });
    await this.pg.connect();

    // The workflow bundle, built once (as production prebuilds it).
    log('bundling the workflow code');
    const bundlePath = path.join(this.tmp, 'workflow-bundle.js');
    fs.writeFileSync(bundlePath, await buildWorkflowBundle());

    // Temporal dev server on a temporary SQLite file.
    if (!fs.existsSync(TEMPORAL_CLI)) throw new Error('the Temporal CLI is missing: run node scripts/lib/temporal-bin.js');
    const tPort = await freePort();
    this.temporalAddress = `127.0.0.1:${tPort}`;
    this.temporalArgs = [
      'server', 'start-dev',
      '--ip', '127.0.0.1', '--port', String(tPort), '--headless',
      ...(this.o.temporalDb === 'memory' ? [] : ['--db-filename', path.join(this.tmp, 'temporal.db'), ...TEMPORAL_PRAGMAS.flatMap((p) => ['--sqlite-pragma', p])]),
      '--namespace', this.namespace,
      '--log-level', 'warn',
      ...SEARCH_ATTRIBUTES_CLI,
    ];
    this.temporal = new AppProcess('temporal', TEMPORAL_CLI, this.temporalArgs, process.env, path.join(this.tmp, 'temporal.log'));
    this.temporal.onUnexpectedExit = (n, c, t) => this.fail(n, c, t);
    await this.temporal.start(null, 0);
    await until('the Temporal dev server', () => tcpReachable(tPort), 60_000, 250);
    this.client = await until(
      'a Temporal client',
      async () => {
        const c = await connectClient({ address: this.temporalAddress, namespace: this.namespace, codecKeys: this.codecKeys });
        await c.workflowService.describeNamespace({ namespace: this.namespace });
        return c;
      },
      60_000,
      500,
    );

    // Alert peers in this process: the sink records each message's arrival time.
    this.smtp = await startSmtpSink();
    this.smsc = await startSmppPeer({ systemId: 'masar', password: 'bench', receiptDelayMs: 50 });

    const apiPort = await freePort();
    this.apiUrl = `http://127.0.0.1:${apiPort}`;
    const passthrough = Object.fromEntries(TUNING_VARS.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
    this.appEnv = {
      ...process.env,
      NODE_ENV: 'production',
      TZ: 'UTC',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.o.redisUrl,
      MASAR_REDIS_PREFIX: this.redisPrefix,
      TEMPORAL_ADDRESS: this.temporalAddress,
      TEMPORAL_NAMESPACE: this.namespace,
      TEMPORAL_TASK_QUEUE: this.taskQueue,
      MASAR_CODEC_KEYS: this.codecKeys,
      JWT_SECRET: this.jwtSecret,
      JWT_ALLOW_HS256: 'true',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      MASAR_PUBLIC_URL: this.apiUrl,
      WORKER_BUNDLE_PATH: bundlePath,
      SMTP_URL: this.smtp.url,
      SMPP_URL: this.smsc.url,
      SMPP_SYSTEM_ID: 'masar',
      SMPP_PASSWORD: 'bench',
      // The notifier must not be the bottleneck of the measurement.
      EMAIL_RATE_PER_SECOND: '1000',
      SMS_RATE_PER_SECOND: '1000',
      EMAIL_CONCURRENCY: process.env.EMAIL_CONCURRENCY ?? '20',
      SMS_CONCURRENCY: process.env.SMS_CONCURRENCY ?? '20',
      // One user drives 50+ requests/s: the limiter runs (its cost is measured) far above that.
      API_RATE_LIMIT_PER_MINUTE: '1000000',
      API_RATE_LIMIT_ANON_PER_MINUTE: '1000000',
      ...passthrough,
      ...this.o.appEnv,
    };
    const swc = ['-r', '@swc-node/register'];
    // Each app's metrics on a free port of its own (the defaults may be taken by another stack).
    for (const name of ['api', 'worker', 'notifier'] as const) this.metricsPorts[name] = await freePort();
    this.worker = this.app('worker', 'worker', { METRICS_PORT: String(this.metricsPorts.worker) });
    this.notifier = this.app('notifier', 'notifier', { METRICS_PORT: String(this.metricsPorts.notifier) });
    this.api = this.app('api', 'api', { METRICS_PORT: String(this.metricsPorts.api) });
    this.rawWorker = new AppProcess(
      'raw-worker',
      process.execPath,
      [`--max-old-space-size=${this.o.workerHeapMb}`, ...swc, path.join(ROOT, 'bench', 'baseline', 'worker.ts')],
      { ...this.appEnv, RAW_TASK_QUEUE: this.rawTaskQueue },
      path.join(this.tmp, 'raw-worker.log'),
    );
    log('starting the worker, the notifier, the API and the raw baseline worker (child processes)');
    await Promise.all([
      this.worker.start(/worker: polling/, 120_000),
      this.notifier.start(/notifier: delivering/, 120_000),
      this.api.start(/api: listening/, 120_000),
      this.rawWorker.start(/raw worker: polling/, 120_000),
    ]);
    for (const p of [this.worker, this.notifier, this.api, this.rawWorker]) p.onUnexpectedExit = (n, c, t) => this.fail(n, c, t);
  }

  /** One of Masar's apps as a child process (not started), run as npm start and compose run it. */
  app(name: 'api' | 'worker' | 'notifier', label: string, env: NodeJS.ProcessEnv): AppProcess {
    const nodeArgs = name === 'worker' ? [`--max-old-space-size=${this.o.workerHeapMb}`] : [];
    // e.g. BENCH_API_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof' (the profile is written when the app stops); BENCH_WORKER_…, BENCH_NOTIFIER_…
    const extra = process.env[`BENCH_${name.toUpperCase()}_NODE_ARGS`];
    if (extra) nodeArgs.push(...extra.split(' ').filter(Boolean));
    return new AppProcess(label, process.execPath, [...nodeArgs, '-r', '@swc-node/register', path.join(ROOT, 'apps', name, 'src', 'main.ts')], { ...this.appEnv, ...env }, path.join(this.tmp, `${label}.log`));
  }

  private fail(name: string, code: number | null, tail: string): void {
    if (this.stopped) return;
    this.failure = new Error(`${name} exited during the run (${code}):\n${tail}`);
    log(this.failure.message);
  }

  /** Throws if a process under test has died. */
  check(): void {
    if (this.failure) throw this.failure;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const quietly = async (what: string, fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (e) {
        log(`cleanup: ${what}: ${(e as Error).message}`);
      }
    };
    await quietly('apps', () => Promise.all([this.api?.stop(15_000), this.worker?.stop(15_000), this.notifier?.stop(15_000), this.rawWorker?.stop(15_000)]));
    await quietly('temporal client', async () => this.client?.connection.close());
    await quietly('temporal', async () => this.temporal?.stop(10_000));
    await quietly('alert peers', () => Promise.all([this.smtp?.stop(), this.smsc?.stop()]));
    await quietly('pg', async () => this.pg?.end());
    if (this.dbCreated && !process.env.MASAR_BENCH_KEEP_DB) {
      await quietly('drop database', async () => {
        const admin = new PgClient({ connectionString: this.dbUrl('postgres') });
        await admin.connect();
        try {
          await admin.query(`DROP DATABASE IF EXISTS "${this.dbName}" WITH (FORCE)`);
        } finally {
          await admin.end();
        }
      });
    }
    await quietly('redis keys', async () => {
      const redis = new Redis(this.o.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
      await redis.connect();
      try {
        let cursor = '0';
        let rounds = 0;
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.redisPrefix}:*`, 'COUNT', 1000);
          if (keys.length) await redis.unlink(...keys);
          cursor = next;
        } while (cursor !== '0' && ++rounds < 100_000);
      } finally {
        redis.disconnect();
      }
    });
    await sleep(0);
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}
