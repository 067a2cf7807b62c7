// Pathway templates over HTTP with the real stack: a template that never
// closes is refused with the reasons (422, nothing stored); a committee edits
// its own province's override only; the override wins over the national
// default for new cases while a running case keeps its version until its
// coordinator moves it (audited; a weaker role or another province refused);
// and two codified templates end to end with real alert delivery: begging (a
// mobile unit's report, the prosecutor's report owed and its alert in the
// SMTP sink) and conflict with the law (a liberty review missed, alerted,
// then recorded and counted as a visit).
import { codifiedTemplate, type PathwayTemplate } from '../../libs/domain/templates';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const since = new Date();
// the province whose overrides and category-specific deadlines this file sets
const CASA = 'CASABLANCA';
const token = (id: string) => stack.token(id);

/** A template body as the admin API takes it (its version is the API's to number). */
const bodyOf = (t: PathwayTemplate, provinceCode: string | null) => {
  const { version, ...rest } = t;
  void version;
  return { ...rest, provinceCode };
};

async function publishOverride(category: PathwayTemplate['category']): Promise<number> {
  const committee = await token('u-casablanca-committee');
  const created = await api.post('/api/v1/admin/templates', bodyOf(codifiedTemplate(category), CASA), committee);
  expect(created.status).toBe(201);
  const published = await api.post(`/api/v1/admin/templates/${created.body.id}/publish`, {}, committee);
  expect(published.status).toBe(200);
  return published.body.version as number;
}

const report = (over: Record<string, unknown>) => ({
  provinceCode: CASA,
  entryPoint: 'GREEN_LINE',
  riskLevel: 'MEDIUM',
  narrative: 'enfant signalé',
  child: { firstName: 'Hamza', lastName: 'Templates', dateOfBirth: '2013-04-02' },
  fileAsNew: true,
  ...over,
});

async function fileReport(over: Record<string, unknown>): Promise<{ caseId: string; reference: string }> {
  const r = await api.post('/api/v1/reports', report(over), await token('u-casablanca-intake'));
  expect(r.status).toBe(201);
  return r.body;
}

const openSteps = async (caseId: string) => (await stack.db.openStep.findMany({ where: { caseId, status: 'OPEN' } })).map((s) => s.step).sort();

beforeAll(async () => {
  stack = await startStack({ alerts: true });
  api = http(stack.baseUrl);
  const admin = await token('u-national-admin');
  // deadlines of seconds for the categories this file walks, in its province only
  for (const [category, step, duration] of [
    ['BEGGING_EXPLOITATION', 'PROSECUTOR_REPORT', 'PT3S'],
    ['BEGGING_EXPLOITATION', 'ESCALATION_INTERVAL', 'PT1H'],
    ['CONFLICT_WITH_LAW', 'LIBERTY_REVIEW', 'PT3S'],
    ['CONFLICT_WITH_LAW', 'ESCALATION_INTERVAL', 'PT1H'],
  ]) {
    const r = await api.put('/api/v1/policies', { provinceCode: CASA, category, riskLevel: null, step, duration }, admin);
    expect(r.status).toBe(200);
  }
});
afterAll(async () => {
  await stack?.stop();
});

test('a template that never closes or opens an unreachable step is refused with the reasons, and nothing is stored', async () => {
  const admin = await token('u-national-admin');
  const before = await stack.db.pathwayTemplate.count();
  const t = codifiedTemplate('NEGLECT');
  const never = { ...bodyOf(t, null), phases: t.phases.map((p) => ({ ...p, next: p.next.filter((n) => n !== 'CLOSE') })) };
  const r = await api.post('/api/v1/admin/templates', never, admin);
  expect(r.status).toBe(422);
  expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(r.body.errors).toEqual([{ field: 'phases', message: 'the pathway never closes: no phase leads to CLOSE' }]);
  const unreachable = { ...bodyOf(t, null), phases: [...t.phases, { step: 'REORIENTATION', next: ['CLOSE'] }] };
  const u = await api.post('/api/v1/admin/templates', unreachable, admin);
  expect(u.status).toBe(422);
  expect(u.body.errors).toEqual([{ field: 'phases[6].step', message: 'REORIENTATION cannot be reached from the report' }]);
  // an unknown step never reaches the domain: the schema names the field
  const unknown = await api.post('/api/v1/admin/templates', { ...bodyOf(t, null), phases: [{ step: 'SERVICE_BEGIN', entry: true, next: ['CLOSE'] }] }, admin);
  expect(unknown.status).toBeGreaterThanOrEqual(400);
  expect(JSON.stringify(unknown.body.errors)).toContain('phases');
  expect(await stack.db.pathwayTemplate.count()).toBe(before);
});

test('a committee edits its own province’s override, not the national default nor another province', async () => {
  const committee = await token('u-casablanca-committee');
  const body = bodyOf(codifiedTemplate('ONLINE_RISK'), CASA);
  expect((await api.post('/api/v1/admin/templates', { ...body, provinceCode: null }, committee)).status).toBe(403);
  expect((await api.post('/api/v1/admin/templates', { ...body, provinceCode: 'MEKNES' }, committee)).status).toBe(403);
  expect((await api.post('/api/v1/admin/templates', body, await token('u-casablanca-coordinator'))).status).toBe(403);
  const ok = await api.post('/api/v1/admin/templates', body, committee);
  expect(ok.status).toBe(201);
  expect(ok.body).toMatchObject({ provinceCode: CASA, status: 'DRAFT', version: 3, template: { category: 'ONLINE_RISK', version: 3 } });
  expect((await api.post(`/api/v1/admin/templates/${ok.body.id}/publish`, {}, await token('u-meknes-committee'))).status).toBe(403);
  const audit = await stack.db.auditEntry.findMany({ where: { actorId: 'u-casablanca-committee', resource: `template/${ok.body.id}` } });
  expect(audit.map((a) => a.action)).toEqual(['template.province.edit']);
});

test('the provincial override wins for new cases; a running case keeps its version until its coordinator moves it (audited)', async () => {
  const first = await fileReport({ category: 'TRAFFICKING' });
  expect((await stack.db.case.findUniqueOrThrow({ where: { id: first.caseId } })).templateVersion).toBe(1);
  await eventually(async () => (await openSteps(first.caseId)).length === 2);
  expect(await openSteps(first.caseId)).toEqual(['ACKNOWLEDGEMENT', 'PROSECUTOR_REPORT']);

  const version = await publishOverride('TRAFFICKING');
  expect(version).toBe(3);
  const second = await fileReport({ category: 'TRAFFICKING', child: { firstName: 'Idriss', lastName: 'Templates', dateOfBirth: '2012-02-02' } });
  expect((await stack.db.case.findUniqueOrThrow({ where: { id: second.caseId } })).templateVersion).toBe(3);
  // version 3 sees the child first whatever the risk
  await eventually(async () => (await openSteps(second.caseId)).length === 3);
  expect(await openSteps(second.caseId)).toEqual(['ACKNOWLEDGEMENT', 'CHILD_SEEN', 'PROSECUTOR_REPORT']);
  expect(await openSteps(first.caseId)).toEqual(['ACKNOWLEDGEMENT', 'PROSECUTOR_REPORT']);

  const move = (who: string) => api.post(`/api/v1/cases/${first.caseId}/template`, {}, who);
  expect((await move(await token('u-casablanca-provider-upe'))).status).toBe(403);
  expect((await move(await token('u-meknes-coordinator'))).status).toBe(403);
  const moved = await move(await token('u-casablanca-coordinator'));
  expect(moved.status).toBe(200);
  expect(moved.body.template).toMatchObject({ version: 3, provinceCode: CASA });
  expect((await stack.db.case.findUniqueOrThrow({ where: { id: first.caseId } })).templateVersion).toBe(3);
  // once on it, the same version again is a conflict with the reason
  const again = await move(await token('u-casablanca-coordinator'));
  expect(again.status).toBe(409);
  expect(again.body.detail).toMatch(/already runs version 3/);
  const audit = await stack.db.auditEntry.findMany({ where: { caseId: first.caseId, action: 'case.template.move' }, orderBy: { at: 'asc' } });
  // the refusals too: a provider, another province's coordinator, then the move, then the same move again
  expect(audit.map((a) => [a.actorId, a.outcome.startsWith('REFUSED') ? 'REFUSED' : a.outcome])).toEqual([
    ['u-casablanca-provider-upe', 'REFUSED'],
    ['u-meknes-coordinator', 'REFUSED'],
    ['u-casablanca-coordinator', 'OK'],
    ['u-casablanca-coordinator', 'REFUSED'],
  ]);
  const events = await stack.db.pathwayEvent.findMany({ where: { caseId: first.caseId, type: 'TEMPLATE_MOVED' } });
  expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ from: 1, to: 3, by: 'u-casablanca-coordinator' })]);
});

test('an unmerged case runs its own template again: its new run is started from the case’s rows, as any run is', async () => {
  // the same boy filed twice as new, both under the province's override (version 3: the child seen first)
  const child = { firstName: 'Yassine', lastName: 'Unmerge', dateOfBirth: '2011-03-03' };
  const survivor = await fileReport({ category: 'TRAFFICKING', child });
  const duplicate = await fileReport({ category: 'TRAFFICKING', child });
  expect((await stack.db.case.findUniqueOrThrow({ where: { id: duplicate.caseId } })).templateVersion).toBe(3);
  await eventually(async () => (await openSteps(duplicate.caseId)).includes('CHILD_SEEN'));
  const merged = await api.post(`/api/v1/cases/${survivor.caseId}/merge`, { duplicateCaseId: duplicate.caseId, reason: 'doublon' }, await token('u-casablanca-head'));
  expect(merged.status).toBe(200);
  await eventually(async () => (await openSteps(duplicate.caseId)).length === 0);

  const undone = await api.post(`/api/v1/cases/${duplicate.caseId}/unmerge`, { reason: 'deux enfants' }, await token('u-national-admin'));
  expect(undone.status).toBe(200);
  // version 3 again, not the generic version 1 (which would not see the child first)
  await eventually(async () => (await openSteps(duplicate.caseId)).includes('PROSECUTOR_REPORT'));
  expect(await openSteps(duplicate.caseId)).toEqual(['ACKNOWLEDGEMENT', 'CHILD_SEEN', 'PROSECUTOR_REPORT']);
});

test('begging: a mobile unit’s report names its team and place, the prosecutor’s report is owed at once and its missed deadline reaches the mail', async () => {
  await publishOverride('BEGGING_EXPLOITATION');
  const intake = await token('u-casablanca-intake');
  const missing = await api.post('/api/v1/reports', report({ category: 'BEGGING_EXPLOITATION', entryPoint: 'MOBILE_UNIT' }), intake);
  expect(missing.status).toBeGreaterThanOrEqual(400);
  expect(JSON.stringify(missing.body.errors)).toContain('fieldTeam');

  const { caseId, reference } = await fileReport({ category: 'BEGGING_EXPLOITATION', entryPoint: 'MOBILE_UNIT', fieldTeam: { team: 'Unité mobile 3', place: 'Place des Nations Unies' } });
  const row = await stack.db.report.findFirstOrThrow({ where: { caseId } });
  expect(row.fieldTeam).toEqual({ team: 'Unité mobile 3', place: 'Place des Nations Unies' });
  await eventually(async () => (await openSteps(caseId)).includes('PROSECUTOR_REPORT'));
  expect(await openSteps(caseId)).toEqual(['ACKNOWLEDGEMENT', 'CHILD_SEEN', 'PROSECUTOR_REPORT']);

  // three seconds on, the province's coordinators hear the report to the prosecutor is overdue
  const delivery = await eventually(
    async () => stack.db.delivery.findFirst({ where: { caseId, step: 'PROSECUTOR_REPORT', level: 0, channel: 'EMAIL', status: { in: ['SENT', 'DELIVERED'] } } }),
    { timeoutMs: 20_000 },
  );
  const mail = await eventually(async () => stack.smtp!.to(delivery.address).find((m) => m.mail.subject?.includes(reference)), { timeoutMs: 15_000 });
  expect(mail.raw).not.toContain('Hamza');
  const done = await api.post(`/api/v1/cases/${caseId}/prosecutor-report`, { reference: 'PR-2026-17' }, await token('u-casablanca-coordinator'));
  expect(done.status).toBe(200);
  expect(done.body.prosecutorReported).toBe(true);
});

test('conflict with the law: a child deprived of liberty is reviewed; a missed review is alerted, a recorded one counts as a visit', async () => {
  await publishOverride('CONFLICT_WITH_LAW');
  const { caseId, reference } = await fileReport({ category: 'CONFLICT_WITH_LAW', entryPoint: 'POLICE' });
  await eventually(async () => (await openSteps(caseId)).length === 1);
  // the prosecutor is already seized: no report owed; the judicial track from the start
  expect(await openSteps(caseId)).toEqual(['ACKNOWLEDGEMENT']);
  expect((await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).track).toBe('JUDICIAL');
  const coordinator = await token('u-casablanca-coordinator');
  const liaison = await token('u-casablanca-liaison');
  expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, coordinator)).status).toBe(200);
  expect((await api.post(`/api/v1/cases/${caseId}/liberty`, { deprived: true }, await token('u-casablanca-provider-upe'))).status).toBe(403);
  const detained = await api.post(`/api/v1/cases/${caseId}/liberty`, { deprived: true }, liaison);
  expect(detained.status).toBe(200);
  expect(detained.body.openSteps.map((s: { step: string }) => s.step)).toContain('LIBERTY_REVIEW');

  const delivery = await eventually(
    async () => stack.db.delivery.findFirst({ where: { caseId, step: 'LIBERTY_REVIEW', level: 0, channel: 'EMAIL', status: { in: ['SENT', 'DELIVERED'] } } }),
    { timeoutMs: 20_000 },
  );
  expect(delivery.recipientId).toBe('u-casablanca-coordinator');
  await eventually(async () => stack.smtp!.to(delivery.address).find((m) => m.mail.subject?.includes(reference)), { timeoutMs: 15_000 });

  const reviewed = await api.post(`/api/v1/cases/${caseId}/reviews`, { kind: 'LIBERTY', summary: 'Visite au centre de sauvegarde' }, liaison);
  expect(reviewed.status).toBe(200);
  const visits = await eventually(async () => {
    const r = await api.get(`/api/v1/indicators?provinceCode=${CASA}&from=${since.toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`, await token('u-national-supervisor'));
    return r.body.rows?.find((x: { indicator: string; dimension: string }) => x.indicator === 'review_visits_per_year' && x.dimension === 'LIBERTY');
  });
  expect(visits.value).toBeGreaterThan(0);
});
