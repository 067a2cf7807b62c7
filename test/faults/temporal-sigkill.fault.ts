// The Temporal dev server is killed (SIGKILL: no orderly shutdown, only what
// its SQLite file holds) across deadlines, and again while alert activities
// are in flight. Started again on the same file, it fires the timers that fell
// due while it was dead, and every due alert is delivered exactly once.
import { eventually } from '../support/eventually';
import { fileReports, mailsByMessageId, secondsPolicy, sleep, startFaultStack, type FaultStack } from './fault-stack';
import { TemporalDevServer } from './servers';

let temporal: TemporalDevServer;
let s: FaultStack;
/** Meknès: one user with an email per ladder role; an imminent report also alerts two roles when it opens. */
const LEVELS = 4;
const URGENT_ROLES = 2;

beforeAll(async () => {
  temporal = new TemporalDevServer();
  await temporal.start();
  s = await startFaultStack({ TEMPORAL_ADDRESS: temporal.address, TEMPORAL_NAMESPACE: temporal.namespace });
  // Level 0 at 4 s, then one level every 3 s.
  await secondsPolicy(s, 'MEKNES', 'IMMINENT', 4, 3);
}, 120_000);
afterAll(async () => {
  await s?.stop();
  await temporal?.dispose();
});

test('SIGKILL of Temporal across deadlines, then again mid-ladder: every due alert delivered once', async () => {
  const cases = await fileReports(s, 'meknes', 'MEKNES', 3);
  const ids = cases.map((c) => c.caseId);
  // The pathways run and their opening alerts are out; no deadline has passed yet.
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, level: -1, status: 'SENT' } })) === 3 * URGENT_ROLES);
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(0);

  await temporal.kill('SIGKILL');
  await sleep(8_000); // levels 0 and 1 fall due while the server is dead
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(0);
  await temporal.start();

  // Killed again as soon as the recovered timers set alerts going: activities
  // and their completions are in flight.
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, level: { gte: 0 } } })) > 0, { timeoutMs: 40_000, intervalMs: 20 });
  await temporal.kill('SIGKILL');
  await sleep(2_000);
  await temporal.start();

  await eventually(async () => (await s.db.escalation.count({ where: { caseId: { in: ids }, level: LEVELS - 1 } })) === 3, { timeoutMs: 70_000 });
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: { not: 'SENT' } } })) === 0, { timeoutMs: 20_000 });
  const escalations = await s.db.escalation.findMany({ where: { caseId: { in: ids } } });
  expect(escalations).toHaveLength(3 * LEVELS);
  expect(new Set(escalations.map((e) => `${e.caseId}:${e.level}`)).size).toBe(3 * LEVELS);
  const rows = await s.db.delivery.findMany({ where: { caseId: { in: ids } } });
  const d = 3 * (LEVELS + URGENT_ROLES);
  expect(rows).toHaveLength(d);
  expect(new Set(rows.map((r) => `${r.caseId}:${r.level}:${r.recipientId}`)).size).toBe(d);
  const mails = mailsByMessageId(s, cases.map((c) => c.reference));
  expect(mails.size).toBe(d);
  expect([...mails.values()]).toEqual(Array(d).fill(1));

  // The pathways still answer after two crashes of their server.
  const ack = await s.api.post(`/api/v1/cases/${ids[0]}/acknowledge`, {}, await s.token('u-meknes-coordinator'));
  expect(ack.status).toBe(200);
}, 150_000);
