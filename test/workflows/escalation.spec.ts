// The escalation ladder: every level fires at its time, stops when the awaited
// action arrives, alerts exactly once per level, climbs at once when nobody
// can be reached.
import {
  acknowledgeUpdate,
  alertDeliveryFailedSignal,
  createReferralUpdate,
  recordConsentUpdate,
  type CaseState,
} from '../../workflows/case.messages';
import { ladderFor } from '../../libs/domain/steps';
import { acceptReferralUpdate, referralStateQuery } from '../../workflows/referral.workflow';
import { actors, caseInput, DAY, HOUR, MINUTE, settle, sleepUntil, startCase, state, workflowTest } from './harness';

function offsets(rows: { dueAt: string; alertedAt: string; level: number; role: string }[]) {
  // Workflow time is the time of the task that handles the timer: a little
  // late, up to seconds on a loaded machine; the ladder's steps are hours apart.
  return rows.map((r) => ({ level: r.level, role: r.role, after: Math.round((Date.parse(r.alertedAt) - Date.parse(r.dueAt)) / MINUTE) * MINUTE }));
}

test(
  'an unanswered acknowledgement climbs one level per interval and stops when acknowledged',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' }); // acknowledgement 24 h, interval 48 h
    const handle = await startCase(h, input);
    const ack = (await state(handle)).openSteps.find((s) => s.step === 'ACKNOWLEDGEMENT')!;
    const row = h.store.steps.get(`case-${input.caseId}:${ack.key}`)!;
    const due = Date.parse(ack.dueAt!);
    expect(due - Date.parse(row.openedAt)).toBe(24 * HOUR);

    await sleepUntil(h, due - MINUTE);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);
    await sleepUntil(h, due + MINUTE);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(1);
    await sleepUntil(h, due + 48 * HOUR + MINUTE);
    expect(offsets(h.store.escalationsOf(input.caseId))).toEqual([
      { level: 0, role: 'ASSIGNEE', after: 0 },
      { level: 1, role: 'HEAD_OF_CENTRE', after: 48 * HOUR },
    ]);
    expect((await state(handle)).openSteps.find((s) => s.step === 'ACKNOWLEDGEMENT')).toMatchObject({ level: 1, overdue: true });

    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
    // Past the time of level 2 (due + 96 h): nothing more for the acknowledgement.
    await h.env.sleep(10 * DAY);
    expect(h.store.escalationsOf(input.caseId, 'ACKNOWLEDGEMENT')).toHaveLength(2);
    const s = await state(handle);
    expect(s.stage).toBe('ASSESSMENT');
    expect(s.assigneeId).toBe('coord-RABAT');
    // The assessment (14 days for MEDIUM) is not due yet.
    expect(h.store.escalationsOf(input.caseId, 'ASSESSMENT')).toHaveLength(0);
    expect(h.store.steps.get(row.key)).toMatchObject({ status: 'DONE', level: 1 });
  }),
);

test(
  'referral unanswered: provider at the deadline, head at +1, delegate at +2; accepted before level 3, nothing more',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' }); // acceptance 72 h, interval 48 h
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
    await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: actors.coordinator(), givenBy: 'GUARDIAN' }] });
    await handle.executeUpdate(createReferralUpdate, {
      args: [{ actor: actors.coordinator(), referralId: `${input.caseId}-r1`, organisationId: 'rabat-upe', service: 'PSYCHOLOGICAL' }],
    });
    const referral = h.env.client.workflow.getHandle(`referral-${input.caseId}-r1`);
    await settle(h);
    const pending = h.store.referrals.get(`${input.caseId}-r1`);
    expect(pending).toMatchObject({ status: 'PENDING', basis: 'CONSENT', organisationId: 'rabat-upe', acceptDueAt: expect.any(String) });
    const due = Date.parse(pending!.acceptDueAt!);
    // The provider hears of the referral when it is made, not only at its deadline.
    const notices = h.store.alertCalls.filter((a) => a.step === 'REFERRAL_ACCEPTANCE');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ notice: true, level: -1, ladderRole: 'ASSIGNEE', organisationId: 'rabat-upe', dueAt: pending!.acceptDueAt });

    const rows = () => h.store.escalationsOf(input.caseId, 'REFERRAL_ACCEPTANCE');
    await sleepUntil(h, due - MINUTE);
    expect(rows()).toHaveLength(0);
    await sleepUntil(h, due + 96 * HOUR + MINUTE);
    expect(offsets(rows())).toEqual([
      { level: 0, role: 'ASSIGNEE', after: 0 },
      { level: 1, role: 'HEAD_OF_CENTRE', after: 48 * HOUR },
      { level: 2, role: 'DELEGATE', after: 96 * HOUR },
    ]);
    const providerAlert = h.store.alertCalls.find((a) => a.step === 'REFERRAL_ACCEPTANCE' && a.level === 0)!;
    expect(providerAlert).toMatchObject({ organisationId: 'rabat-upe', caseWorkflowId: `case-${input.caseId}`, workflowId: `referral-${input.caseId}-r1` });

    // Accepted a day before level 3 (due + 144 h) would fall; then well past it.
    await h.env.sleep(24 * HOUR);
    await referral.executeUpdate(acceptReferralUpdate, { args: [{ actor: actors.provider('rabat-upe') }] });
    await h.env.sleep(10 * DAY);
    expect(rows()).toHaveLength(3);
    expect((await state(handle)).referrals[0].status).toBe('ACCEPTED');
    const r = await referral.query(referralStateQuery);
    expect(r.status).toBe('ACCEPTED');
    expect(r.openSteps.map((s) => s.step)).toEqual(['SERVICE_START']);
  }),
);

test(
  'exactly one alert per level even when the alert activity fails and is retried',
  workflowTest(async (h) => {
    h.store.failAttempts = (a) => (a.step === 'ACKNOWLEDGEMENT' ? 2 : 0);
    const input = caseInput({ riskLevel: 'IMMINENT' }); // 1 h, interval 1 h
    const handle = await startCase(h, input);
    const ack = (await state(handle)).openSteps.find((s) => s.step === 'ACKNOWLEDGEMENT')!;
    const due = Date.parse(ack.dueAt!);
    await sleepUntil(h, due + MINUTE);
    expect(h.store.escalationsOf(input.caseId).map((e) => e.level)).toEqual([0]);
    await sleepUntil(h, due + HOUR + MINUTE);
    expect(h.store.escalationsOf(input.caseId).map((e) => e.level)).toEqual([0, 1]);
    // Every attempt of a level carries that level's key: two failures, one success each.
    const attempts = new Map<string, number>();
    for (const c of h.store.alertCalls.filter((a) => a.step === 'ACKNOWLEDGEMENT' && !a.urgent)) attempts.set(c.key, (attempts.get(c.key) ?? 0) + 1);
    const stepKey = `case-${input.caseId}:${ack.key}`;
    expect(Object.fromEntries(attempts)).toEqual({ [`${stepKey}:0`]: 3, [`${stepKey}:1`]: 3 });
    expect(h.store.escalationsOf(input.caseId).map((e) => e.key)).toEqual([`${stepKey}:0`, `${stepKey}:1`]);
  }),
);

test(
  'the case’s view counts every level, the last one included (no batch follows it)',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'IMMINENT' }); // 1 h, interval 1 h
    const handle = await startCase(h, input);
    const ack = (await state(handle)).openSteps.find((s) => s.step === 'ACKNOWLEDGEMENT')!;
    const levels = ladderFor('ACKNOWLEDGEMENT').length;
    await sleepUntil(h, Date.parse(ack.dueAt!) + levels * HOUR + MINUTE);
    const s = await state(handle);
    expect(s.openSteps.find((x) => x.step === 'ACKNOWLEDGEMENT')?.level).toBe(levels - 1);
    expect(s.escalations).toBeGreaterThanOrEqual(levels);
    const view = h.store.views.get(input.caseId) as CaseState;
    expect({ escalations: view.escalations, level: view.openSteps.find((x) => x.step === 'ACKNOWLEDGEMENT')?.level }).toEqual({
      escalations: s.escalations,
      level: levels - 1,
    });
  }),
);

test(
  'nobody to alert, or every delivery failed: the next level is alerted at once',
  workflowTest(async (h) => {
    h.store.recipients = (a) => (a.level === 0 ? 0 : 1);
    const input = caseInput({ riskLevel: 'LOW' }); // 24 h, interval 48 h
    const handle = await startCase(h, input);
    const ack = (await state(handle)).openSteps.find((x) => x.step === 'ACKNOWLEDGEMENT')!;
    const due = Date.parse(ack.dueAt!);
    await sleepUntil(h, due + MINUTE);
    const [l0, l1, ...more] = h.store.escalationsOf(input.caseId);
    expect(more).toEqual([]);
    expect(l0).toMatchObject({ level: 0, delivered: false });
    expect(l1).toMatchObject({ level: 1, delivered: true });
    expect(Date.parse(l1.alertedAt) - Date.parse(l0.alertedAt)).toBeLessThan(1000);

    // Level 2 is due at +96 h; a failure report on level 1 brings it now.
    await handle.signal(alertDeliveryFailedSignal, { stepKey: ack.key, level: 1 });
    await settle(h);
    expect(h.store.escalationsOf(input.caseId).map((e) => [e.level, e.role])).toEqual([
      [0, 'ASSIGNEE'],
      [1, 'HEAD_OF_CENTRE'],
      [2, 'DELEGATE'],
    ]);
    expect(Date.parse(h.store.escalationsOf(input.caseId)[2].alertedAt)).toBeLessThan(due + 2 * MINUTE + 1000);
    // A stale failure report (an older level) changes nothing.
    await handle.signal(alertDeliveryFailedSignal, { stepKey: ack.key, level: 1 });
    await settle(h);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(3);
  }),
);
