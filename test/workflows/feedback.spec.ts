// Feedback to the reporting structures (measure 59): each report's structure
// is told of its receipt when the report arrives (the first one, and one
// attached later), and of the outcome when the case closes; once per report
// and kind, through the alert activity, never with the child's details.
import { randomUUID } from 'node:crypto';
import { acknowledgeUpdate, approveUpdate, closeUpdate, newReportSignal } from '../../workflows/case.messages';
import { actors, caseInput, recordFixture, settle, startCase, state, workflowTest } from './harness';

test(
  'a receipt for each report when it arrives, the outcome for each at closure, keyed per report and kind',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM', report: { reportId: randomUUID(), entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'MEDIUM', receivedAt: new Date().toISOString() } });
    const handle = await startCase(h, input);
    const first = input.report.reportId;
    expect(h.store.feedbackCalls.map((f) => [f.key, f.feedback])).toEqual([[`feedback:${first}:RECEIPT`, { kind: 'RECEIPT', reportId: first }]]);
    expect(h.store.feedbackCalls[0]).toMatchObject({ caseId: input.caseId, provinceCode: 'RABAT', notice: true, level: -1 });

    const second = randomUUID();
    await handle.signal(newReportSignal, { reportId: second, entryPoint: 'POLICE', category: 'NEGLECT', riskLevel: 'MEDIUM', receivedAt: new Date().toISOString() });
    await settle(h);
    // the same report signalled twice is attached once, and acknowledged once
    await handle.signal(newReportSignal, { reportId: second, entryPoint: 'POLICE', category: 'NEGLECT', riskLevel: 'MEDIUM', receivedAt: new Date().toISOString() });
    await settle(h);
    expect(h.store.feedbackCalls.map((f) => f.key)).toEqual([`feedback:${first}:RECEIPT`, `feedback:${second}:RECEIPT`]);

    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
    await handle.executeUpdate(closeUpdate, { args: [{ actor: actors.coordinator(), reason: 'NO_LONGER_AT_RISK' }] });
    // nothing before the head approves the closure
    expect(h.store.feedbackCalls).toHaveLength(2);
    await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.head(), subject: 'CLOSURE' }] });
    await settle(h);
    expect((await state(handle)).status).toBe('CLOSED');
    const outcomes = h.store.feedbackCalls.slice(2).sort((x, y) => [first, second].indexOf(x.feedback!.reportId) - [first, second].indexOf(y.feedback!.reportId));
    expect(outcomes.map((f) => [f.key, f.feedback])).toEqual([
      [`feedback:${first}:OUTCOME`, { kind: 'OUTCOME', reportId: first, outcome: 'NO_LONGER_AT_RISK' }],
      [`feedback:${second}:OUTCOME`, { kind: 'OUTCOME', reportId: second, outcome: 'NO_LONGER_AT_RISK' }],
    ]);
    // no alert of the ladder was spent on it
    expect(h.store.alertCalls.some((a) => a.feedback)).toBe(false);
    await recordFixture(handle, 'case-feedback');
  }),
);
