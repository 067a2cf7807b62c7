// An action whose pathway no worker takes (every worker stopped, or all overloaded) is not a
// request left hanging: the API answers 503 with Retry-After once PATHWAY_UPDATE_WAIT_MS has
// passed, and the caller's retry with the same Idempotency-Key, once a worker is back, gets
// the one answer: the action is applied once.
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { http } from '../support/http';
import { eventually } from '../support/eventually';
import { startStack, type Stack } from '../support/stack';

const EventType = temporal.api.enums.v1.EventType;
const WAIT_MS = 1500;

const taskQueue = `pathway-wait-${Math.random().toString(36).slice(2, 8)}`;
let withWorker: Stack | undefined;
let apiOnly: Stack;
let connection: Connection;

beforeAll(async () => {
  withWorker = await startStack({ taskQueue });
  apiOnly = await startStack({ taskQueue, worker: false, env: { PATHWAY_UPDATE_WAIT_MS: String(WAIT_MS) } });
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
});
afterAll(async () => {
  await withWorker?.stop();
  await apiOnly?.stop();
  await connection?.close();
});

test('with no worker, an action is a 503 after the bounded wait; retried with its key once a worker is back, it is applied once', async () => {
  const api = http(apiOnly.baseUrl);
  const intake = await apiOnly.token('u-tanger-intake');
  const coordinator = await apiOnly.token('u-tanger-coordinator');
  const filed = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'UPE', category: 'NEGLECT', riskLevel: 'MEDIUM', narrative: 'Enfant seul la journée', child: { firstName: 'Nour', sex: 'F', dateOfBirth: '2015-06-03' }, fileAsNew: true },
    intake,
  );
  expect(filed.status).toBe(201);
  const { caseId, workflowId } = filed.body as { caseId: string; workflowId: string };
  await eventually(async () => (await apiOnly.db.openStep.count({ where: { caseId, step: 'ACKNOWLEDGEMENT' } })) > 0);

  // the only worker stops
  await withWorker!.stop();
  withWorker = undefined;

  const headers = { 'idempotency-key': 'ack-pathway-wait-1' };
  const waited = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, coordinator, headers);
  expect(waited.status).toBe(503);
  expect(waited.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(waited.headers.get('retry-after')).toBe('5');
  expect(waited.body.detail).not.toMatch(/Nour/);
  expect((await apiOnly.db.case.findUniqueOrThrow({ where: { id: caseId } })).stage).toBe('REPORTED');

  // a worker is back: the retry with the same key gets the acknowledgement, once
  withWorker = await startStack({ taskQueue });
  const retried = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, coordinator, headers);
  expect(retried.status).toBe(200);
  expect(retried.body.assigneeId).toBe('u-tanger-coordinator');
  const again = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, coordinator, headers);
  expect(again.status).toBe(200);
  expect(again.body.stage).toBe(retried.body.stage);

  const history = await new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE! }).workflow.getHandle(workflowId).fetchHistory();
  const accepted = (history.events ?? []).filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);
  expect(accepted).toHaveLength(1);
  expect(await apiOnly.db.timelineEntry.count({ where: { caseId, type: 'ACKNOWLEDGED' } })).toBe(1);
  // each request is audited: the one that waited in vain with its outcome
  const audited = await apiOnly.db.auditEntry.findMany({ where: { caseId, action: 'case.acknowledge' }, orderBy: { id: 'asc' } });
  expect(audited.map((a) => a.outcome)).toEqual(['REFUSED: UnavailableError', 'OK', 'OK']);
}, 60_000);
