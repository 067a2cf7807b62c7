import { CATEGORIES, CATEGORY_CODES } from './taxonomy';
import { codifiedTemplate, genericTemplate, nationalDefaults, validateTemplate, type PathwayTemplate } from './templates';

const begging = () => codifiedTemplate('BEGGING_EXPLOITATION');
const messages = (t: PathwayTemplate) => validateTemplate(t).map((p) => `${p.path}: ${p.message}`);

test('every national default is valid, two versions per category', () => {
  const all = nationalDefaults();
  expect(all).toHaveLength(CATEGORY_CODES.length * 2);
  for (const t of all) expect({ category: t.category, version: t.version, problems: messages(t) }).toEqual({ category: t.category, version: t.version, problems: [] });
});

test('version 1 is the generic pathway: the offence decides the track and the report to the prosecutor', () => {
  for (const c of CATEGORY_CODES) {
    const t = genericTemplate(c);
    expect([t.track, t.prosecutor.inform]).toEqual(CATEGORIES[c].offence ? ['JUDICIAL', 'AT_REPORT'] : ['SOCIAL', 'IF_REDIRECTED']);
    expect(t.phases).toEqual(genericTemplate('NEGLECT').phases);
  }
});

test('the begging plan: prosecutor at the report, the mother supported, the child at school and cared for, visits after the return', () => {
  const t = begging();
  expect(t.prosecutor.inform).toBe('AT_REPORT');
  expect(t.familyServices).toEqual(['FAMILY_SUPPORT', 'SOCIAL_AID']);
  expect(t.defaultServices).toEqual(['SCHOOLING', 'HEALTH']);
  expect(t.reintegration).toEqual({ visitEvery: 'P30D', visits: 6 });
  expect(t.phases.find((p) => p.step === 'CHILD_SEEN')?.when).toBe('ALWAYS');
  // conflict with the law: judicial, the prosecutor already seized, reviews while deprived of liberty
  const law = codifiedTemplate('CONFLICT_WITH_LAW');
  expect([law.track, law.prosecutor.inform]).toEqual(['JUDICIAL', 'NEVER']);
  expect(law.reviews.map((r) => r.step)).toContain('LIBERTY_REVIEW');
});

test('a step that cannot be reached is refused with the reason', () => {
  const t = begging();
  // a reorientation phase nothing leads to
  t.phases.push({ step: 'REORIENTATION', next: ['ASSESSMENT'] });
  expect(messages(t)).toEqual(['phases[6].step: REORIENTATION cannot be reached from the report']);
});

test('a template that never closes is refused with the reason', () => {
  const t = begging();
  t.phases = t.phases.map((p) => ({ ...p, next: p.next.filter((n) => n !== 'CLOSE') }));
  expect(messages(t)).toEqual(['phases: the pathway never closes: no phase leads to CLOSE']);
  // a loop with no way out, beside a branch that closes
  const loop = begging();
  loop.phases.push({ step: 'REORIENTATION', next: ['REORIENTATION'] });
  loop.phases[0].next.push('REORIENTATION');
  expect(messages(loop)).toEqual(['phases[6].next: the pathway never closes after REORIENTATION']);
});

test('unknown steps, services, subjects, indicators and bad durations are each refused where they are', () => {
  const t = begging() as unknown as Record<string, unknown> & PathwayTemplate;
  t.phases[5] = { step: 'SERVICE_BEGIN' as never, next: ['CLOSE'] };
  t.defaultServices = ['SCHOOLING', 'CIRCUS' as never];
  t.approvals = ['ASSESSMENT', 'BUDGET' as never, 'CLOSURE'];
  t.reviews = [{ step: 'CASE_REVIEW', when: 'CARE_PLAN_APPROVED', every: 'monthly' }];
  t.reintegration = { visitEvery: 'P1M', visits: 0 };
  t.courtReportEvery = '90 days';
  t.indicators = [...t.indicators, 'happiness'];
  expect(messages(t)).toEqual([
    'approvals[1]: unknown approval subject "BUDGET"',
    'defaultServices[1]: unknown service "CIRCUS"',
    `indicators[${t.indicators.length - 1}]: unknown indicator "happiness"`,
    'reviews[0].every: not an ISO 8601 duration: "monthly"',
    'reintegration.visits: at least one follow-up visit',
    'courtReportEvery: not an ISO 8601 duration: "90 days"',
    'phases[4].next[0]: SERVICE_START is not a phase of this template',
    'phases[5].step: unknown step "SERVICE_BEGIN"',
  ]);
});

test('a closure is always approved, and a template that informs the prosecutor counts it', () => {
  const t = begging();
  t.approvals = ['ASSESSMENT'];
  t.indicators = t.indicators.filter((i) => i !== 'prosecutor_reports');
  expect(messages(t)).toEqual(['approvals: a closure is always approved by the head of centre', 'indicators: a template that informs the prosecutor feeds prosecutor_reports']);
});
