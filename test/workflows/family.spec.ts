// The family on the time-skipping server: persons of the case known by id and
// relation, the template's family services proposed for an adult and settled by
// a referral for her, the child's return to the family (FAMILY_REINTEGRATION)
// with visits at the template's interval, a missed visit that climbs the
// ladder, and a pathway without a template that keeps the old integration.
import type { WorkflowHandle } from '@temporalio/client';
import { genericTemplate, type PathwayTemplate } from '../../libs/domain/templates';
import { caseWorkflow } from '../../workflows';
import {
  acknowledgeUpdate,
  addPersonUpdate,
  approveUpdate,
  createReferralUpdate,
  recordConsentUpdate,
  recordFamilyVisitUpdate,
  recordIntegrationUpdate,
  removePersonUpdate,
  submitAssessmentUpdate,
  submitCarePlanUpdate,
  type CaseInput,
} from '../../workflows/case.messages';
import { actors, caseInput, DAY, expectForbidden, expectRefused, HOUR, MINUTE, recordFixture, settle, sleepUntil, startCase, state, workflowTest, type Harness } from './harness';

const coord = actors.coordinator();
const head = actors.head();

/** The generic pathway of NEGLECT, with the family's services and visits a template gives it. */
function withFamily(reintegration: PathwayTemplate['reintegration']): PathwayTemplate {
  return { ...genericTemplate('NEGLECT'), familyServices: ['PARENTING_SUPPORT', 'SOCIAL_AID'], reintegration };
}

/** Report → acknowledged → assessment and care plan approved (placement in the family): FOLLOW_UP. */
async function toFollowUp(h: Harness, input: CaseInput): Promise<WorkflowHandle<typeof caseWorkflow>> {
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
  await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'the mother begs with the child at the market' }] });
  await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'ASSESSMENT' }] });
  await handle.executeUpdate(submitCarePlanUpdate, { args: [{ actor: coord, objectives: ['back home', 'back to school'], placement: 'FAMILY' }] });
  const s = await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });
  expect(s.stage).toBe('FOLLOW_UP');
  return handle;
}

test(
  'the mother is a person of the case with her own referral; the return home opens visits at the template’s interval, each recorded, then the closure',
  workflowTest(async (h) => {
    const input = caseInput({ template: withFamily({ visitEvery: 'P30D', visits: 2 }) });
    const id = input.caseId;
    const handle = await toFollowUp(h, input);
    const mother = `${id}-mother`;

    // Persons: only the case's team of its province; the pathway knows an id and a relation.
    await expectForbidden(handle.executeUpdate(addPersonUpdate, { args: [{ actor: actors.coordinator('TANGER_ASSILAH'), personId: mother, relation: 'MOTHER' }] }));
    await expectRefused(handle.executeUpdate(addPersonUpdate, { args: [{ actor: coord, personId: mother, relation: 'AUNT' as never }] }), /relation must be one of/);
    let s = await handle.executeUpdate(addPersonUpdate, { args: [{ actor: coord, personId: mother, relation: 'MOTHER' }] });
    await handle.executeUpdate(addPersonUpdate, { args: [{ actor: coord, personId: `${id}-brother`, relation: 'SIBLING' }] });
    s = await handle.executeUpdate(addPersonUpdate, { args: [{ actor: coord, personId: `${id}-error`, relation: 'FATHER' }] });
    expect(s.persons?.map((p) => [p.personId, p.relation])).toEqual([
      [mother, 'MOTHER'],
      [`${id}-brother`, 'SIBLING'],
      [`${id}-error`, 'FATHER'],
    ]);
    // The template's family services are proposed for the adults, not for a sibling.
    expect(s.familyProposals?.map((p) => [p.personId, p.service, p.referralId])).toEqual([
      [mother, 'PARENTING_SUPPORT', null],
      [mother, 'SOCIAL_AID', null],
      [`${id}-error`, 'PARENTING_SUPPORT', null],
      [`${id}-error`, 'SOCIAL_AID', null],
    ]);
    s = await handle.executeUpdate(removePersonUpdate, { args: [{ actor: coord, personId: `${id}-error` }] });
    expect(s.persons?.map((p) => p.personId)).toEqual([mother, `${id}-brother`]);
    expect(s.familyProposals?.every((p) => p.personId === mother)).toBe(true);

    // Her referral (social aid) and the child's run in parallel.
    await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: coord, givenBy: 'CHILD_AND_GUARDIAN' }] });
    await expectRefused(
      handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${id}-x`, organisationId: 'rabat-shelter', service: 'SOCIAL_AID', personId: `${id}-error` }] }),
      /is not a person of this case/,
    );
    await handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${id}-aid`, organisationId: 'rabat-shelter', service: 'SOCIAL_AID', personId: mother }] });
    s = await handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${id}-psy`, organisationId: 'rabat-upe', service: 'PSYCHOLOGICAL' }] });
    expect(s.stage).toBe('REFERRALS');
    expect(s.referrals.map((r) => [r.referralId, r.personId ?? null])).toEqual([
      [`${id}-aid`, mother],
      [`${id}-psy`, null],
    ]);
    expect(s.familyProposals?.find((p) => p.service === 'SOCIAL_AID')?.referralId).toBe(`${id}-aid`);
    expect(s.familyProposals?.find((p) => p.service === 'PARENTING_SUPPORT')?.referralId).toBeNull();
    expect(h.store.eventsOf(id, 'REFERRAL_CREATED').map((e) => e.data?.personId ?? null)).toEqual([mother, null]);
    // The history knows her by id and relation: no name ever reaches the pathway.
    expect(JSON.stringify(h.store.eventsOf(id, 'PERSON_ADDED').map((e) => e.data))).not.toMatch(/firstName|phone|address/);

    // No visit is due before the child is back in the family.
    await expectRefused(handle.executeUpdate(recordFamilyVisitUpdate, { args: [{ actor: coord, outcome: 'SETTLED' }] }), /no follow-up visit of the family is due/);
    s = await handle.executeUpdate(recordIntegrationUpdate, { args: [{ actor: coord, kind: 'FAMILY' }] });
    expect(s.stage).toBe('FAMILY_REINTEGRATION');
    expect(s.family).toMatchObject({ visits: 2, done: 0, visitEvery: 'P30D' });
    const firstDue = s.family!.nextVisitAt as string;
    expect(Date.parse(firstDue) - Date.parse(s.family!.returnedAt)).toBe(30 * DAY);
    expect(s.openSteps.some((x) => x.step === 'FAMILY_VISIT')).toBe(false);

    // The first visit falls due after 30 days: its step opens, due within the policy's time (P14D at MEDIUM).
    await sleepUntil(h, Date.parse(firstDue) + MINUTE);
    s = await state(handle);
    const step = s.openSteps.find((x) => x.step === 'FAMILY_VISIT');
    expect(step).toMatchObject({ ref: 'visit-1', level: -1 });
    // (the step opens on the timer's firing, a few milliseconds after the instant)
    const window = Date.parse(step!.dueAt as string) - Date.parse(firstDue);
    expect(window).toBeGreaterThanOrEqual(14 * DAY);
    expect(window).toBeLessThan(14 * DAY + MINUTE);

    // The last visit may ask for the closure, not the first.
    await expectRefused(
      handle.executeUpdate(recordFamilyVisitUpdate, { args: [{ actor: coord, outcome: 'SETTLED', requestClosure: true }] }),
      /may close after the last visit \(this is visit 1 of 2\)/,
    );
    await expectForbidden(handle.executeUpdate(recordFamilyVisitUpdate, { args: [{ actor: actors.delegate(), outcome: 'SETTLED' }] }));
    s = await handle.executeUpdate(recordFamilyVisitUpdate, { args: [{ actor: coord, outcome: 'CONCERNS', note: 'the mother is looking for work' }] });
    expect(s.openSteps.some((x) => x.step === 'FAMILY_VISIT')).toBe(false);
    expect(s.family).toMatchObject({ done: 1 });
    const secondDue = s.family!.nextVisitAt as string;
    expect(Date.parse(secondDue) - Date.parse(s.family!.outcomes[0].at)).toBe(30 * DAY);

    // The second visit, made early (before it falls due), is the last: the case goes to closure approval.
    await settle(h, 10 * DAY);
    s = await handle.executeUpdate(recordFamilyVisitUpdate, { args: [{ actor: coord, outcome: 'SETTLED', requestClosure: true }] });
    expect(s.family).toMatchObject({ done: 2, nextVisitAt: null });
    expect(s.family?.outcomes.map((o) => o.outcome)).toEqual(['CONCERNS', 'SETTLED']);
    expect(s.closure).toMatchObject({ reason: 'INTEGRATED' });
    expect(s.openSteps.filter((x) => x.step === 'APPROVAL').map((x) => x.ref)).toEqual(['CLOSURE']);
    await expectRefused(handle.executeUpdate(recordFamilyVisitUpdate, { args: [{ actor: coord, outcome: 'SETTLED' }] }), /no follow-up visit of the family is due/);

    // Nothing more falls due, nothing escalated.
    await settle(h, 60 * DAY);
    expect((await state(handle)).openSteps.some((x) => x.step === 'FAMILY_VISIT')).toBe(false);
    expect(h.store.escalationsOf(id, 'FAMILY_VISIT')).toEqual([]);
    expect(h.store.eventsOf(id, 'FAMILY_VISIT').map((e) => [e.data?.visit, e.data?.outcome])).toEqual([
      [1, 'CONCERNS'],
      [2, 'SETTLED'],
    ]);
    expect(h.store.eventsOf(id, 'FAMILY_FOLLOW_UP')).toHaveLength(1);
    expect(h.store.cases.get(id)).toMatchObject({ stage: 'FAMILY_REINTEGRATION' });
    await recordFixture(handle, 'case-family-reintegration');
  }),
);

test(
  'a visit not made once due climbs the ladder like any step, and stops when it is recorded',
  workflowTest(async (h) => {
    const input = caseInput({ template: withFamily({ visitEvery: 'P7D', visits: 1 }) });
    const id = input.caseId;
    const handle = await toFollowUp(h, input);
    const s = await handle.executeUpdate(recordIntegrationUpdate, { args: [{ actor: coord, kind: 'FAMILY' }] });
    expect(s.stage).toBe('FAMILY_REINTEGRATION');
    const due = Date.parse(s.family!.nextVisitAt as string) + 14 * DAY;

    // At the deadline the coordinator is alerted, one interval later (PT48H at MEDIUM) the head of centre.
    await sleepUntil(h, due + MINUTE);
    expect(h.store.escalationsOf(id, 'FAMILY_VISIT').map((e) => [e.level, e.role])).toEqual([[0, 'ASSIGNEE']]);
    await sleepUntil(h, due + 48 * HOUR + MINUTE);
    expect(h.store.escalationsOf(id, 'FAMILY_VISIT').map((e) => [e.level, e.role])).toEqual([
      [0, 'ASSIGNEE'],
      [1, 'HEAD_OF_CENTRE'],
    ]);
    expect(h.store.alertCalls.filter((a) => a.step === 'FAMILY_VISIT').map((a) => a.assigneeUserId)).toEqual([coord.userId, coord.userId]);
    expect((await state(handle)).openSteps.find((x) => x.step === 'FAMILY_VISIT')).toMatchObject({ level: 1, overdue: true });

    await handle.executeUpdate(recordFamilyVisitUpdate, { args: [{ actor: coord, outcome: 'SETTLED' }] });
    await settle(h, 10 * DAY);
    expect(h.store.escalationsOf(id, 'FAMILY_VISIT')).toHaveLength(2);
    expect([...h.store.steps.values()].filter((x) => x.caseId === id && x.step === 'FAMILY_VISIT').map((x) => x.status)).toEqual(['DONE']);
    await recordFixture(handle, 'case-family-visit-missed');
  }),
);

test(
  'a pathway without a template (or one without visits) keeps the old integration: no visit, no proposal',
  workflowTest(async (h) => {
    const handle = await toFollowUp(h, caseInput());
    let s = await handle.executeUpdate(addPersonUpdate, { args: [{ actor: coord, personId: 'p-1', relation: 'MOTHER' }] });
    expect(s.familyProposals ?? []).toEqual([]);
    s = await handle.executeUpdate(recordIntegrationUpdate, { args: [{ actor: coord, kind: 'FAMILY' }] });
    expect(s).toMatchObject({ stage: 'INTEGRATION' });
    expect(s.family ?? null).toBeNull();
    await settle(h, 120 * DAY);
    expect((await state(handle)).openSteps.some((x) => x.step === 'FAMILY_VISIT')).toBe(false);
  }),
);
