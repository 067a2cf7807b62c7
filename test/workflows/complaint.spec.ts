// A complaint about a case: answered by the province's supervising authority
// within the policy deadline, or escalated delegate → committee like any step.
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { complaintStateQuery, complaintWorkflow, respondToComplaintUpdate, type ComplaintInput } from '../../workflows/complaint.workflow';
import { actors, DAY, eventually, HOUR, startHarness, stopHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => stopHarness(h));

const MINUTE = 60_000;

function complaint(): ComplaintInput {
  const caseId = randomUUID();
  return { complaintId: randomUUID(), caseId, caseReference: `RAB-${caseId.slice(0, 6)}`, provinceCode: 'RABAT', category: 'NEGLECT', riskLevel: 'MEDIUM' };
}

async function start(input: ComplaintInput) {
  const handle = await h.env.client.workflow.start(complaintWorkflow, { taskQueue: h.taskQueue, workflowId: `complaint-${input.complaintId}`, args: [input] });
  await eventually(async () => (await handle.query(complaintStateQuery)).dueAt !== null);
  return handle;
}

test('an unanswered complaint alerts the delegate at its deadline, then the committee; the answer closes it', async () => {
  const input = complaint(); // MEDIUM: 15 days to answer, 48 h between levels
  const handle = await start(input);
  const opened = await handle.query(complaintStateQuery);
  expect(opened).toMatchObject({ status: 'OPEN', level: -1 });
  expect(h.store.complaints.get(input.complaintId)).toMatchObject({ status: 'OPEN', dueAt: opened.dueAt });

  await h.env.sleep(15 * DAY - MINUTE);
  expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);
  await h.env.sleep(2 * MINUTE);
  await eventually(() => h.store.escalationsOf(input.caseId).length === 1);
  await h.env.sleep(48 * HOUR);
  await eventually(() => h.store.escalationsOf(input.caseId).length === 2);
  expect(h.store.escalationsOf(input.caseId).map((e) => [e.step, e.level, e.role])).toEqual([
    ['COMPLAINT_RESPONSE', 0, 'DELEGATE'],
    ['COMPLAINT_RESPONSE', 1, 'COMMITTEE'],
  ]);

  // The team complained about cannot answer, nor another province's delegate.
  for (const actor of [actors.coordinator(), actors.head(), actors.delegate('MEKNES')]) {
    await expect(handle.executeUpdate(respondToComplaintUpdate, { args: [{ actor, response: 'ok' }] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
  }
  const answered = await handle.executeUpdate(respondToComplaintUpdate, { args: [{ actor: actors.delegate(), response: '  Visite faite, plan revu.  ' }] });
  expect(answered).toMatchObject({ status: 'ANSWERED', respondedBy: 'delegate-RABAT', level: 1 });
  expect(await handle.result()).toMatchObject({ status: 'ANSWERED' });
  expect(h.store.complaints.get(input.complaintId)).toMatchObject({ status: 'ANSWERED', response: 'Visite faite, plan revu.', respondedBy: 'delegate-RABAT' });
  expect(h.store.steps.get(`complaint-${input.complaintId}:c:COMPLAINT_RESPONSE:1`)).toMatchObject({ status: 'DONE' });
});

test('a complaint answered in time: the delegate had a notice when it opened, and no alert follows', async () => {
  const input = complaint();
  const handle = await start(input);
  await h.env.sleep(2 * DAY);
  await handle.executeUpdate(respondToComplaintUpdate, { args: [{ actor: { userId: 'committee-RABAT', role: 'COMMITTEE', provinceCode: 'RABAT' }, response: 'Réponse envoyée à la famille.' }] });
  expect(await handle.result()).toMatchObject({ status: 'ANSWERED', level: -1 });
  expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);
  const calls = h.store.alertCalls.filter((a) => a.caseId === input.caseId);
  expect(calls.map((a) => [a.step, a.level, a.ladderRole, a.notice])).toEqual([['COMPLAINT_RESPONSE', -1, 'DELEGATE', true]]);
  expect(calls[0].key).toBe(`complaint-${input.complaintId}:c:COMPLAINT_RESPONSE:1:notice`);
  expect(calls[0].dueAt).toBe((await handle.query(complaintStateQuery)).dueAt);
});
