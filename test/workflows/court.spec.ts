// The court exchange on the time-skipping server: the measures of an order
// without providers each wait for the coordinator's choice (and escalate when
// nobody chooses), the court report goes through the head of centre before it
// is sent and is owed again at the judge's interval, the judge's decision is
// recorded against a report, and the prosecutor's liaison hears of a report to
// the prosecutor the moment it is owed.
import {
  acknowledgeUpdate,
  approveUpdate,
  chooseMeasureProviderUpdate,
  recordCourtDecisionUpdate,
  recordCourtOrderUpdate,
  redirectToJudicialUpdate,
  rejectUpdate,
  submitCourtReportUpdate,
} from '../../workflows/case.messages';
import { codifiedTemplate } from '../../libs/domain/templates';
import { actors, caseInput, DAY, expectForbidden, expectRefused, HOUR, MINUTE, recordFixture, settle, sleepUntil, startCase, state, workflowTest } from './harness';

const coord = actors.coordinator();
const head = actors.head();
const liaison = actors.liaison();

test(
  'an order of three measures without providers opens three choices; a choice starts its referral, a missed one escalates',
  workflowTest(async (h) => {
    const input = caseInput({ category: 'NEGLECT', riskLevel: 'MEDIUM' });
    const id = input.caseId;
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    const orderId = `${id}-o3`;
    let s = await handle.executeUpdate(recordCourtOrderUpdate, { args: [{ actor: liaison, orderId, measures: ['FAMILY_SUPPORT', 'HEALTH', 'PLACEMENT'] }] });
    await settle(h);
    s = await state(handle);
    const choices = s.openSteps.filter((x) => x.step === 'MEASURE_PROVIDER');
    expect(choices.map((x) => x.ref).sort()).toEqual([`${orderId}/FAMILY_SUPPORT`, `${orderId}/HEALTH`, `${orderId}/PLACEMENT`]);
    expect(s.referrals).toHaveLength(0);

    // A provider that does not deliver the measure (placement is a shelter's) is refused, and the step stays.
    await expectRefused(
      handle.executeUpdate(chooseMeasureProviderUpdate, { args: [{ actor: coord, orderId, measure: 'PLACEMENT', referralId: `${id}-r0`, organisationId: 'rabat-school' }] }),
      /does not offer SHELTER/,
    );
    // The judicial liaison does not choose providers: the coordination does.
    await expectForbidden(handle.executeUpdate(chooseMeasureProviderUpdate, { args: [{ actor: liaison, orderId, measure: 'HEALTH', referralId: `${id}-r1`, organisationId: 'rabat-hospital' }] }));

    s = await handle.executeUpdate(chooseMeasureProviderUpdate, { args: [{ actor: coord, orderId, measure: 'PLACEMENT', referralId: `${id}-r2`, organisationId: 'rabat-shelter' }] });
    expect(s.referrals.map((r) => [r.referralId, r.service, r.basis, r.courtOrderId])).toEqual([[`${id}-r2`, 'SHELTER', 'COURT_ORDER', orderId]]);
    s = await handle.executeUpdate(chooseMeasureProviderUpdate, { args: [{ actor: coord, orderId, measure: 'HEALTH', referralId: `${id}-r3`, organisationId: 'rabat-hospital' }] });
    expect(s.openSteps.filter((x) => x.step === 'MEASURE_PROVIDER').map((x) => x.ref)).toEqual([`${orderId}/FAMILY_SUPPORT`]);
    await expectRefused(
      handle.executeUpdate(chooseMeasureProviderUpdate, { args: [{ actor: coord, orderId, measure: 'HEALTH', referralId: `${id}-r4`, organisationId: 'rabat-hospital' }] }),
      /no provider is awaited for HEALTH/,
    );

    // Nobody chooses for family support: at its deadline the coordinator, one interval later the head of centre.
    const missed = choices.find((x) => x.ref === `${orderId}/FAMILY_SUPPORT`)!;
    const due = Date.parse(missed.dueAt!);
    // the policy's MEASURE_PROVIDER for a medium risk: 72 hours from the order
    expect(due - Date.parse(s.courtOrders[0].receivedAt)).toBeGreaterThanOrEqual(72 * HOUR);
    expect(due - Date.parse(s.courtOrders[0].receivedAt)).toBeLessThan(72 * HOUR + MINUTE);
    await sleepUntil(h, due - MINUTE);
    expect(h.store.escalationsOf(id, 'MEASURE_PROVIDER')).toHaveLength(0);
    await sleepUntil(h, due + 48 * HOUR + MINUTE);
    expect(h.store.escalationsOf(id, 'MEASURE_PROVIDER').map((e) => [e.role, e.level])).toEqual([
      ['ASSIGNEE', 0],
      ['HEAD_OF_CENTRE', 1],
    ]);
    expect(h.store.eventsOf(id, 'MEASURE_PROVIDER_CHOSEN').map((e) => e.data?.measure)).toEqual(['PLACEMENT', 'HEALTH']);
    await recordFixture(handle, 'case-court-measures');
  }),
);

test(
  'a court report is approved before it is sent, and owed again at the interval the judge set; the judge’s decisions are recorded against it',
  workflowTest(async (h) => {
    const input = caseInput({ category: 'PHYSICAL_VIOLENCE', riskLevel: 'HIGH' });
    const id = input.caseId;
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    const orderId = `${id}-ord`;
    let s = await handle.executeUpdate(recordCourtOrderUpdate, {
      args: [{ actor: liaison, orderId, measures: ['PSYCHOLOGICAL'], referrals: [{ referralId: `${id}-psy`, organisationId: 'rabat-upe', service: 'PSYCHOLOGICAL', measure: 'PSYCHOLOGICAL' }], reportEvery: 'P30D' }],
    });
    const ordered = Date.parse(s.courtOrders[0].receivedAt);
    const first = s.openSteps.find((x) => x.step === 'COURT_REPORT')!;
    // the judge's 30 days, not the policy's 90
    expect(Date.parse(first.dueAt!) - ordered).toBe(30 * DAY);

    // Written on day 20, in French; a second report cannot be written while it awaits approval.
    await sleepUntil(h, ordered + 20 * DAY);
    s = await handle.executeUpdate(submitCourtReportUpdate, { args: [{ actor: coord, orderId, language: 'fr' }] });
    expect(s.openSteps.find((x) => x.step === 'COURT_REPORT')).toBeUndefined();
    expect(s.courtOrders[0].pendingReport).toMatchObject({ n: 1, language: 'fr' });
    await expectRefused(handle.executeUpdate(submitCourtReportUpdate, { args: [{ actor: coord, orderId, language: 'ar' }] }), /no progress report is owed/);
    // The coordinator does not approve; the head of centre sends it back once.
    await expectForbidden(handle.executeUpdate(approveUpdate, { args: [{ actor: coord, subject: 'COURT_REPORT' }] }));
    s = await handle.executeUpdate(rejectUpdate, { args: [{ actor: head, subject: 'COURT_REPORT', reason: 'préciser la scolarité' }] });
    const rework = s.openSteps.find((x) => x.step === 'COURT_REPORT')!;
    expect(rework.dueAt).toBe(first.dueAt);
    expect(h.store.courtReports).toHaveLength(0);

    await sleepUntil(h, ordered + 25 * DAY);
    await handle.executeUpdate(submitCourtReportUpdate, { args: [{ actor: coord, orderId, language: 'fr' }] });
    s = await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'COURT_REPORT' }] });
    const approvedAt = ordered + 25 * DAY;
    await settle(h);
    expect(h.store.courtReports.map((r) => [r.orderId, r.report, r.language, r.approvedBy, r.key])).toEqual([[orderId, 1, 'fr', head.userId, `case-${id}:court-report:${orderId}:1`]]);
    expect(s.courtOrders[0]).toMatchObject({ reportsSent: 1, pendingReport: null });
    const second = s.openSteps.find((x) => x.step === 'COURT_REPORT')!;
    expect(Date.parse(second.dueAt!) - approvedAt).toBeGreaterThanOrEqual(30 * DAY);
    expect(Date.parse(second.dueAt!) - approvedAt).toBeLessThan(30 * DAY + MINUTE);
    expect(h.store.eventsOf(id, 'COURT_REPORT_SENT').map((e) => [e.data?.report, e.data?.language])).toEqual([[1, 'fr']]);
    expect(h.store.escalationsOf(id, 'COURT_REPORT')).toHaveLength(0);

    // The judge answers report 1: measures maintained, reports every 60 days from now on.
    await expectRefused(handle.executeUpdate(recordCourtDecisionUpdate, { args: [{ actor: liaison, orderId, report: 2, decision: 'MAINTAIN' }] }), /no court report 2 has been sent/);
    await expectForbidden(handle.executeUpdate(recordCourtDecisionUpdate, { args: [{ actor: coord, orderId, decision: 'MAINTAIN' }] }));
    s = await handle.executeUpdate(recordCourtDecisionUpdate, { args: [{ actor: liaison, orderId, decision: 'MAINTAIN', reportEvery: 'P60D' }] });
    const decidedAt = Date.parse(s.courtOrders[0].decisions![0].at);
    const retimed = s.openSteps.find((x) => x.step === 'COURT_REPORT')!;
    expect(Date.parse(retimed.dueAt!) - decidedAt).toBe(60 * DAY);
    await expectRefused(handle.executeUpdate(recordCourtDecisionUpdate, { args: [{ actor: liaison, orderId, decision: 'END' }] }), /already recorded/);

    // Nobody writes the next one: at its deadline the coordinator is alerted, then the prosecutor's liaison.
    await sleepUntil(h, Date.parse(retimed.dueAt!) + DAY + MINUTE);
    expect(h.store.escalationsOf(id, 'COURT_REPORT').map((e) => e.role)).toEqual(['ASSIGNEE', 'JUDICIAL_LIAISON']);
    await recordFixture(handle, 'case-court-report-cycle');
  }),
);

test(
  'the prosecutor’s liaison hears of a report to the prosecutor when it is owed, not one interval after its deadline',
  workflowTest(async (h) => {
    // An offence: the report is owed from the start.
    const offence = caseInput({ category: 'SEXUAL_VIOLENCE', riskLevel: 'MEDIUM' });
    await startCase(h, offence);
    const opened = (await h.env.currentTimeMs()) - MINUTE;
    const notices = (caseId: string) => h.store.alertCalls.filter((a) => a.caseId === caseId && a.step === 'PROSECUTOR_REPORT' && a.ladderRole === 'JUDICIAL_LIAISON');
    expect(notices(offence.caseId).map((a) => [a.level, a.notice])).toEqual([[-1, true]]);
    expect(Date.parse(notices(offence.caseId)[0].alertedAt) - opened).toBeLessThan(MINUTE);
    expect(Date.parse(notices(offence.caseId)[0].dueAt) - Date.parse(notices(offence.caseId)[0].alertedAt)).toBeGreaterThan(23 * HOUR);

    // A social case redirected with its summary: the liaison hears of it at the redirection.
    const social = caseInput({ category: 'NEGLECT', riskLevel: 'HIGH' });
    const handle = await startCase(h, social);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    expect(notices(social.caseId)).toHaveLength(0);
    await expectRefused(
      handle.executeUpdate(redirectToJudicialUpdate, { args: [{ actor: coord, reason: 'violences', summary: { grounds: ['ARSON' as never], measuresTaken: [], urgency: 'PRIORITY' } }] }),
      /each ground must be one of/,
    );
    const redirectedAt = await h.env.currentTimeMs();
    await handle.executeUpdate(redirectToJudicialUpdate, {
      args: [{ actor: coord, reason: 'violences révélées', summary: { grounds: ['PHYSICAL_VIOLENCE'], measuresTaken: ['HEALTH'], urgency: 'PRIORITY' } }],
    });
    await settle(h);
    expect(notices(social.caseId).map((a) => a.level)).toEqual([-1]);
    expect(Date.parse(notices(social.caseId)[0].alertedAt) - redirectedAt).toBeLessThan(MINUTE);
    expect(h.store.eventsOf(social.caseId, 'REDIRECTED_SOCIAL_TO_JUDICIAL').map((e) => e.data?.summary)).toEqual([{ grounds: ['PHYSICAL_VIOLENCE'], measuresTaken: ['HEALTH'], urgency: 'PRIORITY' }]);
    // the ladder itself is unchanged: the liaison is its second level, one interval after the deadline
    const due = Date.parse((await state(handle)).openSteps.find((x) => x.step === 'PROSECUTOR_REPORT')!.dueAt!);
    await sleepUntil(h, due + 24 * HOUR + MINUTE);
    expect(h.store.escalationsOf(social.caseId, 'PROSECUTOR_REPORT').map((e) => e.role)).toEqual(['ASSIGNEE', 'JUDICIAL_LIAISON']);
    await recordFixture(handle, 'case-prosecutor-notice');
  }),
);

test(
  'without the judge’s interval, the reports are owed at the template’s courtReportEvery',
  workflowTest(async (h) => {
    const input = caseInput({ category: 'NEGLECT', riskLevel: 'MEDIUM', template: { ...codifiedTemplate('NEGLECT'), courtReportEvery: 'P45D' } });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    const s = await handle.executeUpdate(recordCourtOrderUpdate, {
      args: [{ actor: liaison, orderId: 'T-45', measures: ['SOCIAL_AID'], referrals: [{ referralId: `${input.caseId}-aid`, organisationId: 'rabat-shelter', service: 'SOCIAL_AID' }] }],
    });
    const owed = s.openSteps.find((x) => x.step === 'COURT_REPORT')!;
    expect(Date.parse(owed.dueAt!) - Date.parse(s.courtOrders[0].receivedAt)).toBe(45 * DAY);
    expect(s.openSteps.some((x) => x.step === 'MEASURE_PROVIDER')).toBe(false);
  }),
);
