// A request for one's own file: answered by the case's team within the legal
// deadline (30 days), or escalated head of centre → delegate → committee.
import { randomUUID } from 'node:crypto';
import { answerFileAccessUpdate, fileAccessStateQuery, fileAccessWorkflow, type FileAccessInput } from '../../workflows/file-access.workflow';
import { actors, DAY, expectForbidden, expectRefused, HOUR, MINUTE, settle, sleepUntil, workflowTest, type Harness } from './harness';

function request(): FileAccessInput {
  const caseId = randomUUID();
  return { requestId: randomUUID(), caseId, caseReference: `RAB-${caseId.slice(0, 6)}`, provinceCode: 'RABAT', category: 'NEGLECT', riskLevel: 'HIGH' };
}

async function start(h: Harness, input: FileAccessInput) {
  const handle = await h.env.client.workflow.start(fileAccessWorkflow, { taskQueue: h.taskQueue, workflowId: `file-access-${input.requestId}`, args: [input] });
  await settle(h);
  return handle;
}

const SHA = 'a'.repeat(64);

test(
  'a request left unanswered past its 30 days alerts the head of centre, then the delegate, then the committee; the answer closes it',
  workflowTest(async (h) => {
    const input = request(); // HIGH: 30 days all the same, 24 h between levels
    const handle = await start(h, input);
    const opened = await handle.query(fileAccessStateQuery);
    expect(opened).toMatchObject({ status: 'OPEN', level: -1, dueAt: expect.any(String) });
    const stepKey = `file-access-${input.requestId}:c:FILE_ACCESS_RESPONSE:1`;
    const due = Date.parse(opened.dueAt!);
    expect(due - Date.parse(h.store.steps.get(stepKey)!.openedAt)).toBe(30 * DAY);
    // the head of centre hears of it when it opens
    expect(h.store.alertCalls.filter((a) => a.caseId === input.caseId).map((a) => [a.step, a.level, a.ladderRole, a.notice])).toEqual([
      ['FILE_ACCESS_RESPONSE', -1, 'HEAD_OF_CENTRE', true],
    ]);

    await sleepUntil(h, due - MINUTE);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);
    await sleepUntil(h, due + 2 * 24 * HOUR + MINUTE);
    expect(h.store.escalationsOf(input.caseId).map((e) => [e.step, e.level, e.role])).toEqual([
      ['FILE_ACCESS_RESPONSE', 0, 'HEAD_OF_CENTRE'],
      ['FILE_ACCESS_RESPONSE', 1, 'DELEGATE'],
      ['FILE_ACCESS_RESPONSE', 2, 'COMMITTEE'],
    ]);
    expect(h.store.steps.get(stepKey)).toMatchObject({ status: 'OPEN', level: 2 });

    // nobody outside the case's team and province answers; an answer names what it handed over
    for (const actor of [actors.delegate(), actors.provider(), actors.coordinator('MEKNES')]) {
      await expectForbidden(handle.executeUpdate(answerFileAccessUpdate, { args: [{ actor, exportSha256: SHA }] }));
    }
    await expectRefused(handle.executeUpdate(answerFileAccessUpdate, { args: [{ actor: actors.coordinator(), exportSha256: 'nope' }] }), /names the export/);
    const answered = await handle.executeUpdate(answerFileAccessUpdate, { args: [{ actor: actors.coordinator(), exportSha256: SHA }] });
    expect(answered).toMatchObject({ status: 'ANSWERED', answeredBy: 'coord-RABAT', level: 2 });
    expect(await handle.result()).toMatchObject({ status: 'ANSWERED' });
    expect(h.store.steps.get(stepKey)).toMatchObject({ status: 'DONE' });
  }),
);

test(
  'a request answered in time by the head of centre: no alert after the notice, however long after',
  workflowTest(async (h) => {
    const input = request();
    const handle = await start(h, input);
    await h.env.sleep(5 * DAY);
    const answer = handle.executeUpdate(answerFileAccessUpdate, { args: [{ actor: actors.head(), exportSha256: SHA }] });
    expect(await answer).toMatchObject({ status: 'ANSWERED', level: -1 });
    expect(await handle.result()).toMatchObject({ status: 'ANSWERED', answeredBy: 'head-RABAT' });
    await h.env.sleep(40 * DAY);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);
  }),
);
