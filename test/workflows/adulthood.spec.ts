// After 18: a durable timer on the 18th birthday moves a child in an
// institution or under an open plan into after-care (autonomy plan, check-ins
// with their ladder, closure at 22); a child without a plan gets no
// after-care; a referral pending on the birthday goes on.
import {
  acknowledgeUpdate,
  approveUpdate,
  createReferralUpdate,
  recordCheckInUpdate,
  recordChildSeenUpdate,
  recordConsentUpdate,
  submitAssessmentUpdate,
  submitAutonomyPlanUpdate,
  submitCarePlanUpdate,
} from '../../workflows/case.workflow';
import { acceptReferralUpdate, completeReferralUpdate, referralStateQuery, startServiceUpdate } from '../../workflows/referral.workflow';
import { actors, caseInput, DAY, eventually, HOUR, recordFixture, startCase, startHarness, state, stopHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => stopHarness(h));

const coord = actors.coordinator();
const head = actors.head();

test('the 18th birthday falls while a referral is pending: after-care starts, the referral goes on, closure at 22', async () => {
  const now = await h.env.currentTimeMs();
  const adultAt = new Date(now + 30 * DAY).toISOString();
  const input = caseInput({ riskLevel: 'HIGH', adultAt, dobEstimated: true });
  const id = input.caseId;
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
  await handle.executeUpdate(recordChildSeenUpdate, { args: [{ actor: coord, emergencyShelter: true }] });
  let s = await state(handle);
  expect(s).toMatchObject({ stage: 'ASSESSMENT', inInstitution: true });
  expect(s.openSteps.map((x) => x.step).sort()).toEqual(['ASSESSMENT', 'INSTITUTION_REVIEW']);

  await h.env.sleep(29 * DAY);
  await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: coord, givenBy: 'CHILD' }] });
  await handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${id}-voc`, organisationId: 'rabat-school', service: 'VOCATIONAL_TRAINING' }] });

  await h.env.sleep(DAY + HOUR);
  s = await eventually(async () => {
    const x = await state(handle);
    return x.stage === 'AFTER_CARE' && x.openSteps.some((o) => o.step === 'AUTONOMY_PLAN' && o.dueAt) ? x : null;
  });
  expect(s.adult).toBe(true);
  const at22 = new Date(adultAt);
  at22.setUTCFullYear(at22.getUTCFullYear() + 4);
  expect(s.afterCare?.endsAt).toBe(at22.toISOString());
  expect(s.openSteps.some((x) => x.step === 'INSTITUTION_REVIEW')).toBe(false);
  expect(h.store.eventsOf(id, 'AFTERCARE_ENTERED')[0].data).toMatchObject({ estimated: true });
  expect(s.referrals[0].status).toBe('PENDING');

  // The referral, still pending, is answered after the birthday.
  const referral = h.env.client.workflow.getHandle(`referral-${id}-voc`);
  await referral.executeUpdate(acceptReferralUpdate, { args: [{ actor: actors.provider('rabat-school') }] });
  await eventually(async () => (await state(handle)).referrals[0].status === 'ACCEPTED');
  expect((await referral.query(referralStateQuery)).status).toBe('ACCEPTED');
  // The service runs its course before the long skips below: a referral ladder
  // left running across months of skipped time stalls the time-skipping server.
  await referral.executeUpdate(startServiceUpdate, { args: [{ actor: actors.provider('rabat-school') }] });
  await referral.executeUpdate(completeReferralUpdate, { args: [{ actor: actors.provider('rabat-school') }] });
  await eventually(async () => (await state(handle)).referrals[0].status === 'COMPLETED');

  // Autonomy plan, then check-ins every 90 days; a missed one escalates.
  s = await handle.executeUpdate(submitAutonomyPlanUpdate, { args: [{ actor: coord, goals: ['housing', 'job'] }] });
  const checkIn = s.openSteps.find((x) => x.step === 'AFTERCARE_CHECKIN')!;
  await h.env.sleep(90 * DAY + HOUR);
  await eventually(() => h.store.escalationsOf(id, 'AFTERCARE_CHECKIN').length === 1);
  expect(Date.parse(h.store.escalationsOf(id, 'AFTERCARE_CHECKIN')[0].dueAt)).toBe(Date.parse(checkIn.dueAt!));
  await handle.executeUpdate(recordCheckInUpdate, { args: [{ actor: coord, note: 'working' }] });

  // At 22 the case closes by itself.
  const remaining = Date.parse(s.afterCare!.endsAt) - (await h.env.currentTimeMs());
  await h.env.sleep(remaining + HOUR);
  const closed = await eventually(async () => {
    const x = await state(handle);
    return x.status === 'CLOSED' ? x : null;
  });
  expect(closed.closure?.reason).toBe('AGE_LIMIT');
  await eventually(async () => (await handle.describe()).status.name === 'COMPLETED');
  await recordFixture(handle, 'case-aftercare-to-22');
});

test('a child who turns 18 without an open plan gets no after-care', async () => {
  const now = await h.env.currentTimeMs();
  const input = caseInput({ riskLevel: 'MEDIUM', adultAt: new Date(now + 2 * DAY).toISOString() });
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
  await h.env.sleep(2 * DAY + HOUR);
  await eventually(() => h.store.eventsOf(input.caseId, 'TURNED_18').length === 1);
  const s = await state(handle);
  expect(s).toMatchObject({ adult: true, afterCare: null, stage: 'ASSESSMENT', status: 'OPEN' });
  expect(h.store.eventsOf(input.caseId, 'AFTERCARE_ENTERED')).toHaveLength(0);
  await handle.terminate('test done');
});

test('a child under an approved plan in the family enters after-care on the birthday', async () => {
  const now = await h.env.currentTimeMs();
  const input = caseInput({ riskLevel: 'LOW', adultAt: new Date(now + 40 * DAY).toISOString() });
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
  await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'ok' }] });
  await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'ASSESSMENT' }] });
  await handle.executeUpdate(submitCarePlanUpdate, { args: [{ actor: coord, objectives: ['school'], placement: 'FAMILY' }] });
  await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });
  await h.env.sleep(40 * DAY + HOUR);
  const s = await eventually(async () => {
    const x = await state(handle);
    return x.stage === 'AFTER_CARE' ? x : null;
  });
  expect(s.openSteps.map((x) => x.step)).toEqual(['AUTONOMY_PLAN']);
  await handle.terminate('test done');
});
