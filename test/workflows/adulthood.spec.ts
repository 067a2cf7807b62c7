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
} from '../../workflows/case.messages';
import { acceptReferralUpdate, completeReferralUpdate, referralStateQuery, startServiceUpdate } from '../../workflows/referral.workflow';
import { actors, caseInput, DAY, HOUR, MINUTE, recordFixture, settle, sleepUntil, startCase, state, workflowTest } from './harness';

const coord = actors.coordinator();
const head = actors.head();

test(
  'the 18th birthday falls while a referral is pending: after-care starts, the referral goes on, closure at 22',
  workflowTest(async (h) => {
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

    // The day before the birthday nothing has changed; an hour after it, after-care.
    await sleepUntil(h, Date.parse(adultAt) - HOUR);
    expect(await state(handle)).toMatchObject({ adult: false, afterCare: null });
    expect(h.store.eventsOf(id, 'AFTERCARE_ENTERED')).toHaveLength(0);
    await sleepUntil(h, Date.parse(adultAt) + HOUR);
    s = await state(handle);
    expect(s).toMatchObject({ adult: true, stage: 'AFTER_CARE' });
    expect(s.openSteps.find((o) => o.step === 'AUTONOMY_PLAN')?.dueAt).toEqual(expect.any(String));
    const at22 = new Date(adultAt);
    at22.setUTCFullYear(at22.getUTCFullYear() + 4);
    expect(s.afterCare?.endsAt).toBe(at22.toISOString());
    expect(s.openSteps.some((x) => x.step === 'INSTITUTION_REVIEW')).toBe(false);
    expect(h.store.eventsOf(id, 'AFTERCARE_ENTERED')[0].data).toMatchObject({ estimated: true });
    expect(s.referrals[0].status).toBe('PENDING');

    // The referral, still pending, is answered after the birthday.
    const referral = h.env.client.workflow.getHandle(`referral-${id}-voc`);
    await referral.executeUpdate(acceptReferralUpdate, { args: [{ actor: actors.provider('rabat-school') }] });
    await settle(h);
    expect((await state(handle)).referrals[0].status).toBe('ACCEPTED');
    expect((await referral.query(referralStateQuery)).status).toBe('ACCEPTED');
    // The service runs its course before the long skips below: a referral ladder
    // left running across months of skipped time stalls the time-skipping server.
    await referral.executeUpdate(startServiceUpdate, { args: [{ actor: actors.provider('rabat-school') }] });
    await referral.executeUpdate(completeReferralUpdate, { args: [{ actor: actors.provider('rabat-school') }] });
    await settle(h);
    expect((await state(handle)).referrals[0].status).toBe('COMPLETED');

    // Autonomy plan, then check-ins every 90 days; a missed one escalates.
    s = await handle.executeUpdate(submitAutonomyPlanUpdate, { args: [{ actor: coord, goals: ['housing', 'job'] }] });
    const checkIn = s.openSteps.find((x) => x.step === 'AFTERCARE_CHECKIN')!;
    await sleepUntil(h, Date.parse(checkIn.dueAt!) - MINUTE);
    expect(h.store.escalationsOf(id, 'AFTERCARE_CHECKIN')).toHaveLength(0);
    await sleepUntil(h, Date.parse(checkIn.dueAt!) + MINUTE);
    expect(h.store.escalationsOf(id, 'AFTERCARE_CHECKIN').map((e) => [e.level, e.dueAt])).toEqual([[0, checkIn.dueAt]]);
    await handle.executeUpdate(recordCheckInUpdate, { args: [{ actor: coord, note: 'working' }] });

    // At 22 the case closes by itself.
    await sleepUntil(h, Date.parse(s.afterCare!.endsAt) - HOUR);
    expect((await state(handle)).status).toBe('OPEN');
    await sleepUntil(h, Date.parse(s.afterCare!.endsAt) + HOUR);
    const closed = await state(handle);
    expect(closed).toMatchObject({ status: 'CLOSED', closure: { reason: 'AGE_LIMIT' } });
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    await recordFixture(handle, 'case-aftercare-to-22');
  }),
);

test(
  'a child who turns 18 without an open plan gets no after-care',
  workflowTest(async (h) => {
    const now = await h.env.currentTimeMs();
    const input = caseInput({ riskLevel: 'MEDIUM', adultAt: new Date(now + 2 * DAY).toISOString() });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await h.env.sleep(2 * DAY + HOUR);
    expect(h.store.eventsOf(input.caseId, 'TURNED_18')).toHaveLength(1);
    const s = await state(handle);
    expect(s).toMatchObject({ adult: true, afterCare: null, stage: 'ASSESSMENT', status: 'OPEN' });
    expect(h.store.eventsOf(input.caseId, 'AFTERCARE_ENTERED')).toHaveLength(0);
  }),
);

test(
  'a child under an approved plan in the family enters after-care on the birthday',
  workflowTest(async (h) => {
    const now = await h.env.currentTimeMs();
    const input = caseInput({ riskLevel: 'LOW', adultAt: new Date(now + 40 * DAY).toISOString() });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'ok' }] });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'ASSESSMENT' }] });
    await handle.executeUpdate(submitCarePlanUpdate, { args: [{ actor: coord, objectives: ['school'], placement: 'FAMILY' }] });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });
    await h.env.sleep(40 * DAY + HOUR);
    const s = await state(handle);
    expect(s).toMatchObject({ stage: 'AFTER_CARE', adult: true });
    expect(s.openSteps.map((x) => x.step)).toEqual(['AUTONOMY_PLAN']);
  }),
);
