// The timeline's notes are written to the read model with the task's other
// writes (TimelineEntry rows; GET /cases/:id/timeline reads them instead of a
// query that replays the run), numbered within the case's life; a run carried
// from before the change writes the timeline it kept with its first note.
import { temporal } from '@temporalio/proto';
import { acknowledgeUpdate, newReportSignal, submitAssessmentUpdate, stateQuery, timelineQuery, type CaseMemory } from '../../workflows/case.messages';
import { caseWorkflow } from '../../workflows';
import { actors, caseInput, recordFixture, settle, startCase, workflowTest } from './harness';

const coord = actors.coordinator();
const EventType = temporal.api.enums.v1.EventType;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const isLocalActivity = (e: HistoryEvent) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity';
const shape = (entries: { at: string; type: string }[]) => entries.map(({ at, type }) => ({ at, type }));

test(
  'each note is a row, in order, written in the local activity of its action: the rows are the timeline',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const handle = await startCase(h, input);
    const before = (await handle.fetchHistory()).events ?? [];

    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'neglect at home', needs: ['PSYCHOLOGICAL'] }] });
    await settle(h);

    const timeline = await handle.query(timelineQuery);
    expect(timeline.map((t) => t.type)).toEqual(expect.arrayContaining(['REPORTED', 'ACKNOWLEDGED', 'ASSESSMENT_SUBMITTED']));
    const rows = h.store.notesOf(input.caseId);
    expect(shape(rows)).toEqual(shape(timeline));
    expect(rows.map((r) => r.seq)).toEqual(timeline.map((_, i) => i + 1));
    expect(rows.find((r) => r.type === 'ASSESSMENT_SUBMITTED')).toMatchObject({ by: coord, data: { needs: ['PSYCHOLOGICAL'] } });

    // no local activity of its own: the acknowledgement's notes leave in its one batch
    const events: HistoryEvent[] = ((await handle.fetchHistory()).events ?? []).slice(before.length);
    const accepted = events.findIndex((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);
    const completed = events.findIndex((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED);
    expect(events.slice(accepted, completed).filter(isLocalActivity)).toHaveLength(1);
    await recordFixture(handle, 'case-timeline-rows');
  }),
);

test(
  "a run carried from before the change writes the timeline it kept with its first note, numbered from 1",
  workflowTest(async (h) => {
    // a pathway's memory as a run from before the change carries it: a timeline, no note written
    const earlier = await startCase(h, caseInput({ riskLevel: 'MEDIUM' }));
    await earlier.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await settle(h);
    const kept = await earlier.query(timelineQuery);
    const { openSteps, ...view } = await earlier.query(stateQuery);
    void openSteps;
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const carried: CaseMemory = {
      ...view,
      caseId: input.caseId,
      cycle: 'c0ffee00',
      openedAt: input.openedAt,
      afterCareEndsAt: null,
      steps: [],
      seq: 0,
      eventSeq: 10,
      timeline: kept,
      searchAttributes: false,
      started: true,
    };
    const handle = await h.env.client.workflow.start(caseWorkflow, { taskQueue: h.taskQueue, workflowId: `case-${input.caseId}`, args: [{ ...input, carried }] });
    await settle(h);
    expect(h.store.notesOf(input.caseId)).toEqual([]);

    await handle.signal(newReportSignal, { reportId: 'r-2', entryPoint: 'POLICE', category: 'NEGLECT', riskLevel: 'LOW', receivedAt: new Date().toISOString() });
    await settle(h);

    const timeline = await handle.query(timelineQuery);
    expect(timeline).toHaveLength(kept.length + 1);
    const rows = h.store.notesOf(input.caseId);
    expect(shape(rows)).toEqual(shape(timeline));
    expect(rows.map((r) => r.seq)).toEqual(timeline.map((_, i) => i + 1));
    expect(rows.every((r) => r.cycle === 'c0ffee00')).toBe(true);
  }),
);
