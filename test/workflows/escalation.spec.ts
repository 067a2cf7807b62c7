// The escalation ladder: every level fires at its time, stops when the awaited
// action arrives, alerts exactly once per level, climbs at once when nobody
// can be reached.
import {
  acknowledgeUpdate,
  alertDeliveryFailedSignal,
  createReferralUpdate,
  recordConsentUpdate,
} from '../../workflows/case.workflow';
import { acceptReferralUpdate, referralStateQuery } from '../../workflows/referral.workflow';
import { actors, caseInput, DAY, eventually, HOUR, startCase, startHarness, state, stopHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => stopHarness(h));

const MINUTE = 60_000;

function offsets(rows: { dueAt: string; alertedAt: string; level: number; role: string }[]) {
  // Workflow time is the time of the task that handles the timer: a little
  // late, up to seconds on a loaded machine; the ladder's steps are hours apart.
  return rows.map((r) => ({ level: r.level, role: r.role, after: Math.round((Date.parse(r.alertedAt) - Date.parse(r.dueAt)) / MINUTE) * MINUTE }));
}

test('an unanswered acknowledgement climbs one level per interval and stops when acknowledged', async () => {
  const input = caseInput({ riskLevel: 'MEDIUM' }); // acknowledgement 24 h, interval 48 h
  const handle = await startCase(h, input);
  const ack = (await state(handle)).openSteps.find((s) => s.step === 'ACKNOWLEDGEMENT')!;
  expect(Date.parse(ack.dueAt!) - Date.parse((await state(handle)).openSteps[0].dueAt!)).toBe(0);

  await h.env.sleep(24 * HOUR - MINUTE);
  expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);
  await h.env.sleep(2 * MINUTE);
  await eventually(() => h.store.escalationsOf(input.caseId).length === 1);
  await h.env.sleep(48 * HOUR);
  await eventually(() => h.store.escalationsOf(input.caseId).length === 2);
  expect(offsets(h.store.escalationsOf(input.caseId))).toEqual([
    { level: 0, role: 'ASSIGNEE', after: 0 },
    { level: 1, role: 'HEAD_OF_CENTRE', after: 48 * HOUR },
  ]);
  expect((await state(handle)).openSteps.find((s) => s.step === 'ACKNOWLEDGEMENT')).toMatchObject({ level: 1, overdue: true });

  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
  await h.env.sleep(10 * DAY);
  const ackRows = h.store.escalationsOf(input.caseId, 'ACKNOWLEDGEMENT');
  expect(ackRows).toHaveLength(2);
  const s = await state(handle);
  expect(s.stage).toBe('ASSESSMENT');
  expect(s.assigneeId).toBe('coord-RABAT');
  // The assessment (14 days for MEDIUM) is not due yet.
  expect(h.store.escalationsOf(input.caseId, 'ASSESSMENT')).toHaveLength(0);
  const stepRow = [...h.store.steps.values()].find((x) => x.caseId === input.caseId && x.step === 'ACKNOWLEDGEMENT')!;
  expect(stepRow).toMatchObject({ status: 'DONE', level: 1 });
});

test('referral unanswered: provider at the deadline, head at +1, delegate at +2; accepted before level 3, nothing more', async () => {
  const input = caseInput({ riskLevel: 'MEDIUM' }); // acceptance 72 h, interval 48 h
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
  await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: actors.coordinator(), givenBy: 'GUARDIAN' }] });
  await handle.executeUpdate(createReferralUpdate, {
    args: [{ actor: actors.coordinator(), referralId: `${input.caseId}-r1`, organisationId: 'rabat-upe', service: 'PSYCHOLOGICAL' }],
  });
  const referral = h.env.client.workflow.getHandle(`referral-${input.caseId}-r1`);
  // (A query on a just-started child can go unanswered on the test server: read the projection.)
  const pending = await eventually(() => (h.store.referrals.get(`${input.caseId}-r1`)?.acceptDueAt ? h.store.referrals.get(`${input.caseId}-r1`) : null));
  expect(pending).toMatchObject({ status: 'PENDING', basis: 'CONSENT', organisationId: 'rabat-upe' });
  // The provider hears of the referral when it is made, not only at its deadline.
  const notice = await eventually(() => h.store.alertCalls.find((a) => a.caseId === input.caseId && a.step === 'REFERRAL_ACCEPTANCE'));
  expect(notice).toMatchObject({ notice: true, level: -1, ladderRole: 'ASSIGNEE', organisationId: 'rabat-upe', dueAt: pending!.acceptDueAt });

  const rows = () => h.store.escalationsOf(input.caseId, 'REFERRAL_ACCEPTANCE');
  await h.env.sleep(72 * HOUR + MINUTE);
  await eventually(() => rows().length === 1);
  await h.env.sleep(48 * HOUR);
  await eventually(() => rows().length === 2);
  await h.env.sleep(48 * HOUR);
  await eventually(() => rows().length === 3);
  expect(offsets(rows())).toEqual([
    { level: 0, role: 'ASSIGNEE', after: 0 },
    { level: 1, role: 'HEAD_OF_CENTRE', after: 48 * HOUR },
    { level: 2, role: 'DELEGATE', after: 96 * HOUR },
  ]);
  const providerAlert = h.store.alertCalls.find((a) => a.step === 'REFERRAL_ACCEPTANCE' && a.level === 0 && a.caseId === input.caseId)!;
  expect(providerAlert).toMatchObject({ organisationId: 'rabat-upe', caseWorkflowId: `case-${input.caseId}`, workflowId: `referral-${input.caseId}-r1` });

  await h.env.sleep(24 * HOUR);
  await referral.executeUpdate(acceptReferralUpdate, { args: [{ actor: actors.provider('rabat-upe') }] });
  await h.env.sleep(10 * DAY);
  expect(rows()).toHaveLength(3);
  await eventually(async () => (await state(handle)).referrals[0].status === 'ACCEPTED');
  const r = await referral.query(referralStateQuery);
  expect(r.status).toBe('ACCEPTED');
  expect(r.openSteps.map((s) => s.step)).toEqual(['SERVICE_START']);
});

test('exactly one alert per level even when the alert activity fails and is retried', async () => {
  h.store.failAttempts = (a) => (a.step === 'ACKNOWLEDGEMENT' && a.caseId === input.caseId ? 2 : 0);
  const input = caseInput({ riskLevel: 'IMMINENT' }); // 1 h, interval 1 h
  const handle = await startCase(h, input);
  await h.env.sleep(HOUR + MINUTE);
  await eventually(() => h.store.escalationsOf(input.caseId).length === 1, 20_000);
  await h.env.sleep(HOUR);
  await eventually(() => h.store.escalationsOf(input.caseId).length === 2, 20_000);
  const calls = h.store.alertCalls.filter((a) => a.caseId === input.caseId);
  const keys = calls.map((c) => c.key);
  expect(new Set(keys).size).toBe(2);
  expect(keys.filter((k) => k.endsWith(':0'))).toHaveLength(3); // two failures, one success
  expect([...h.store.deliveries.keys()].filter((k) => k.startsWith(`case-${input.caseId}:`))).toEqual([...new Set(keys)]);
  expect(h.store.escalationsOf(input.caseId).map((e) => e.level)).toEqual([0, 1]);
  h.store.failAttempts = () => 0;
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
});

test('nobody to alert, or every delivery failed: the next level is alerted at once', async () => {
  const input = caseInput({ riskLevel: 'LOW' }); // 24 h, interval 48 h
  h.store.recipients = (a) => (a.caseId === input.caseId && a.level === 0 ? 0 : 1);
  const handle = await startCase(h, input);
  await h.env.sleep(24 * HOUR + MINUTE);
  await eventually(() => h.store.escalationsOf(input.caseId).length === 2);
  const [l0, l1] = h.store.escalationsOf(input.caseId);
  expect(l0).toMatchObject({ level: 0, delivered: false });
  expect(l1).toMatchObject({ level: 1, delivered: true });
  expect(Date.parse(l1.alertedAt) - Date.parse(l0.alertedAt)).toBeLessThan(1000);

  const s = (await state(handle)).openSteps.find((x) => x.step === 'ACKNOWLEDGEMENT')!;
  await handle.signal(alertDeliveryFailedSignal, { stepKey: s.key, level: 1 });
  await eventually(() => h.store.escalationsOf(input.caseId).length === 3);
  expect(h.store.escalationsOf(input.caseId)[2]).toMatchObject({ level: 2, role: 'DELEGATE' });
  // A stale failure report (an older level) changes nothing.
  await handle.signal(alertDeliveryFailedSignal, { stepKey: s.key, level: 1 });
  await new Promise((r) => setTimeout(r, 500));
  expect(h.store.escalationsOf(input.caseId)).toHaveLength(3);
  h.store.recipients = () => 1;
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
});
