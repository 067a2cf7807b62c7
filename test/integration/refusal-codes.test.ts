// A refused action over HTTP carries the stable code of its refusal
// (libs/domain/refusals.ts) next to the English detail API clients already
// read: from the pathway's validators (through Temporal) and from a use case.
import { REFUSAL_CODES } from '../../libs/domain/refusals';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-national-supervisor']) t[u] = await stack.token(u);
});
afterAll(async () => {
  await stack?.stop();
});

const act = (caseId: string, action: string, body: unknown) => api.post(`/api/v1/cases/${caseId}/${action}`, body, t['u-tanger-coordinator']);

function expectRefusal(r: { status: number; headers: Headers; body: any }, code: string, detail: RegExp) {
  expect(r.status).toBe(409);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.body).toMatchObject({ status: 409, type: 'https://masar.ma/problems/conflict', code, detail: expect.stringMatching(detail) });
  expect(REFUSAL_CODES).toContain(r.body.code);
}

test('the pathway’s refusals carry their code: not acknowledged yet, a stage the pathway does not go to, a step no longer awaited', async () => {
  const report = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'HIGH', narrative: 'Absences répétées', child: { firstName: 'Nour', sex: 'F', dateOfBirth: '2014-05-02' }, fileAsNew: true },
    t['u-tanger-intake'],
  );
  expect(report.status).toBe(201);
  const { caseId } = report.body as { caseId: string };
  await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, t['u-tanger-coordinator'])).body.pathway?.openSteps?.length > 0);

  expectRefusal(await act(caseId, 'integration', { kind: 'SCHOOL' }), 'not_acknowledged', /must be acknowledged first/);
  expect((await act(caseId, 'acknowledge', {})).status).toBe(200);
  expectRefusal(await act(caseId, 'acknowledge', {}), 'step_not_awaited', /acknowledg/i);
  expectRefusal(await act(caseId, 'integration', { kind: 'SCHOOL' }), 'stage_not_allowed', /the pathway does not go from URGENT_PROTECTION to INTEGRATION/);
  // nothing the refusals asked for happened
  expect((await api.get(`/api/v1/cases/${caseId}`, t['u-tanger-coordinator'])).body.pathway.stage).toBe('URGENT_PROTECTION');
});

test('a use case’s conflict carries its code: a complaint answered twice', async () => {
  const c = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', channel: 'LETTER', text: 'Délais trop longs.' }, t['u-tanger-coordinator']);
  expect(c.status).toBe(201);
  const answer = () => api.post(`/api/v1/complaints/${c.body.id}/response`, { response: 'Réponse écrite envoyée.' }, t['u-national-supervisor']);
  expect((await answer()).status).toBe(200);
  expectRefusal(await answer(), 'already_answered', /already been answered/);
});
