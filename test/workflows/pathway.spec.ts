// The social pathway end to end: approvals (with a rejection), consent,
// parallel referrals (accepted, declined then re-oriented),
// integration, closure with approval, reopening by a new report; a duplicate
// report attaches; a policy change applies to steps that start afterwards.
import {
  acknowledgeUpdate,
  approveUpdate,
  closeUpdate,
  createReferralUpdate,
  newReportSignal,
  recordConsentUpdate,
  recordIntegrationUpdate,
  rejectUpdate,
  submitAssessmentUpdate,
  submitCarePlanUpdate,
  timelineQuery,
} from '../../workflows/case.messages';
import { caseWorkflow } from '../../workflows';
import {
  acceptReferralUpdate,
  completeReferralUpdate,
  declineReferralUpdate,
  referralStateQuery,
  startServiceUpdate,
} from '../../workflows/referral.workflow';
import { actors, caseInput, expectForbidden, expectRefused, HOUR, recordFixture, settle, startCase, state, workflowTest } from './harness';

const coord = actors.coordinator();
const head = actors.head();

/**
 * Workflow time let pass once the case has closed. A referral that finishes
 * after its (abandoning) parent closed leaves the test server's clock locked
 * for good (it waits for the closed parent to unlock it), so from then on
 * time passes as in reality: a short span, plenty for what is left to run.
 */
const AFTER_CLOSURE = 2_000;

test(
  'a referral to an organisation outside the directory is refused with the reason',
  workflowTest(async (h) => {
    const input = caseInput();
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: coord, givenBy: 'GUARDIAN' }] });
    await expectRefused(
      handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${input.caseId}-x`, organisationId: 'rabat-school', service: 'HEALTH' }] }),
      /does not offer HEALTH/,
    );
    await settle(h);
    expect((await state(handle)).referrals).toEqual([]);
    expect(h.store.referrals.size).toBe(0);
  }),
);

test(
  'a policy change applies to steps that start afterwards, never to open ones',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const handle = await startCase(h, input);
    const ack = (await state(handle)).openSteps[0];
    h.store.rules.push(
      { provinceCode: 'RABAT', category: null, riskLevel: 'MEDIUM', step: 'ACKNOWLEDGEMENT', duration: 'PT1H' },
      { provinceCode: 'RABAT', category: 'NEGLECT', riskLevel: null, step: 'ASSESSMENT', duration: 'PT90S' },
    );
    // The open acknowledgement keeps its 24 h: two hours on, it is not overdue.
    await h.env.sleep(2 * HOUR);
    expect((await state(handle)).openSteps[0]).toMatchObject({ key: ack.key, dueAt: ack.dueAt, level: -1, overdue: false });
    expect(Date.parse(ack.dueAt!) - Date.parse(h.store.steps.get(`case-${input.caseId}:${ack.key}`)!.openedAt)).toBe(24 * HOUR);
    expect(h.store.escalationsOf(input.caseId)).toEqual([]);
    const s = await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    const assessment = s.openSteps.find((x) => x.step === 'ASSESSMENT')!;
    const opened = h.store.steps.get(`case-${input.caseId}:${assessment.key}`)!;
    expect(Date.parse(assessment.dueAt!) - Date.parse(opened.openedAt)).toBe(90_000);
  }),
);

test(
  'a case goes from report to closure, and a new report reopens it',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'LOW' });
    const handle = await startCase(h, input);
    const id = input.caseId;

    // A second report about the same child attaches to the open case.
    const duplicate = { ...input.report, reportId: `${id}-second`, riskLevel: 'MEDIUM' as const };
    await handle.signal(newReportSignal, duplicate);
    await handle.signal(newReportSignal, duplicate);
    await settle(h);
    expect((await state(handle)).reports).toEqual([input.report.reportId, `${id}-second`]);
    expect(h.store.eventsOf(id, 'REPORT_ATTACHED')).toHaveLength(1);
    expect((await state(handle)).riskLevel).toBe('MEDIUM');

    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'neglect at home', needs: ['PSYCHOLOGICAL'] }] });
    let s = await state(handle);
    expect(s.assessment).toBe('SUBMITTED');
    expect(s.openSteps.find((x) => x.step === 'APPROVAL')).toMatchObject({ ref: 'ASSESSMENT' });

    // A rejection sends the assessment back with its reason.
    await handle.executeUpdate(rejectUpdate, { args: [{ actor: head, subject: 'ASSESSMENT', reason: 'school not heard' }] });
    s = await state(handle);
    expect(s.assessment).toBe('PENDING');
    expect(s.openSteps.map((x) => x.step)).toEqual(['ASSESSMENT']);
    expect((await handle.query(timelineQuery)).find((e) => e.type === 'REJECTED')?.data).toMatchObject({ reason: 'school not heard' });
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'school heard' }] });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'ASSESSMENT' }] });
    expect((await state(handle)).stage).toBe('CARE_PLAN');

    await handle.executeUpdate(submitCarePlanUpdate, { args: [{ actor: coord, objectives: ['back to school'], placement: 'FAMILY' }] });
    s = await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });
    expect(s).toMatchObject({ stage: 'FOLLOW_UP', carePlan: 'APPROVED' });
    expect(s.openSteps.map((x) => x.step)).toEqual(['CASE_REVIEW']);

    // Two referrals run in parallel.
    await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: coord, givenBy: 'CHILD_AND_GUARDIAN' }] });
    await handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${id}-psy`, organisationId: 'rabat-upe', service: 'PSYCHOLOGICAL' }] });
    s = await handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${id}-school`, organisationId: 'rabat-school', service: 'SCHOOLING' }] });
    expect(s.stage).toBe('REFERRALS');
    expect(s.referrals.map((r) => [r.referralId, r.status, r.basis])).toEqual([
      [`${id}-psy`, 'PENDING', 'CONSENT'],
      [`${id}-school`, 'PENDING', 'CONSENT'],
    ]);
    const psy = h.env.client.workflow.getHandle(`referral-${id}-psy`);
    const school = h.env.client.workflow.getHandle(`referral-${id}-school`);
    // a referral's step rows carry their task's instant too (its batches have no case version to guard them)
    await settle(h);
    const psyStep = () => [...h.store.steps.values()].find((r) => r.key.startsWith(`referral-${id}-psy:`) && r.step === 'REFERRAL_ACCEPTANCE');
    const openedStep = psyStep()!;
    expect(openedStep).toMatchObject({ status: 'OPEN', version: expect.any(Number) });

    // Only the referred provider answers.
    await expectForbidden(psy.executeUpdate(acceptReferralUpdate, { args: [{ actor: actors.provider('rabat-school') }] }));
    await psy.executeUpdate(acceptReferralUpdate, { args: [{ actor: actors.provider('rabat-upe') }] });
    await settle(h);
    // each write carries its task's instant: a late statement of an earlier task cannot move the row back
    const acceptedVersion = h.store.referrals.get(`${id}-psy`)!.version!;
    expect(acceptedVersion).toEqual(expect.any(Number));
    expect(psyStep()).toMatchObject({ status: 'DONE', version: expect.any(Number) });
    expect(psyStep()!.version).toBeGreaterThanOrEqual(openedStep.version!);
    await psy.executeUpdate(startServiceUpdate, { args: [{ actor: actors.provider('rabat-upe') }] });
    await school.executeUpdate(declineReferralUpdate, { args: [{ actor: actors.provider('rabat-school'), reason: 'no place this term' }] });

    // The decline returns the decision to the coordinator, who re-orients.
    await settle(h);
    expect((await state(handle)).openSteps.filter((x) => x.step === 'REORIENTATION').map((x) => x.ref)).toEqual([`${id}-school`]);
    s = await handle.executeUpdate(createReferralUpdate, {
      args: [{ actor: coord, referralId: `${id}-school2`, organisationId: 'rabat-shelter', service: 'SOCIAL_AID', replaces: `${id}-school` }],
    });
    expect(s.openSteps.some((x) => x.step === 'REORIENTATION')).toBe(false);
    expect(s.referrals.find((r) => r.referralId === `${id}-school`)).toMatchObject({ status: 'DECLINED', reason: 'no place this term' });

    await psy.executeUpdate(completeReferralUpdate, { args: [{ actor: actors.provider('rabat-upe'), summary: 'ten sessions' }] });
    await settle(h);
    expect((await psy.describe()).status.name).toBe('COMPLETED');
    expect((await psy.query(referralStateQuery)).status).toBe('COMPLETED');
    expect(h.store.referrals.get(`${id}-psy`)).toMatchObject({ status: 'COMPLETED', basis: 'CONSENT' });
    expect(h.store.referrals.get(`${id}-psy`)!.version).toBeGreaterThan(acceptedVersion);
    expect((await state(handle)).referrals.find((r) => r.referralId === `${id}-psy`)?.status).toBe('COMPLETED');

    await handle.executeUpdate(recordIntegrationUpdate, { args: [{ actor: coord, kind: 'SCHOOL' }] });
    expect((await state(handle)).stage).toBe('INTEGRATION');

    // Closure needs the head's approval; the pending referral is cancelled.
    await handle.executeUpdate(closeUpdate, { args: [{ actor: coord, reason: 'INTEGRATED' }] });
    expect((await state(handle)).status).toBe('OPEN');
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CLOSURE' }] });
    await settle(h, AFTER_CLOSURE);
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    const closed = await state(handle);
    expect(closed).toMatchObject({ status: 'CLOSED', stage: 'CLOSED', openSteps: [] });
    const school2 = h.env.client.workflow.getHandle(`referral-${id}-school2`);
    expect((await school2.describe()).status.name).toBe('COMPLETED');
    expect((await school2.query(referralStateQuery)).status).toBe('CANCELLED');
    expect(h.store.cases.get(id)).toMatchObject({ status: 'CLOSED', stage: 'CLOSED' });
    expect([...h.store.steps.values()].filter((x) => x.caseId === id && x.status === 'OPEN')).toEqual([]);
    expect(h.store.eventsOf(id, 'INTEGRATION')).toHaveLength(1);
    await recordFixture(handle, 'case-report-to-closure');
    await recordFixture(psy, 'referral-completed');

    const oldKeys = [...h.store.steps.keys()].filter((k) => k.startsWith(`case-${id}:`));
    expect(oldKeys.length).toBeGreaterThan(5);
    // A new report reopens the closed case: signal-with-start on the same id.
    const reopened = await h.env.client.workflow.signalWithStart(caseWorkflow, {
      taskQueue: h.taskQueue,
      workflowId: `case-${id}`,
      args: [{ ...input, reopened: true }],
      signal: newReportSignal,
      signalArgs: [{ ...input.report, reportId: `${id}-third` }],
    });
    await settle(h, AFTER_CLOSURE);
    const again = await state(reopened);
    expect(again).toMatchObject({ status: 'OPEN', stage: 'REPORTED' });
    expect(again.openSteps[0].dueAt).not.toBeNull();
    expect(again.reports).toEqual(expect.arrayContaining([input.report.reportId, `${id}-third`]));
    expect(again.openSteps.map((x) => x.step)).toEqual(['ACKNOWLEDGEMENT']);
    expect(h.store.eventsOf(id, 'REOPENED')).toHaveLength(1);
    // The new life's step keys never collide with the old ones.
    expect(oldKeys).not.toContain(`case-${id}:${again.openSteps[0].key}`);
  }),
);
