// Pathway templates on the time-skipping server: each category's codified
// template (version 2) walks its happy path from the report to closure as the
// template says (which steps open, the prosecutor, the child seen first, the
// approvals, the default services, the reviews), and each misses the first
// deadline only it sets; each category's version 1 (the generic pathway)
// misses its first deadline and then walks to closure; a pathway with no
// template runs the generic version 1;
// a coordinator moves a running case to a newer version, and only where its
// open steps make sense.
import { CATEGORY_CODES } from '../../libs/domain/taxonomy';
import { codifiedTemplate, genericTemplate, type PathwayTemplate } from '../../libs/domain/templates';
import {
  acknowledgeUpdate,
  approveUpdate,
  closeUpdate,
  moveToTemplateUpdate,
  recordChildSeenUpdate,
  recordLibertyUpdate,
  recordReviewUpdate,
  reportToProsecutorUpdate,
  submitAssessmentUpdate,
  submitCarePlanUpdate,
  timelineQuery,
  type CaseState,
} from '../../workflows/case.messages';
import { actors, caseInput, expectForbidden, expectRefused, MINUTE, recordFixture, settle, sleepUntil, startCase, state, workflowTest, type Harness } from './harness';

const coord = actors.coordinator();
const head = actors.head();
const liaison = actors.liaison();
const steps = (s: CaseState) => s.openSteps.map((x) => x.step).sort();
const seesChildFirst = (t: PathwayTemplate) => t.phases.some((p) => p.step === 'CHILD_SEEN' && p.when === 'ALWAYS');
const reviewsOn = (t: PathwayTemplate, when: string) => t.reviews.filter((r) => r.when === when).map((r) => r.step);
/** The steps a template opens with a MEDIUM report (no urgency from the risk). */
const firstSteps = (t: PathwayTemplate) =>
  ['ACKNOWLEDGEMENT', ...(seesChildFirst(t) ? ['CHILD_SEEN'] : []), ...(t.prosecutor.inform === 'AT_REPORT' ? ['PROSECUTOR_REPORT'] : [])].sort();

/** From the report to closure, as the template says (first letting the earliest deadline pass, if asked). */
async function walk(h: Harness, t: PathwayTemplate, options: { fixture?: string; missFirst?: boolean } = {}): Promise<void> {
  const input = caseInput({ category: t.category, riskLevel: 'MEDIUM', template: t });
  const handle = await startCase(h, input);
  let s = await state(handle);
  expect({ steps: steps(s), track: s.track, version: s.template?.version }).toEqual({ steps: firstSteps(t), track: t.track, version: t.version });
  if (options.missFirst) {
    const first = Math.min(...s.openSteps.map((x) => Date.parse(x.dueAt!)));
    const late = s.openSteps.filter((x) => Date.parse(x.dueAt!) === first).map((x) => x.step);
    await sleepUntil(h, first + MINUTE);
    for (const step of late) expect([step, h.store.escalationsOf(input.caseId, step).map((e) => e.level)]).toEqual([step, [0]]);
  }

  s = await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
  if (seesChildFirst(t)) {
    expect(s.stage).toBe('URGENT_PROTECTION');
    s = await handle.executeUpdate(recordChildSeenUpdate, { args: [{ actor: coord }] });
  }
  expect(s.stage).toBe('ASSESSMENT');
  if (t.prosecutor.inform === 'AT_REPORT') {
    s = await handle.executeUpdate(reportToProsecutorUpdate, { args: [{ actor: coord, reference: 'PR-1' }] });
    expect(s.prosecutorReported).toBe(true);
  }

  s = await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'protocole standard' }] });
  if (t.approvals.includes('ASSESSMENT')) {
    expect(s.openSteps.find((x) => x.step === 'APPROVAL')?.ref).toBe('ASSESSMENT');
    s = await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'ASSESSMENT' }] });
  }
  expect(steps(s)).toEqual(['CARE_PLAN']);

  const placement = reviewsOn(t, 'IN_INSTITUTION').length ? 'INSTITUTION' : 'FAMILY';
  s = await handle.executeUpdate(submitCarePlanUpdate, { args: [{ actor: coord, objectives: ['sécurité', 'scolarité'], placement }] });
  if (t.approvals.includes('CARE_PLAN')) s = await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });
  expect(s.stage).toBe('FOLLOW_UP');
  // the plan named no service: the template's defaults are its proposal
  const planned = (await handle.query(timelineQuery)).find((e) => e.type === 'CARE_PLAN_SUBMITTED');
  expect(planned?.data?.services).toEqual(t.defaultServices);
  const reviews = [...reviewsOn(t, 'CARE_PLAN_APPROVED'), ...(placement === 'INSTITUTION' ? reviewsOn(t, 'IN_INSTITUTION') : [])].sort();
  expect(steps(s)).toEqual(reviews);

  if (reviewsOn(t, 'DEPRIVED_OF_LIBERTY').length) {
    s = await handle.executeUpdate(recordLibertyUpdate, { args: [{ actor: liaison, deprived: true }] });
    expect(steps(s)).toEqual([...reviews, 'LIBERTY_REVIEW'].sort());
    const before = s.openSteps.find((x) => x.step === 'LIBERTY_REVIEW')!;
    s = await handle.executeUpdate(recordReviewUpdate, { args: [{ actor: liaison, kind: 'LIBERTY', summary: 'visite au centre' }] });
    // recorded, and the next one is due
    expect(s.openSteps.find((x) => x.step === 'LIBERTY_REVIEW')?.key).not.toBe(before.key);
    s = await handle.executeUpdate(recordLibertyUpdate, { args: [{ actor: coord, deprived: false }] });
    expect(steps(s)).toEqual(reviews);
    expect(h.store.eventsOf(input.caseId, 'REVIEW').map((e) => e.data?.kind)).toEqual(['LIBERTY']);
  }

  await handle.executeUpdate(closeUpdate, { args: [{ actor: coord, reason: 'NO_LONGER_AT_RISK' }] });
  s = await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CLOSURE' }] });
  expect({ status: s.status, open: s.openSteps }).toEqual({ status: 'CLOSED', open: [] });
  await settle(h);
  if (options.fixture) await recordFixture(handle, options.fixture);
}

/** The first deadline the template itself sets passes: its ladder's first level is alerted. */
async function missFirstDeadline(h: Harness, t: PathwayTemplate): Promise<void> {
  const input = caseInput({ category: t.category, riskLevel: 'MEDIUM', template: t });
  const handle = await startCase(h, input);
  const step = t.prosecutor.inform === 'AT_REPORT' ? 'PROSECUTOR_REPORT' : seesChildFirst(t) ? 'CHILD_SEEN' : 'ACKNOWLEDGEMENT';
  if (step !== 'ACKNOWLEDGEMENT') await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
  const due = (await state(handle)).openSteps.find((x) => x.step === step)!;
  expect(h.store.escalationsOf(input.caseId, step)).toEqual([]);
  await sleepUntil(h, Date.parse(due.dueAt!) + MINUTE);
  const alerted = h.store.escalationsOf(input.caseId, step);
  expect(alerted.map((e) => e.level)).toEqual([0]);
  expect((await state(handle)).openSteps.find((x) => x.step === step)).toMatchObject({ key: due.key, overdue: true, level: 0 });
}

describe.each(CATEGORY_CODES.map((c) => [c, codifiedTemplate(c)] as const))('the %s template (version 2)', (category, t) => {
  test(
    'walks its happy path from the report to closure',
    workflowTest((h) => walk(h, t, { fixture: category === 'BEGGING_EXPLOITATION' || category === 'CONFLICT_WITH_LAW' ? `case-template-${category.toLowerCase()}` : undefined })),
  );
  test('misses the first deadline it sets, and the ladder alerts', workflowTest((h) => missFirstDeadline(h, t)));
});

// version 1 (the generic pathway, as every category ran before templates): its first deadline missed, then walked to closure
test.each(CATEGORY_CODES.map((c) => [c, genericTemplate(c)] as const))(
  'the %s template (version 1) misses its first deadline, then walks to closure',
  (_category, t) => workflowTest((h) => walk(h, t, { missFirst: true }))(),
);

test(
  'a pathway without a template runs the generic version 1 of its category, and so does version 1 given',
  workflowTest(async (h) => {
    const bare = await startCase(h, caseInput({ category: 'BEGGING_EXPLOITATION', riskLevel: 'MEDIUM' }));
    const pinned = await startCase(h, caseInput({ category: 'BEGGING_EXPLOITATION', riskLevel: 'MEDIUM', template: genericTemplate('BEGGING_EXPLOITATION') }));
    const [a, b] = [await state(bare), await state(pinned)];
    expect([steps(a), a.track, a.template ?? null]).toEqual([['ACKNOWLEDGEMENT', 'PROSECUTOR_REPORT'], 'JUDICIAL', null]);
    expect([steps(b), b.track, b.template?.version]).toEqual([['ACKNOWLEDGEMENT', 'PROSECUTOR_REPORT'], 'JUDICIAL', 1]);
    // v1 never asks to see the child first at a MEDIUM risk; v2 of begging does
    expect((await bare.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] })).stage).toBe('ASSESSMENT');
    expect((await pinned.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] })).stage).toBe('ASSESSMENT');
  }),
);

test(
  'a coordinator moves a running case to a newer version; an older one, another province or a weaker role is refused',
  workflowTest(async (h) => {
    const input = caseInput({ category: 'NEGLECT', riskLevel: 'MEDIUM', template: genericTemplate('NEGLECT') });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    const v2 = codifiedTemplate('NEGLECT');
    await expectForbidden(handle.executeUpdate(moveToTemplateUpdate, { args: [{ actor: actors.provider(), template: v2 }] }));
    await expectForbidden(handle.executeUpdate(moveToTemplateUpdate, { args: [{ actor: actors.coordinator('MEKNES'), template: v2 }] }));
    await expectRefused(handle.executeUpdate(moveToTemplateUpdate, { args: [{ actor: coord, template: genericTemplate('NEGLECT') }] }), /already runs version 1/);
    await expectRefused(handle.executeUpdate(moveToTemplateUpdate, { args: [{ actor: coord, template: codifiedTemplate('STREET_SITUATION') }] }), /is for STREET_SITUATION/);
    const s = await handle.executeUpdate(moveToTemplateUpdate, { args: [{ actor: coord, template: v2 }] });
    expect(s.template?.version).toBe(2);
    expect(h.store.eventsOf(input.caseId, 'TEMPLATE_MOVED').map((e) => [e.data?.from, e.data?.to, e.data?.by])).toEqual([[1, 2, coord.userId]]);
    await settle(h);
    await recordFixture(handle, 'case-template-moved');
  }),
);

test(
  'a move is refused while a step the new version does not have is open',
  workflowTest(async (h) => {
    const t = codifiedTemplate('CONFLICT_WITH_LAW');
    const handle = await startCase(h, caseInput({ category: 'CONFLICT_WITH_LAW', riskLevel: 'MEDIUM', template: t }));
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(recordLibertyUpdate, { args: [{ actor: liaison, deprived: true }] });
    const v3: PathwayTemplate = { ...t, version: 3, reviews: t.reviews.filter((r) => r.step !== 'LIBERTY_REVIEW'), indicators: t.indicators.filter((i) => i !== 'review_visits_per_year') };
    await expectRefused(handle.executeUpdate(moveToTemplateUpdate, { args: [{ actor: coord, template: v3 }] }), /LIBERTY_REVIEW is open and version 3 has no such step/);
    // an invalid template is refused with the domain's reasons
    const broken: PathwayTemplate = { ...t, version: 3, phases: t.phases.map((p) => ({ ...p, next: p.next.filter((n) => n !== 'CLOSE') })) };
    await expectRefused(handle.executeUpdate(moveToTemplateUpdate, { args: [{ actor: coord, template: broken }] }), /never closes/);
    expect((await state(handle)).template?.version).toBe(2);
  }),
);
