// A case's reference is 32 bits of its id (caseReference): at national volume two new cases
// draw the same one within a year. The second report must still open its case: it draws
// another id, and the attempt that collided leaves nothing behind.
import { CreateReportUseCase } from '../../apps/api/src/reports/create-report.use-case';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
let intake: string;

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  intake = await stack.token('u-tanger-intake');
});
afterAll(async () => {
  jest.restoreAllMocks();
  await stack?.stop();
});

const report = (firstName: string, lastName: string) => ({
  provinceCode: 'TANGER_ASSILAH',
  entryPoint: 'SCHOOL',
  category: 'NEGLECT',
  riskLevel: 'LOW',
  narrative: 'Absences répétées',
  child: { firstName, lastName, sex: 'M', dateOfBirth: '2013-03-21' },
  fileAsNew: true,
});

test('a new case whose id draws a reference already taken draws another: 201, its own reference, nothing left of the attempt', async () => {
  const first = await api.post('/api/v1/reports', report('Yassine', 'Reference-Un'), intake);
  expect(first.status).toBe(201);
  // an id of its own whose first 8 hex digits are the first case's: the same reference
  const colliding = `${first.body.caseId.slice(0, 8)}-0000-4000-8000-${'0'.repeat(12)}`;
  expect(colliding).not.toBe(first.body.caseId);
  const draws = jest.spyOn(CreateReportUseCase.prototype as unknown as { drawCaseId(): string }, 'drawCaseId').mockReturnValueOnce(colliding);
  const children = await stack.db.child.count();

  const headers = { 'idempotency-key': 'case-reference-collision-1' };
  const second = await api.post('/api/v1/reports', report('Yassine', 'Reference-Deux'), intake, headers);
  expect(second.status).toBe(201);
  expect(draws).toHaveBeenCalledTimes(2);
  expect(second.body.caseId).not.toBe(colliding);
  expect(second.body.reference).not.toBe(first.body.reference);
  expect(second.body.reference).toBe(`MSR-${new Date().getUTCFullYear()}-${second.body.caseId.slice(0, 8).toUpperCase()}`);
  // the attempt that collided wrote nothing: no case, one child more, one report and one audit entry for the case
  expect(await stack.db.case.findUnique({ where: { id: colliding } })).toBeNull();
  expect(await stack.db.child.count()).toBe(children + 1);
  expect(await stack.db.report.count({ where: { caseId: second.body.caseId } })).toBe(1);
  expect(await stack.db.auditEntry.count({ where: { caseId: second.body.caseId, action: 'report.create' } })).toBe(1);
  // its pathway runs, and the same key answers the same case
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId: second.body.caseId, step: 'ACKNOWLEDGEMENT' } })) === 1);
  const again = await api.post('/api/v1/reports', report('Yassine', 'Reference-Deux'), intake, headers);
  expect(again.body).toMatchObject({ caseId: second.body.caseId, reference: second.body.reference });
});
