// PostgreSQL becomes unreachable for the worker and the notifier (every
// connection dropped, new ones refused) through a proxy of the test's own:
// across escalation deadlines, and between the moment the mail server
// accepted an alert and the moment the notifier records it as sent. When
// PostgreSQL returns, every alert that fell due is delivered exactly once.
import { eventually } from '../support/eventually';
import { CuttableProxy, fileReports, mailsByMessageId, secondsPolicy, sleep, startFaultStack, type FaultStack } from './fault-stack';

let s: FaultStack;
let proxy: CuttableProxy;
/** Meknès: one user with an email per ladder role; an imminent report also alerts two roles when it opens. */
const LEVELS = 4;
const URGENT_ROLES = 2;

beforeAll(async () => {
  const db = new URL(process.env.DATABASE_URL!);
  proxy = new CuttableProxy({ host: db.hostname, port: Number(db.port || 5432) });
  await proxy.open();
  const viaProxy = proxy.url(process.env.DATABASE_URL!);
  // The worker and the notifier go through the proxy; the API and the test read PostgreSQL directly.
  s = await startFaultStack({}, { worker: { DATABASE_URL: viaProxy }, notifier: { DATABASE_URL: viaProxy } });
  // Level 0 at 4 s, then one level every 2 s.
  await secondsPolicy(s, 'MEKNES', 'IMMINENT', 4, 2);
}, 120_000);
afterAll(async () => {
  await s?.stop();
  await proxy?.cut().catch(() => undefined);
});

async function expectDeliveredOnce(cases: { caseId: string; reference: string }[], perCase: number): Promise<void> {
  const ids = cases.map((c) => c.caseId);
  const n = cases.length * perCase;
  const rows = await s.db.delivery.findMany({ where: { caseId: { in: ids } } });
  expect(rows).toHaveLength(n);
  expect(new Set(rows.map((r) => `${r.caseId}:${r.level}:${r.recipientId}`)).size).toBe(n);
  expect(rows.filter((r) => r.status !== 'SENT')).toEqual([]);
  const mails = mailsByMessageId(s, cases.map((c) => c.reference));
  expect(mails.size).toBe(n);
  expect([...mails.values()]).toEqual(Array(n).fill(1));
}

test('PostgreSQL cut for the worker and the notifier across three deadlines: every alert delivered once after it', async () => {
  const cases = await fileReports(s, 'meknes', 'MEKNES', 3);
  const ids = cases.map((c) => c.caseId);
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, level: -1, status: 'SENT' } })) === 3 * URGENT_ROLES);
  await proxy.cut();
  await sleep(8_500); // levels 0, 1 and 2 fall due while neither can reach PostgreSQL
  expect(await s.db.delivery.count({ where: { caseId: { in: ids }, level: { gte: 0 } } })).toBe(0);
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(0);
  await proxy.open();

  await eventually(async () => (await s.db.escalation.count({ where: { caseId: { in: ids }, level: LEVELS - 1 } })) === 3, { timeoutMs: 45_000 });
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: { not: 'SENT' } } })) === 0, { timeoutMs: 20_000 });
  const escalations = await s.db.escalation.findMany({ where: { caseId: { in: ids } } });
  expect(escalations).toHaveLength(3 * LEVELS);
  expect(new Set(escalations.map((e) => `${e.caseId}:${e.level}`)).size).toBe(3 * LEVELS);
  await expectDeliveredOnce(cases, LEVELS + URGENT_ROLES);
}, 90_000);

test('PostgreSQL cut after the mail server accepted an alert, before the notifier recorded it: sent once, recorded once', async () => {
  // The mail server takes 3 s to answer DATA: the cut lands while the message is on the wire.
  s.smtp.holdData(3_000);
  const [kase] = await fileReports(s, 'meknes', 'MEKNES', 1);
  // Both opening alerts are claimed (being sent): their messages are held by the server.
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: kase.caseId, level: -1, attempts: 1, status: 'QUEUED' } })) === URGENT_ROLES);
  await proxy.cut();
  // The server accepts both messages; the notifier cannot record them.
  await eventually(() => mailsByMessageId(s, [kase.reference]).size === URGENT_ROLES, { timeoutMs: 10_000 });
  s.smtp.holdData(0);
  await sleep(2_000);
  expect(await s.db.delivery.count({ where: { caseId: kase.caseId, status: 'SENT' } })).toBe(0);
  await proxy.open();

  // Recorded as sent once PostgreSQL is back (well within the send lease), never sent again.
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: kase.caseId, level: -1, status: 'SENT' } })) === URGENT_ROLES, { timeoutMs: 30_000 });
  await eventually(async () => (await s.db.escalation.count({ where: { caseId: kase.caseId, level: LEVELS - 1 } })) === 1, { timeoutMs: 40_000 });
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: kase.caseId, status: { not: 'SENT' } } })) === 0, { timeoutMs: 20_000 });
  // The reconciler, past the lease, finds nothing to send again.
  expect(await s.notifier.reconcileOnce(new Date(Date.now() + 10 * 60_000))).toEqual({ requeued: 0, settled: 0 });
  await expectDeliveredOnce([kase], LEVELS + URGENT_ROLES);
}, 90_000);
