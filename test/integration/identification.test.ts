// Identification of a known child over HTTP, on the real PostgreSQL: a school
// then the police report the same girl; an Arabic spelling finds a Latin one;
// the same birth certificate attaches; another province sees initials only,
// audited; bad input changes nothing.
import { randomUUID } from 'node:crypto';
import { backfillChildKeys } from '../../prisma/seed/child-keys';
import { http } from '../support/http';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};
// Unique per run: the database is shared by every test file of the run.
const tag = Math.random().toString(36).slice(2, 7);
const family = `Zerhouni${tag}`;
const familyAr = `الزرهوني`;

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-rabat-intake', 'u-tanger-coordinator', 'u-rabat-coordinator']) t[u] = await stack.token(u);
});
afterAll(async () => {
  await stack?.stop();
});

const report = (child: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
  provinceCode: 'TANGER_ASSILAH',
  entryPoint: 'SCHOOL',
  category: 'NEGLECT',
  riskLevel: 'MEDIUM',
  narrative: 'Absences répétées, enfant seule le soir.',
  child,
  ...over,
});
const casesOf = (lastName: string) => stack.db.case.count({ where: { child: { lastName } } });

test('school then police: the second report gets the candidate and opens no second case until filed as new', async () => {
  const girl = { firstName: 'Yasmine', lastName: family, sex: 'F', dateOfBirth: '2014-05-20' };
  const school = await api.post('/api/v1/reports', report(girl), t['u-tanger-intake']);
  expect(school.status).toBe(201);
  expect(school.body.attached).toBe(false);

  const police = await api.post('/api/v1/reports', report({ ...girl, firstName: 'Yasmin' }, { entryPoint: 'POLICE' }), t['u-tanger-intake'], { 'Idempotency-Key': `police-${tag}` });
  expect(police.status).toBe(409);
  expect(police.headers.get('content-type')).toContain('application/problem+json');
  const first = police.body.candidates[0];
  expect(first).toMatchObject({ caseId: school.body.caseId, reference: school.body.reference, provinceCode: 'TANGER_ASSILAH', initials: 'Y. Z.', match: 'PROBABLE' });
  expect(first.score).toBeGreaterThanOrEqual(police.body.threshold);
  expect(first.reasons).toEqual(expect.arrayContaining(['same date of birth', 'same province']));
  expect(await casesOf(family)).toBe(1);

  // Intake chooses: attach (the same key may be reused: the 409 recorded nothing).
  const attached = await api.post('/api/v1/reports', report({ ...girl, firstName: 'Yasmin' }, { entryPoint: 'POLICE', attachToCaseId: first.caseId }), t['u-tanger-intake'], { 'Idempotency-Key': `police-${tag}` });
  expect(attached.status).toBe(201);
  expect(attached.body).toMatchObject({ caseId: school.body.caseId, attached: true });
  expect(await stack.db.report.count({ where: { caseId: school.body.caseId } })).toBe(2);
  expect(await casesOf(family)).toBe(1);

  // Or: another girl of the same name, filed as new.
  const other = await api.post('/api/v1/reports', report(girl, { fileAsNew: true }), t['u-tanger-intake']);
  expect(other.status).toBe(201);
  expect(other.body.caseId).not.toBe(school.body.caseId);
  expect(await casesOf(family)).toBe(2);
});

test('an Arabic spelling finds the child filed in Latin, first and last name swapped too', async () => {
  const latin = { firstName: 'Mohammed', lastName: `El Idrissi ${tag}`, sex: 'M', dateOfBirth: '2012-11-02' };
  const filed = await api.post('/api/v1/reports', report(latin), t['u-tanger-intake']);
  expect(filed.status).toBe(201);
  const arabic = await api.post('/api/v1/children/search', { firstName: 'مُحَمَّد', lastName: `الإدريسي ${tag}`, sex: 'M', estimatedAge: 13 }, t['u-tanger-intake']);
  expect(arabic.status).toBe(200);
  expect(arabic.body.candidates.map((c: { caseId: string }) => c.caseId)).toContain(filed.body.caseId);
  const swapped = await api.post('/api/v1/children/search', { firstName: `Idrissi ${tag}`, lastName: 'Mohamed', dateOfBirth: '2012-11-02' }, t['u-tanger-intake']);
  const hit = swapped.body.candidates.find((c: { caseId: string }) => c.caseId === filed.body.caseId);
  expect(hit.reasons).toContain('first and last name swapped');
  // Another boy altogether is not a candidate.
  const stranger = await api.post('/api/v1/children/search', { firstName: 'Karim', lastName: `Bennani ${tag}`, dateOfBirth: '2012-11-02' }, t['u-tanger-intake']);
  expect(stranger.body.candidates.map((c: { caseId: string }) => c.caseId)).not.toContain(filed.body.caseId);
});

test('the same birth certificate attaches the report, whatever the name says', async () => {
  const bc = `${Math.floor(Math.random() * 9000) + 1000}/2013`;
  const first = await api.post('/api/v1/reports', report({ firstName: 'Salma', lastName: `Tazi${tag}`, birthCertificateNo: bc }), t['u-tanger-intake']);
  expect(first.status).toBe(201);
  const again = await api.post('/api/v1/reports', report({ firstName: 'سلمى', birthCertificateNo: ` ${bc} ` }, { entryPoint: 'HOSPITAL' }), t['u-tanger-intake']);
  expect(again.status).toBe(201);
  expect(again.body).toMatchObject({ caseId: first.body.caseId, attached: true, matchedBy: ['same birth certificate'] });
});

test('another province sees reference, province, initials and age only, and the disclosure is audited', async () => {
  const child = { firstName: 'Hajar', lastName: familyAr + tag, motherName: 'فاطمة العلوي', sex: 'F', dateOfBirth: '2016-01-30' };
  const filed = await api.post('/api/v1/reports', report(child), t['u-tanger-intake']);
  expect(filed.status).toBe(201);
  const found = await api.post('/api/v1/children/search', { ...child, firstName: 'هاجر', motherName: 'Fatima Alaoui', provinceCode: 'RABAT' }, t['u-rabat-coordinator']);
  expect(found.status).toBe(200);
  const c = found.body.candidates.find((x: { caseId: string }) => x.caseId === filed.body.caseId);
  expect(Object.keys(c).sort()).toEqual(['age', 'ageEstimated', 'caseId', 'initials', 'match', 'provinceCode', 'reasons', 'reference', 'score']);
  expect(c).toMatchObject({ provinceCode: 'TANGER_ASSILAH', initials: 'H. Z.' });
  expect(JSON.stringify(found.body)).not.toMatch(/Hajar|هاجر|2016-01-30|فاطمة/);
  const audit = await stack.db.auditEntry.findMany({ where: { caseId: filed.body.caseId, action: 'child.search', actorId: 'u-rabat-coordinator' } });
  expect(audit).toHaveLength(1);
  expect(audit[0].outcome).toBe('CROSS_PROVINCE');
  // The full file stays behind the province rule.
  expect((await api.get(`/api/v1/cases/${filed.body.caseId}`, t['u-rabat-coordinator'])).status).toBe(403);
  // Attaching to it is refused to a coordinator of another province, and writes nothing.
  const refused = await api.post('/api/v1/reports', report(child, { provinceCode: 'RABAT', attachToCaseId: filed.body.caseId }), t['u-rabat-coordinator']);
  expect(refused.status).toBe(403);
  expect(await stack.db.report.count({ where: { caseId: filed.body.caseId } })).toBe(1);
});

test('bad input is a problem field by field and changes nothing', async () => {
  const before = await stack.db.child.count();
  const bad = await api.post(
    '/api/v1/reports',
    report({ firstName: 'Imane', lastName: `Kettani${tag}`, cnie: '12345', parentCnies: ['AB1', 'CD2', 'EF3'], birthCertificateNo: '<script>' }, { fileAsNew: true, attachToCaseId: '8f9c1f0e-7a8b-4c1d-9e2f-3a4b5c6d7e8f' }),
    t['u-tanger-intake'],
  );
  expect(bad.status).toBe(400);
  expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['child.birthCertificateNo', 'child.cnie', 'child.parentCnies']);
  const both = await api.post('/api/v1/reports', report({ firstName: 'Imane' }, { fileAsNew: true, attachToCaseId: '8f9c1f0e-7a8b-4c1d-9e2f-3a4b5c6d7e8f' }), t['u-tanger-intake']);
  expect(both.status).toBe(400);
  expect(both.body.errors).toEqual([expect.objectContaining({ field: 'fileAsNew', message: 'give at most one of caseId, attachToCaseId, caseReference and fileAsNew' })]);
  const unknownRef = await api.post('/api/v1/reports', report({ firstName: 'Imane' }, { caseReference: 'MSR-2020-00000000' }), t['u-tanger-intake']);
  expect(unknownRef.status).toBe(422);
  expect(unknownRef.body.errors).toEqual([{ field: 'caseReference', message: 'no case MSR-2020-00000000' }]);
  const empty = await api.post('/api/v1/children/search', { sex: 'F' }, t['u-tanger-intake']);
  expect(empty.status).toBe(400);
  expect(empty.body.errors[0].field).toBe('firstName');
  expect(await stack.db.child.count()).toBe(before);
  // A provider may not search.
  expect((await api.post('/api/v1/children/search', { firstName: 'Imane' }, await stack.token('u-tanger-provider-upe'))).status).toBe(403);
});

test('a child filed before identification existed is found once the seed has computed its keys', async () => {
  const child = await stack.db.child.create({ data: { firstName: 'Soukaina', lastName: `Filali${tag}`, sex: 'F', dateOfBirth: new Date('2013-02-02T00:00:00Z') } });
  const caseId = randomUUID();
  await stack.db.case.create({ data: { id: caseId, reference: `MSR-2020-${caseId.slice(0, 8).toUpperCase()}`, childId: child.id, provinceCode: 'TANGER_ASSILAH', category: 'NEGLECT', riskLevel: 'LOW', workflowId: `case-${caseId}` } });
  const ask = () => api.post('/api/v1/children/search', { firstName: 'سكينة', lastName: `Filali${tag}`, dateOfBirth: '2013-02-02' }, t['u-tanger-intake']);
  expect((await ask()).body.candidates.map((c: { caseId: string }) => c.caseId)).not.toContain(caseId);
  expect(await backfillChildKeys(stack.db)).toBeGreaterThanOrEqual(1);
  expect((await ask()).body.candidates.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
});
