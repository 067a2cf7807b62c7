// Complaints over HTTP: a complaint about a case gets a response deadline from
// the policy and its own escalation ladder; only the province's supervising
// authorities answer it, once.
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};
let caseId: string;

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-tanger-head', 'u-tanger-delegate', 'u-tanger-committee', 'u-meknes-delegate', 'u-national-supervisor']) t[u] = await stack.token(u);
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'HIGH', narrative: 'Absences répétées', child: { firstName: 'Ilyas', lastName: 'Amrani', sex: 'M', dateOfBirth: '2012-02-02' } },
    t['u-tanger-intake'],
  );
  expect(created.status).toBe(201);
  caseId = created.body.caseId;
});
afterAll(async () => {
  await stack?.stop();
});

const complaintRow = (id: string) => stack.db.complaint.findUniqueOrThrow({ where: { id } });

test('a complaint about a case has a response deadline from the policy and an open step; the delegate answers it once', async () => {
  const before = Date.now();
  const c = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', caseId, channel: 'GREEN_LINE', text: 'Personne ne rappelle la famille.' }, t['u-tanger-coordinator'], {
    'Idempotency-Key': `complaint-${caseId}`,
  });
  expect(c.status).toBe(201);
  expect(c.body.workflowId).toBe(`complaint-${c.body.id}`);
  // A retry is the same complaint, the same workflow.
  const again = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', caseId, channel: 'GREEN_LINE', text: 'Personne ne rappelle la famille.' }, t['u-tanger-coordinator'], {
    'Idempotency-Key': `complaint-${caseId}`,
  });
  expect(again.body.id).toBe(c.body.id);
  expect(await stack.db.complaint.count({ where: { caseId } })).toBe(1);

  // HIGH risk: 7 days by the default policy.
  const row = await eventually(async () => {
    const r = await complaintRow(c.body.id);
    return r.dueAt ? r : null;
  });
  expect(Math.round((row.dueAt!.getTime() - before) / 3_600_000)).toBe(7 * 24);
  const step = await stack.db.openStep.findFirstOrThrow({ where: { caseId, step: 'COMPLAINT_RESPONSE' } });
  expect(step).toMatchObject({ status: 'OPEN', level: -1 });
  const listed = await api.get('/api/v1/complaints?status=OPEN', t['u-tanger-committee']);
  expect(listed.body.items.find((i: { id: string }) => i.id === c.body.id)).toMatchObject({ status: 'OPEN', dueAt: row.dueAt!.toISOString() });

  const answer = (who: string, response = 'La famille a été rappelée, visite le 3.') =>
    api.post(`/api/v1/complaints/${c.body.id}/response`, { response }, t[who]);
  // The team complained about does not answer it; nor another province.
  expect((await answer('u-tanger-coordinator')).status).toBe(403);
  expect((await answer('u-tanger-head')).status).toBe(403);
  expect((await answer('u-meknes-delegate')).status).toBe(403);
  const bad = await answer('u-tanger-delegate', '   ');
  expect(bad.status).toBe(400);
  expect(bad.headers.get('content-type')).toContain('application/problem+json');

  const ok = await answer('u-tanger-delegate');
  expect(ok.status).toBe(200);
  expect(ok.body).toMatchObject({ id: c.body.id, status: 'ANSWERED', respondedBy: 'u-tanger-delegate' });
  await eventually(async () => (await complaintRow(c.body.id)).status === 'ANSWERED');
  expect(await complaintRow(c.body.id)).toMatchObject({ response: 'La famille a été rappelée, visite le 3.', respondedBy: 'u-tanger-delegate' });
  await eventually(async () => (await stack.db.openStep.findUniqueOrThrow({ where: { key: step.key } })).status === 'DONE');

  const twice = await answer('u-tanger-committee');
  expect(twice.status).toBe(409);
  expect(twice.body.detail).toMatch(/already been answered/);
  expect(await stack.db.auditEntry.count({ where: { action: 'complaint.respond', resource: `complaint/${c.body.id}`, outcome: 'OK' } })).toBe(1);
});

test('a complaint about the service in general (no case) is answered on its record; a case of another province is refused', async () => {
  const c = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', channel: 'LETTER', text: 'Délais trop longs au centre.' }, t['u-tanger-coordinator']);
  expect(c.status).toBe(201);
  expect(c.body.workflowId).toBeNull();
  const ok = await api.post(`/api/v1/complaints/${c.body.id}/response`, { response: 'Réponse écrite envoyée.' }, t['u-national-supervisor']);
  expect(ok.status).toBe(200);
  expect(await complaintRow(c.body.id)).toMatchObject({ status: 'ANSWERED', respondedBy: 'u-national-supervisor' });
  expect((await api.post(`/api/v1/complaints/${c.body.id}/response`, { response: 'encore' }, t['u-national-supervisor'])).status).toBe(409);
  expect((await api.post('/api/v1/complaints/00000000-0000-4000-8000-000000000000/response', { response: 'x' }, t['u-national-supervisor'])).status).toBe(404);

  const wrong = await api.post('/api/v1/complaints', { provinceCode: 'MEKNES', caseId, channel: 'API', text: 'x' }, t['u-national-supervisor']);
  expect(wrong.status).toBe(422);
  expect(wrong.body.errors[0].field).toBe('provinceCode');
});
