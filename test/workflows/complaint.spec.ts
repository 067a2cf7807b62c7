// A complaint about a case: answered by the province's supervising authority
// within the policy deadline, or escalated delegate → committee like any step.
import { randomUUID } from 'node:crypto';
import { complaintStateQuery, complaintWorkflow, respondToComplaintUpdate, type ComplaintInput } from '../../workflows/complaint.workflow';
import { actors, DAY, expectForbidden, HOUR, MINUTE, recordFixture, settle, sleepUntil, workflowTest, type Harness } from './harness';

function complaint(): ComplaintInput {
  const caseId = randomUUID();
  return { complaintId: randomUUID(), caseId, caseReference: `RAB-${caseId.slice(0, 6)}`, provinceCode: 'RABAT', category: 'NEGLECT', riskLevel: 'MEDIUM' };
}

async function start(h: Harness, input: ComplaintInput) {
  const handle = await h.env.client.workflow.start(complaintWorkflow, { taskQueue: h.taskQueue, workflowId: `complaint-${input.complaintId}`, args: [input] });
  await settle(h);
  return handle;
}

test(
  'an unanswered complaint alerts the delegate at its deadline, then the committee; the answer closes it',
  workflowTest(async (h) => {
    const input = complaint(); // MEDIUM: 15 days to answer, 48 h between levels
    const handle = await start(h, input);
    const opened = await handle.query(complaintStateQuery);
    expect(opened).toMatchObject({ status: 'OPEN', level: -1, dueAt: expect.any(String) });
    expect(h.store.complaints.get(input.complaintId)).toMatchObject({ status: 'OPEN', dueAt: opened.dueAt, version: expect.any(Number) });
    // each write carries its task's instant: a late statement of an earlier task cannot reopen the row
    const openedVersion = h.store.complaints.get(input.complaintId)!.version!;
    const due = Date.parse(opened.dueAt!);
    expect(due - Date.parse(h.store.steps.get(`complaint-${input.complaintId}:c:COMPLAINT_RESPONSE:1`)!.openedAt)).toBe(15 * DAY);

    await sleepUntil(h, due - MINUTE);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);
    await sleepUntil(h, due + MINUTE);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(1);
    await sleepUntil(h, due + 48 * HOUR + MINUTE);
    expect(h.store.escalationsOf(input.caseId).map((e) => [e.step, e.level, e.role])).toEqual([
      ['COMPLAINT_RESPONSE', 0, 'DELEGATE'],
      ['COMPLAINT_RESPONSE', 1, 'COMMITTEE'],
    ]);

    // The team complained about cannot answer, nor another province's delegate.
    for (const actor of [actors.coordinator(), actors.head(), actors.delegate('MEKNES')]) {
      await expectForbidden(handle.executeUpdate(respondToComplaintUpdate, { args: [{ actor, response: 'ok' }] }));
    }
    const answered = await handle.executeUpdate(respondToComplaintUpdate, { args: [{ actor: actors.delegate(), response: '  Visite faite, plan revu.  ' }] });
    expect(answered).toMatchObject({ status: 'ANSWERED', respondedBy: 'delegate-RABAT', level: 1 });
    expect(await handle.result()).toMatchObject({ status: 'ANSWERED' });
    expect(h.store.complaints.get(input.complaintId)).toMatchObject({ status: 'ANSWERED', response: 'Visite faite, plan revu.', respondedBy: 'delegate-RABAT' });
    expect(h.store.complaints.get(input.complaintId)!.version).toBeGreaterThan(openedVersion + 48 * HOUR);
    expect(h.store.steps.get(`complaint-${input.complaintId}:c:COMPLAINT_RESPONSE:1`)).toMatchObject({ status: 'DONE' });
    await recordFixture(handle, 'complaint-answered');
  }),
);

test(
  'a complaint answered in time: the delegate had a notice when it opened, and no alert follows',
  workflowTest(async (h) => {
    const input = complaint();
    const handle = await start(h, input);
    await h.env.sleep(2 * DAY);
    await handle.executeUpdate(respondToComplaintUpdate, { args: [{ actor: { userId: 'committee-RABAT', role: 'COMMITTEE', provinceCode: 'RABAT' }, response: 'Réponse envoyée à la famille.' }] });
    expect(await handle.result()).toMatchObject({ status: 'ANSWERED', level: -1 });
    // Well past the deadline (15 days) and the whole ladder: no alert.
    await h.env.sleep(30 * DAY);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);
    const calls = h.store.alertCalls.filter((a) => a.caseId === input.caseId);
    expect(calls.map((a) => [a.step, a.level, a.ladderRole, a.notice])).toEqual([['COMPLAINT_RESPONSE', -1, 'DELEGATE', true]]);
    expect(calls[0].key).toBe(`complaint-${input.complaintId}:c:COMPLAINT_RESPONSE:1:notice`);
    expect(calls[0].dueAt).toBe((await handle.query(complaintStateQuery)).dueAt);
  }),
);
