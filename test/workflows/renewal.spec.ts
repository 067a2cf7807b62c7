// Continue-as-new while ladders climb. A run renews at its history bound, and
// the bound can fall on the very task in which an escalation level's timer
// fires: conditions are checked before that timer's continuation runs, so a
// run that renewed then left the level's alert with the closed run (on the
// test server, an orphaned activity that stops time for good). Pathways at a
// spread of bounds, so that some renew on such a task: no alert leaves with a
// closed run, every level is alerted once, and time keeps moving.
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { acknowledgeUpdate, addPersonUpdate, approveUpdate, recordIntegrationUpdate, submitAssessmentUpdate, submitCarePlanUpdate } from '../../workflows/case.messages';
import { actors, caseInput, DAY, recordFixture, startCase, workflowTest, type Harness } from './harness';

const EventType = temporal.api.enums.v1.EventType;
const coord = actors.coordinator();
const head = actors.head();

/** Every run of the chain, oldest first. */
async function runs(h: Harness, handle: WorkflowHandle): Promise<temporal.api.history.v1.IHistoryEvent[][]> {
  const chain: temporal.api.history.v1.IHistoryEvent[][] = [];
  let runId: string | undefined;
  for (;;) {
    const events = (await h.env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory()).events!;
    chain.unshift(events);
    runId = events[0].workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    if (!runId) return chain;
  }
}

/** Activities a run scheduled in the same task as its continue-as-new (they die with it). */
function leftWithRun(events: temporal.api.history.v1.IHistoryEvent[]): string[] {
  const last = events[events.length - 1];
  if (last.eventType !== EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW) return [];
  const tail = events.slice(events.map((e) => e.eventType).lastIndexOf(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED));
  return tail.filter((e) => e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).map((e) => e.activityTaskScheduledEventAttributes!.activityType!.name!);
}

test(
  'a run never continues as new while a level’s alert is due: each level alerted once, nothing left with a closed run',
  workflowTest(async (h) => {
    // The family's integration without a template leaves the integration step to climb its ladder.
    // Bounds above the ~75 events a pathway has at its integration (~90 before the patch
    // baseline; a run that renews in the task of an update's answer stops the test server's
    // clock too, a fault of that server alone).
    const bounds = [84, 86, 88, 90, 92, 94, 96, 98];
    const handles: WorkflowHandle[] = [];
    for (const historyLimit of bounds) {
      const handle = await startCase(h, caseInput({ historyLimit }));
      await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
      await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'neglect at home' }] });
      await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'ASSESSMENT' }] });
      await handle.executeUpdate(submitCarePlanUpdate, { args: [{ actor: coord, objectives: ['school'], placement: 'FAMILY' }] });
      await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });
      await handle.executeUpdate(addPersonUpdate, { args: [{ actor: coord, personId: 'p-1', relation: 'MOTHER' }] });
      await handle.executeUpdate(recordIntegrationUpdate, { args: [{ actor: coord, kind: 'FAMILY' }] });
      handles.push(handle);
    }

    // An orphaned activity stops the test server's clock: fail on that, not on jest's timeout.
    for (let day = 0; day < 240; day += 10) {
      let timer: NodeJS.Timeout | undefined;
      const stuck = new Promise<string>((done) => (timer = setTimeout(() => done(`time stopped after day ${day}`), 20_000)));
      const moved = await Promise.race([h.env.sleep(10 * DAY).then(() => 'moved'), stuck]);
      clearTimeout(timer);
      if (moved !== 'moved') for (const hd of handles) for (const run of await runs(h, hd)) console.log(hd.workflowId, run.length, JSON.stringify(run.slice(-10).map((e) => [String(e.eventId), e.eventType, e.activityTaskScheduledEventAttributes?.activityType?.name ?? e.markerRecordedEventAttributes?.markerName ?? e.timerStartedEventAttributes?.timerId ?? ''])));
      expect(moved).toBe('moved');
    }

    let renewals = 0;
    for (const handle of handles) {
      const chain = await runs(h, handle);
      renewals += chain.length - 1;
      if (handle === handles[0] && chain.length > 1) {
        const first = chain[0][0].workflowExecutionStartedEventAttributes!.firstExecutionRunId!;
        await recordFixture(h.env.client.workflow.getHandle(handle.workflowId, first), 'case-renewed-while-climbing');
      }
      for (const run of chain) expect(leftWithRun(run)).toEqual([]);
    }
    // the spread of bounds renewed these pathways during their climbs
    expect(renewals).toBeGreaterThanOrEqual(bounds.length);

    // Every level of every ladder alerted, once each, without a gap (retries share a key).
    const keys = [...new Set(h.store.alertCalls.filter((a) => a.level >= 0).map((a) => a.key))];
    const levels = new Map<string, number[]>();
    for (const a of h.store.alertCalls.filter((x) => x.level >= 0)) {
      const list = levels.get(`${a.workflowId}:${a.stepKey}`) ?? [];
      if (!list.includes(a.level)) list.push(a.level);
      levels.set(`${a.workflowId}:${a.stepKey}`, list);
    }
    expect(keys.length).toBeGreaterThan(0);
    for (const [step, ls] of levels) expect([step, ls.sort((x, y) => x - y)]).toEqual([step, ls.map((_, i) => i)]);
    for (const handle of handles) {
      const escalated = h.store.escalationsOf(handle.workflowId.replace(/^case-/, ''));
      expect(escalated.length).toBe(new Set(escalated.map((e) => e.key)).size);
      expect(escalated.length).toBe(h.store.alertCalls.filter((a) => a.workflowId === handle.workflowId && a.level >= 0).map((a) => a.key).filter((k, i, all) => all.indexOf(k) === i).length);
    }
  }),
  90_000,
);
