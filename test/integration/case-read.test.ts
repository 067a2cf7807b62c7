// GET /api/v1/cases/:id and its timeline read the pathway's view and notes from PostgreSQL, where the
// workflow writes them with each action's projections: no workflow query, so
// no history replays for a read, and the read answers with no worker at all.
import { http } from '../support/http';
import { eventually } from '../support/eventually';
import { startStack, type Stack } from '../support/stack';

let withWorker: Stack | undefined;
let apiOnly: Stack;

beforeAll(async () => {
  const taskQueue = `case-read-${Math.random().toString(36).slice(2, 8)}`;
  withWorker = await startStack({ taskQueue });
  apiOnly = await startStack({ taskQueue, worker: false });
});
afterAll(async () => {
  await withWorker?.stop();
  await apiOnly?.stop();
});

test('the case, its pathway and its timeline are read from PostgreSQL, with the state the last action left, while no worker runs', async () => {
  const api = http(withWorker!.baseUrl);
  const intake = await withWorker!.token('u-tanger-intake');
  const coordinator = await withWorker!.token('u-tanger-coordinator');
  const filed = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'UPE', category: 'NEGLECT', riskLevel: 'MEDIUM', narrative: 'Enfant seul la journée', child: { firstName: 'Salma', sex: 'F', dateOfBirth: '2014-02-03' }, fileAsNew: true },
    intake,
  );
  expect(filed.status).toBe(201);
  const { caseId } = filed.body as { caseId: string };
  await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, coordinator)).body.pathway?.openSteps?.some((s: { step: string; dueAt: string | null }) => s.step === 'ACKNOWLEDGEMENT' && s.dueAt));
  const ack = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, coordinator);
  expect(ack.status).toBe(200);

  // the only worker stops: a workflow query would now go unanswered
  await withWorker!.stop();
  withWorker = undefined;

  const read = await http(apiOnly.baseUrl).get(`/api/v1/cases/${caseId}`, coordinator);
  expect(read.status).toBe(200);
  expect(read.body.pathway.stage).toBe('ASSESSMENT');
  expect(read.body.pathway.assigneeId).toBe('u-tanger-coordinator');
  expect(read.body.pathway.openSteps.map((s: { step: string }) => s.step)).toEqual(['ASSESSMENT']);
  // the step the action opened carries the deadline the same batch resolved
  expect(read.body.pathway.openSteps[0].dueAt).toBe(ack.body.openSteps.find((s: { step: string }) => s.step === 'ASSESSMENT').dueAt);
  // and its timeline, from the rows the pathway wrote with the action
  const timeline = await http(apiOnly.baseUrl).get(`/api/v1/cases/${caseId}/timeline`, coordinator);
  expect(timeline.status).toBe(200);
  expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['REPORTED', 'ACKNOWLEDGED']));
});
