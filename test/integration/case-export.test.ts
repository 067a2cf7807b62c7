// A data-subject request: the case's record and timeline as one JSON document,
// for the roles that hold the file, audited, without third parties' details.
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-tanger-delegate', 'u-meknes-coordinator', 'u-national-auditor']) t[u] = await stack.token(u);
});
afterAll(async () => {
  await stack?.stop();
});

test('the coordinator exports the file: child, reports, steps and timeline, not the reporter; the export is audited', async () => {
  const created = await api.post(
    '/api/v1/reports',
    {
      provinceCode: 'TANGER_ASSILAH',
      entryPoint: 'GREEN_LINE',
      category: 'NEGLECT',
      riskLevel: 'MEDIUM',
      narrative: 'Enfant seul la nuit, voisins inquiets',
      reporter: { name: 'Voisine Fatima', phone: '+212600112233' },
      child: { firstName: 'Nora', lastName: 'Haddad', sex: 'F', dateOfBirth: '2015-06-01' },
    },
    t['u-tanger-intake'],
  );
  expect(created.status).toBe(201);
  const { caseId, reference } = created.body;
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId } })) > 0);
  expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, t['u-tanger-coordinator'])).status).toBe(200);

  const res = await api.get(`/api/v1/cases/${caseId}/export`, t['u-tanger-coordinator']);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="masar-${reference}.json"`);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const file = res.body;
  expect(file.case).toMatchObject({ id: caseId, reference, provinceCode: 'TANGER_ASSILAH' });
  expect(file.child).toMatchObject({ firstName: 'Nora', lastName: 'Haddad', dateOfBirth: '2015-06-01' });
  expect(file.reports).toEqual([expect.objectContaining({ narrative: 'Enfant seul la nuit, voisins inquiets', entryPoint: 'GREEN_LINE' })]);
  expect(file.steps.map((s: { step: string; status: string }) => [s.step, s.status])).toContainEqual(['ACKNOWLEDGEMENT', 'DONE']);
  expect(file.timeline.map((e: { type: string }) => e.type)).toContain('ACKNOWLEDGED');
  expect(res.text).not.toContain('Voisine Fatima');
  expect(res.text).not.toContain('+212600112233');
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'case.export', actorId: 'u-tanger-coordinator' } })).toBe(1);

  // Not for roles that do not hold the file, nor outside the province.
  expect((await api.get(`/api/v1/cases/${caseId}/export`, t['u-tanger-delegate'])).status).toBe(403);
  expect((await api.get(`/api/v1/cases/${caseId}/export`, t['u-national-auditor'])).status).toBe(403);
  expect((await api.get(`/api/v1/cases/${caseId}/export`, t['u-meknes-coordinator'])).status).toBe(403);
  expect((await api.get('/api/v1/cases/00000000-0000-4000-8000-000000000000/export', t['u-tanger-coordinator'])).status).toBe(404);
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'case.export', outcome: 'OK' } })).toBe(1);
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'case.export', outcome: 'REFUSED' } })).toBe(3);
});
