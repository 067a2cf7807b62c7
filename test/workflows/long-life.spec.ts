// Long life: five years of monthly reviews. The case continues as new past a
// modest event count, carrying its state and its open step; every run's
// history stays small.
import type { WorkflowHandle } from '@temporalio/client';
import {
  acknowledgeUpdate,
  approveUpdate,
  recordReviewUpdate,
  submitAssessmentUpdate,
  submitCarePlanUpdate,
  type ReviewInput,
} from '../../workflows/case.messages';
import type { caseWorkflow } from '../../workflows';
import { actors, caseInput, DAY, MINUTE, recordFixture, sleepUntil, startCase, state, workflowTest, type Harness } from './harness';

const HISTORY_LIMIT = 150;

/** Every run of the chain, newest first, following continuedExecutionRunId. */
async function runLengths(h: Harness, handle: WorkflowHandle): Promise<number[]> {
  const lengths: number[] = [];
  let runId: string | undefined;
  for (;;) {
    const history = await h.env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
    lengths.push(history.events!.length);
    runId = history.events![0].workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    if (!runId) return lengths;
  }
}

async function review(handle: WorkflowHandle<typeof caseWorkflow>, input: ReviewInput) {
  return handle.executeUpdate(recordReviewUpdate, { args: [input] });
}

test(
  'five years of monthly reviews keep each run small',
  workflowTest(async (h) => {
    h.store.rules.push({ provinceCode: 'RABAT', category: null, riskLevel: 'LOW', step: 'CASE_REVIEW', duration: 'P30D' });
    const coord = actors.coordinator();
    const head = actors.head();
    const input = caseInput({ riskLevel: 'LOW', historyLimit: HISTORY_LIMIT });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'ok' }] });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'ASSESSMENT' }] });
    await handle.executeUpdate(submitCarePlanUpdate, { args: [{ actor: coord, objectives: ['stay at school'], placement: 'FAMILY' }] });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });

    for (let month = 0; month < 60; month++) {
      // The sleep also lets the previous review's run hand over to the next.
      await h.env.sleep(29 * DAY);
      await review(handle, { actor: coord, kind: 'CASE', summary: `month ${month + 1}` });
    }
    await h.env.sleep(DAY);
    const s = await state(handle);
    expect(h.store.eventsOf(input.caseId, 'REVIEW')).toHaveLength(60);
    expect(s.openSteps.map((o) => [o.step, o.level])).toEqual([['CASE_REVIEW', -1]]);
    expect(s.runs).toBeGreaterThan(3);
    const lengths = await runLengths(h, handle);
    expect(lengths).toHaveLength(s.runs);
    for (const n of lengths) expect(n).toBeLessThan(HISTORY_LIMIT + 60);
    // No review was missed, so no escalation in five years.
    expect(h.store.escalationsOf(input.caseId, 'CASE_REVIEW')).toHaveLength(0);

    // The ladder of the carried step still runs in the latest run.
    const due = Date.parse(s.openSteps[0].dueAt!);
    await sleepUntil(h, due + MINUTE);
    expect(h.store.escalationsOf(input.caseId, 'CASE_REVIEW').map((e) => [e.level, e.dueAt])).toEqual([[0, s.openSteps[0].dueAt]]);
    await recordFixture(handle, 'case-after-continue-as-new');
  }),
);
