// GET /cases/:id/timeline reads the TimelineEntry rows the pathway writes with
// each note (no query that replays the run); a pathway whose runs predate the
// rows is answered by its query; only the roles and the province of the case.
import { PathwayGateway } from '../../apps/api/src/pathway/pathway.gateway';
import { timelineQuery, type TimelineEntry } from '../../workflows/case.messages';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-meknes-coordinator']) t[u] = await stack.token(u);
});
afterAll(async () => {
  await stack?.stop();
});

test('the timeline is the rows the pathway wrote, in order: what its query answers; without rows, the query answers', async () => {
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'MEDIUM', narrative: 'Enfant seul la nuit', child: { firstName: 'Yasmine', lastName: `Chrono-${Date.now().toString(36)}`, sex: 'F', dateOfBirth: '2016-03-12' }, fileAsNew: true },
    t['u-tanger-intake'],
  );
  expect(created.status).toBe(201);
  const { caseId, workflowId } = created.body as { caseId: string; workflowId: string };
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId } })) > 0);
  expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, t['u-tanger-coordinator'])).status).toBe(200);

  const res = await api.get(`/api/v1/cases/${caseId}/timeline`, t['u-tanger-coordinator']);
  expect(res.status).toBe(200);
  const items = res.body.items as TimelineEntry[];
  expect(items.map((e) => e.type)).toEqual(expect.arrayContaining(['REPORTED', 'ACKNOWLEDGED']));
  expect(items.find((e) => e.type === 'ACKNOWLEDGED')?.by).toMatchObject({ userId: 'u-tanger-coordinator', role: 'COORDINATOR' });
  const queried = await stack.app.get(PathwayGateway).query(workflowId, timelineQuery);
  expect(items).toEqual(queried);
  expect(await stack.db.timelineEntry.count({ where: { caseId } })).toBe(items.length);

  // the answer is the rows': one more row, one more entry
  const last = await stack.db.timelineEntry.findFirstOrThrow({ where: { caseId }, orderBy: { seq: 'desc' } });
  await stack.db.timelineEntry.create({ data: { caseId, cycle: last.cycle, seq: last.seq + 1, at: new Date(last.at.getTime() + 1), type: 'ROW_READ' } });
  const again = await api.get(`/api/v1/cases/${caseId}/timeline`, t['u-tanger-coordinator']);
  expect((again.body.items as TimelineEntry[]).map((e) => e.type)).toEqual([...items.map((e) => e.type), 'ROW_READ']);

  // a pathway from before the rows (none written yet): its query answers, as before
  await stack.db.timelineEntry.deleteMany({ where: { caseId } });
  const fromQuery = await api.get(`/api/v1/cases/${caseId}/timeline`, t['u-tanger-coordinator']);
  expect(fromQuery.status).toBe(200);
  expect(fromQuery.body.items).toEqual(queried);

  // read by role and province, audited
  expect((await api.get(`/api/v1/cases/${caseId}/timeline`, t['u-meknes-coordinator'])).status).toBe(403);
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'case.timeline.read', outcome: 'OK' } })).toBe(3);
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'case.timeline.read', outcome: 'REFUSED' } })).toBe(1);
});
