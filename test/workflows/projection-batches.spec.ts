// An action's projection writes leave in one local activity (projectBatch),
// in the order the handler asked for them, and the update answers once they
// are written; a policy missing for the next step is still an answer.
import { temporal } from '@temporalio/proto';
import { acknowledgeUpdate, timelineQuery } from '../../workflows/case.messages';
import { actors, caseInput, MINUTE, recordFixture, settle, sleepUntil, startCase, workflowTest } from './harness';

const coord = actors.coordinator();

const EventType = temporal.api.enums.v1.EventType;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const isLocalActivity = (e: HistoryEvent) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity';

test(
  'an acknowledgement closes its step, records its fact, moves the case and opens the assessment in one local activity',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const handle = await startCase(h, input);
    const before = (await handle.fetchHistory()).events ?? [];

    const answer = await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await settle(h);

    // the answer follows the writes: the step it opened has its deadline
    expect(answer.stage).toBe('ASSESSMENT');
    const assessment = answer.openSteps.find((s) => s.step === 'ASSESSMENT');
    expect(assessment?.dueAt).toEqual(expect.any(String));

    const events: HistoryEvent[] = ((await handle.fetchHistory()).events ?? []).slice(before.length);
    const accepted = events.findIndex((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);
    const completed = events.findIndex((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED);
    expect(accepted).toBeGreaterThanOrEqual(0);
    expect(completed).toBeGreaterThan(accepted);
    expect(events.slice(accepted, completed).filter(isLocalActivity)).toHaveLength(1);

    // every write of the batch is in, in order
    const ack = [...h.store.steps.values()].find((s) => s.caseId === input.caseId && s.step === 'ACKNOWLEDGEMENT');
    expect(ack?.status).toBe('DONE');
    expect(h.store.eventsOf(input.caseId, 'ACKNOWLEDGED')).toHaveLength(1);
    expect(h.store.cases.get(input.caseId)?.stage).toBe('ASSESSMENT');
    const row = [...h.store.steps.values()].find((s) => s.caseId === input.caseId && s.step === 'ASSESSMENT');
    expect(row?.dueAt).toBe(assessment?.dueAt);
    expect(row?.status).toBe('OPEN');

    // the deadline passes: the ladder's escalation row and the step's level, written by a batch of their own
    await sleepUntil(h, Date.parse(assessment!.dueAt!) + MINUTE);
    await settle(h);
    expect(h.store.escalationsOf(input.caseId, 'ASSESSMENT').map((e) => e.level)).toEqual([0]);
    expect([...h.store.steps.values()].find((s) => s.caseId === input.caseId && s.step === 'ASSESSMENT')?.level).toBe(0);
    await recordFixture(handle, 'case-projection-batches');
  }),
);

test(
  'a step without a policy stays open without a deadline, and the other writes of its batch are in',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const handle = await startCase(h, input);
    h.store.rules = h.store.rules.filter((r) => r.step !== 'ASSESSMENT');

    const answer = await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await settle(h);

    expect(answer.openSteps.find((s) => s.step === 'ASSESSMENT')?.dueAt).toBeNull();
    const timeline = await handle.query(timelineQuery);
    expect(timeline.some((t) => t.type === 'POLICY_MISSING' && /no policy for ASSESSMENT in RABAT/.test(String(t.data?.message)))).toBe(true);
    expect(h.store.eventsOf(input.caseId, 'ACKNOWLEDGED')).toHaveLength(1);
    expect(h.store.cases.get(input.caseId)?.stage).toBe('ASSESSMENT');
    expect([...h.store.steps.values()].some((s) => s.caseId === input.caseId && s.step === 'ASSESSMENT')).toBe(false);
  }),
);
