// The real stack in-process for integration tests: the HTTP API on a free
// port and a pathway worker, both on this run's PostgreSQL, Redis and
// Temporal dev server (started by global setup).
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NativeConnection } from '@temporalio/worker';
import { createApp } from '../../apps/api/src/app';
import { apiConfigSchema, type ApiConfig } from '../../apps/api/src/config';
import { workerConfigSchema } from '../../apps/worker/src/config';
import { createPathwayWorker } from '../../apps/worker/src/worker';
import { parseConfig } from '../../libs/config/load';
import { createDb, type Db } from '../../libs/db/prisma';
import { notifierConfigSchema } from '../../apps/notifier/src/config';
import { silentLog } from '../../apps/notifier/src/log';
import { startNotifier, type Notifier } from '../../apps/notifier/src/notifier';
import { startSmppPeer, startSmtpSink, type SmppPeer, type SmtpSink } from '../../libs/notify/testing';
import { parkLeftoverDeliveries } from './deliveries';
import { signTestToken } from './tokens';
import { workflowBundle } from './temporal';

export { eventually } from './eventually';

export const TEST_JWT_SECRET = 'test-secret-for-masar-integration-tests-only';

export interface Stack {
  baseUrl: string;
  config: ApiConfig;
  db: Db;
  app: NestExpressApplication;
  taskQueue: string;
  /** with { alerts: true }: the SMTP sink and SMSC the notifier delivers to */
  smtp?: SmtpSink;
  smsc?: SmppPeer;
  notifier?: Notifier;
  token(userId: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startStack(options: { taskQueue?: string; worker?: boolean; alerts?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Stack> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const taskQueue = options.taskQueue ?? `pathways-${suffix}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    JWT_SECRET: TEST_JWT_SECRET,
    // HS256 development tokens (refused unless enabled)
    JWT_ALLOW_HS256: 'true',
    TEMPORAL_TASK_QUEUE: taskQueue,
    PORT: '1',
    API_DOCS: 'true',
    // Queues of their own for each stack, so test files never share jobs.
    MASAR_REDIS_PREFIX: `${process.env.MASAR_REDIS_PREFIX}-${suffix}`,
    // The suites send hundreds of requests per user and from one address: the
    // limiter runs, far above that (a test that needs a small limit sets one).
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    API_RATE_LIMIT_ANON_PER_MINUTE: '1000000',
    ...options.env,
  };
  let smtp: SmtpSink | undefined;
  let smsc: SmppPeer | undefined;
  if (options.alerts) {
    smtp = await startSmtpSink();
    smsc = await startSmppPeer({ systemId: 'masar', password: 'masar', receiptDelayMs: 50 });
    Object.assign(env, { SMTP_URL: smtp.url, SMPP_URL: smsc.url, SMPP_SYSTEM_ID: 'masar', SMPP_PASSWORD: 'masar', EMAIL_RATE_PER_SECOND: '500', SMS_RATE_PER_SECOND: '500', RECONCILE_INTERVAL_MS: '2000', RECONCILE_AFTER_MS: '5000' });
  } else {
    // Without delivery peers the worker records deliveries but queues nothing.
    Object.assign(env, { EMAIL_ENABLED: 'false', SMS_ENABLED: 'false' });
  }
  const config = parseConfig(apiConfigSchema, env);
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  // The API, worker and notifier connect as the runtime role (DATABASE_URL); the
  // tests' own handle is the owner's, for fixtures and for looking at any table.
  const db = createDb(process.env.MIGRATION_DATABASE_URL ?? config.DATABASE_URL, { poolSize: 4 });
  const workerDb = createDb(config.DATABASE_URL, { poolSize: 4 });

  if (options.alerts) await parkLeftoverDeliveries(db);
  const notifier = options.alerts ? await startNotifier(parseConfig(notifierConfigSchema, env), { log: silentLog }) : undefined;

  let stopWorker = async () => undefined as void;
  if (options.worker !== false) {
    const workerConfig = parseConfig(workerConfigSchema, env);
    const connection = await NativeConnection.connect({ address: workerConfig.TEMPORAL_ADDRESS });
    const { worker, close } = await createPathwayWorker({ config: workerConfig, db: workerDb, connection, bundleCode: workflowBundle().code });
    const running = worker.run();
    stopWorker = async () => {
      worker.shutdown();
      await running;
      await close();
      await connection.close();
    };
  }

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    db,
    app,
    taskQueue,
    smtp,
    smsc,
    notifier,
    token: (userId) => signTestToken(TEST_JWT_SECRET, userId),
    async stop() {
      await stopWorker();
      await notifier?.close();
      await Promise.all([smtp?.stop(), smsc?.stop()]);
      await app.close();
      await Promise.all([db.$disconnect(), workerDb.$disconnect()]);
    },
  };
}
