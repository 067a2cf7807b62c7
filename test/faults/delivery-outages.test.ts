// The mail server goes away for a while, and Redis loses every queued job:
// alerts are delivered once things return, none lost, none duplicated.
import { Redis } from 'ioredis';
import { eventually } from '../support/eventually';
import { fileReports, mailsByMessageId, secondsPolicy, startFaultStack, type FaultStack } from './fault-stack';

let s: FaultStack;
beforeAll(async () => {
  s = await startFaultStack();
  // Level 0 after 2 s, then nothing more within the test (1 h interval).
  await secondsPolicy(s, 'RABAT', 'MEDIUM', 2, 3600);
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

test('SMTP server away: deliveries are retried and arrive once it is back, exactly once', async () => {
  await s.smtp.stop();
  const cases = await fileReports(s, 'rabat', 'RABAT', 3, 'MEDIUM');
  const ids = cases.map((c) => c.caseId);
  // The alerts are due, attempted and retried while the server is away, and none is sent.
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, attempts: { gte: 2 } } })) === 3, { timeoutMs: 20_000 });
  expect(await s.db.delivery.count({ where: { caseId: { in: ids }, status: 'SENT' } })).toBe(0);
  await s.restartSmtp();
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: 'SENT' } })) === 3, { timeoutMs: 30_000 });
  // One delivery row per alert (level 0 of three cases), one mail each.
  expect(await s.db.delivery.count({ where: { caseId: { in: ids } } })).toBe(3);
  const mails = mailsByMessageId(s, cases.map((c) => c.reference));
  expect([...mails.values()]).toEqual([1, 1, 1]);
});

test('Redis flushed while alerts wait: the reconciler re-enqueues them, delivered exactly once', async () => {
  // Nobody delivers for a moment: the jobs wait in Redis.
  await s.notifier.close();
  const cases = await fileReports(s, 'rabat', 'RABAT', 3, 'MEDIUM');
  const ids = cases.map((c) => c.caseId);
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: 'QUEUED' } })) === 3, { timeoutMs: 20_000 });
  // Lose every key of this stack's queues (Redis on these machines keeps nothing on disk).
  const redis = new Redis(s.env.REDIS_URL!);
  const keys = await redis.keys(`${s.env.MASAR_REDIS_PREFIX}:*`);
  expect(keys.length).toBeGreaterThan(0);
  await redis.del(...keys);
  expect(await redis.keys(`${s.env.MASAR_REDIS_PREFIX}:*`)).toEqual([]);
  await redis.quit();

  const { startNotifier } = await import('../../apps/notifier/src/notifier');
  const { notifierConfigSchema } = await import('../../apps/notifier/src/config');
  const { silentLog } = await import('../../apps/notifier/src/log');
  const { parseConfig } = await import('../../libs/config/load');
  const { RETRY } = await import('./fault-stack');
  s.notifier = await startNotifier(parseConfig(notifierConfigSchema, s.env), { log: silentLog, jobOptions: RETRY });

  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: 'SENT' } })) === 3, { timeoutMs: 30_000 });
  // Another reconciler pass finds nothing to send again.
  expect(await s.notifier.reconcileOnce()).toEqual({ requeued: 0, settled: 0 });
  expect(await s.db.delivery.count({ where: { caseId: { in: ids } } })).toBe(3);
  const mails = mailsByMessageId(s, cases.map((c) => c.reference));
  expect([...mails.values()]).toEqual([1, 1, 1]);
});
