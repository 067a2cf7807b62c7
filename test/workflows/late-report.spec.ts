// A report that reaches the run that closed its case, before that run ends.
// The API reads the case OPEN until the closing projection is written and
// signals the run; the run reads it CLOSED from the approval on. Older runs
// ignored such a report: the child's new report was attached to a closed case
// with no pathway. Now the run continues as new, the case reopened by it.
import { acknowledgeUpdate, approveUpdate, closeUpdate, newReportSignal } from '../../workflows/case.messages';
import { actors, caseInput, gate, recordFixture, settle, startCase, state, workflowTest } from './harness';

test(
  'a report that reaches the closing run before it ends reopens the case in a life of its own',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'LOW' });
    const id = input.caseId;
    const handle = await startCase(h, input);
    const firstRunId = (await handle.describe()).runId;
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
    await handle.executeUpdate(closeUpdate, { args: [{ actor: actors.coordinator(), reason: 'NO_LONGER_AT_RISK' }] });
    const closedLife = new Set([...h.store.steps.keys(), ...h.store.events.keys()]);

    // The closing projection is held: the run has closed the case and not ended.
    const closing = gate();
    h.store.beforeSaveCase = async (p) => {
      if (p.status === 'CLOSED') await closing.hold();
    };
    const approved = handle.executeUpdate(approveUpdate, { args: [{ actor: actors.head(), subject: 'CLOSURE' }] });
    await closing.reached;
    const late = { ...input.report, reportId: `${id}-late`, riskLevel: 'HIGH' as const };
    await handle.signal(newReportSignal, late);
    closing.release();
    await approved;
    await settle(h);

    // The closing run ended by continuing as new; the case lives again, triaged at the report's risk.
    const first = h.env.client.workflow.getHandle(`case-${id}`, firstRunId);
    expect((await first.describe()).status.name).toBe('CONTINUED_AS_NEW');
    const reopened = h.env.client.workflow.getHandle(`case-${id}`);
    const again = await state(reopened);
    expect(again).toMatchObject({ status: 'OPEN', stage: 'REPORTED', riskLevel: 'HIGH', reports: [late.reportId], closedAt: null });
    expect(again.openSteps.map((s) => s.step).sort()).toEqual(['ACKNOWLEDGEMENT', 'CHILD_SEEN']);
    expect(h.store.cases.get(id)).toMatchObject({ status: 'OPEN', stage: 'REPORTED', riskLevel: 'HIGH' });
    expect(h.store.eventsOf(id, 'REOPENED').map((e) => e.data)).toEqual([{ reportId: late.reportId }]);
    expect(h.store.eventsOf(id, 'CLOSED')).toHaveLength(1);
    // the new life writes under keys of its own: nothing of the closed life is overwritten or skipped
    const newLife = [...h.store.steps.keys(), ...h.store.events.keys()].filter((k) => !closedLife.has(k));
    expect(newLife.filter((k) => k.includes(':REOPENED'))).toHaveLength(1);
    expect(again.openSteps.every((s) => !closedLife.has(s.key) && !closedLife.has(`case-${id}:${s.key}`))).toBe(true);
    // its reporter hears of its receipt, not of the outcome of the life it came too late for
    const feedback = h.store.feedbackCalls.map((f) => f.key);
    expect(feedback).toContain(`feedback:${late.reportId}:RECEIPT`);
    expect(feedback).not.toContain(`feedback:${late.reportId}:OUTCOME`);
    expect(feedback).toContain(`feedback:${input.report.reportId}:OUTCOME`);
    await recordFixture(first, 'case-late-report-closing-run');
    await recordFixture(reopened, 'case-late-report-reopened');
  }),
);
