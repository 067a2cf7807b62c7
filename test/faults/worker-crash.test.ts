// The worker dies (SIGKILL) in the middle of escalations and comes back:
// every alert that fell due is delivered, and exactly once.
import { eventually } from '../support/eventually';
import { fileReports, mailsByMessageId, secondsPolicy, sleep, startFaultStack, type FaultStack } from './fault-stack';

let s: FaultStack;
beforeAll(async () => {
  s = await startFaultStack();
  await secondsPolicy(s, 'MEKNES', 'MEDIUM', 2, 2);
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

test('SIGKILL during an escalation: after restart every due alert arrives exactly once', async () => {
  const cases = await fileReports(s, 'meknes', 'MEKNES', 4, 'MEDIUM');
  const refs = cases.map((c) => c.reference);
  const ids = cases.map((c) => c.caseId);
  // Level 0 has gone out for every case: kill the worker while level 1 is pending.
  await eventually(async () => (await s.db.escalation.count({ where: { caseId: { in: ids }, level: 0 } })) === 4, { timeoutMs: 20_000 });
  await s.worker.kill('SIGKILL');
  await sleep(4_500); // levels 1 and 2 fall due while no worker runs
  await s.worker.start();

  // The whole ladder (4 levels) for every case, then silence.
  await eventually(async () => (await s.db.escalation.count({ where: { caseId: { in: ids }, level: 3 } })) === 4, { timeoutMs: 40_000 });
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: { not: 'SENT' } } })) === 0, { timeoutMs: 20_000 });
  // Exactly one escalation row and one delivery row per case and level: Meknès
  // has one user per ladder role with an email, 4 levels x 4 cases, no duplicate.
  const escalations = await s.db.escalation.findMany({ where: { caseId: { in: ids } } });
  expect(escalations).toHaveLength(16);
  expect(new Set(escalations.map((e) => `${e.caseId}:${e.level}`)).size).toBe(16);
  const rows = await s.db.delivery.findMany({ where: { caseId: { in: ids } } });
  expect(rows).toHaveLength(16);
  expect(new Set(rows.map((r) => `${r.caseId}:${r.level}`)).size).toBe(16);
  // One mail per delivery row, each received once.
  const mails = mailsByMessageId(s, refs);
  expect(mails.size).toBe(16);
  expect([...mails.values()]).toEqual(Array(16).fill(1));
});
