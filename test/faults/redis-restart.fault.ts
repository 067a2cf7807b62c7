// A real Redis of the test's own is killed and started again on the same
// port: once with its append-only file (the queued jobs come back), once
// without (every job is lost, and the reconciler enqueues them again from
// their delivery rows). Jobs wait in Redis when it dies (the mail server is
// away, so they are retrying) and a deadline falls due while it is dead. The
// worker, the notifier and the API reconnect on their own; every alert is
// delivered exactly once.
import { eventually } from '../support/eventually';
import { fileReports, mailsByMessageId, secondsPolicy, sleep, startFaultStack, type FaultStack } from './fault-stack';
import { RedisServer } from './servers';

let redis: RedisServer;
let s: FaultStack;
/** Meknès with a 1 h interval: two opening alerts and level 0, one delivery each, per case. */
const PER_CASE = 3;

beforeAll(async () => {
  redis = new RedisServer();
  await redis.start({ appendonly: true });
  s = await startFaultStack({ REDIS_URL: redis.url });
  await secondsPolicy(s, 'MEKNES', 'IMMINENT', 4, 3600);
}, 120_000);
afterAll(async () => {
  await s?.stop();
  await redis?.dispose();
});

async function restartScenario(appendonly: boolean): Promise<void> {
  await s.smtp.stop();
  // Batch 1: its alerts are due and retrying (no mail server) when Redis dies.
  const first = await fileReports(s, 'meknes', 'MEKNES', 2);
  const firstIds = first.map((c) => c.caseId);
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: firstIds }, attempts: { gte: 1 } } })) === 2 * PER_CASE, { timeoutMs: 20_000 });
  // Batch 2: open, its acknowledgement deadline still ahead.
  const second = await fileReports(s, 'meknes', 'MEKNES', 2);
  const secondIds = second.map((c) => c.caseId);
  await eventually(async () => (await s.db.openStep.count({ where: { caseId: { in: secondIds }, step: 'ACKNOWLEDGEMENT' } })) === 2);
  const waiting = await s.db.delivery.findMany({ where: { caseId: { in: firstIds } }, select: { key: true } });

  await sleep(1_100); // the append-only file is written every second
  await redis.kill('SIGKILL');
  // What survives the crash: every waiting job with the append-only file, nothing without.
  const aof = redis.appendOnlyText();
  expect(waiting.filter((w) => aof.includes(w.key))).toHaveLength(appendonly ? waiting.length : 0);
  await sleep(5_000); // batch 2's level 0 falls due: its rows are written, its jobs cannot be
  expect(await s.db.delivery.count({ where: { caseId: { in: secondIds }, level: 0 } })).toBe(2);
  await redis.start({ appendonly });
  await s.restartSmtp();

  const all = [...first, ...second];
  const ids = all.map((c) => c.caseId);
  const n = all.length * PER_CASE;
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: 'SENT' } })) === n, { timeoutMs: 45_000 });
  await eventually(async () => (await s.db.escalation.count({ where: { caseId: { in: ids }, level: 0 } })) === all.length, { timeoutMs: 30_000 });
  // Nothing left for the reconciler, one row and one mail per alert.
  expect(await s.notifier.reconcileOnce()).toEqual({ requeued: 0, settled: 0 });
  const rows = await s.db.delivery.findMany({ where: { caseId: { in: ids } } });
  expect(rows).toHaveLength(n);
  expect(new Set(rows.map((r) => `${r.caseId}:${r.level}:${r.recipientId}`)).size).toBe(n);
  const mails = mailsByMessageId(s, all.map((c) => c.reference));
  expect(mails.size).toBe(n);
  expect([...mails.values()]).toEqual(Array(n).fill(1));
  // The API is back on Redis too (its limiter): a report is filed.
  expect(await fileReports(s, 'meknes', 'MEKNES', 1, 'LOW')).toHaveLength(1);
}

test('Redis killed and restarted with its append-only file: the waiting jobs come back, every alert delivered once', async () => {
  await restartScenario(true);
}, 120_000);

test('Redis killed and restarted without an append-only file: the reconciler re-enqueues every lost job, each delivered once', async () => {
  await redis.kill('SIGKILL');
  await redis.start({ appendonly: false });
  await restartScenario(false);
}, 120_000);
