// Merging two cases of one child on the time-skipping server: the duplicate's
// pathway ends as MERGED with what it carried; the survivor re-opens its open
// step under its own ladder with the original deadline, which still escalates
// there; a running referral is re-pointed, so that its acceptance reaches the
// survivor; a merge the survivor does not take starts the duplicate again as
// it was.
import {
  absorbUpdate,
  acknowledgeUpdate,
  mergeIntoUpdate,
  newReportSignal,
  recordChildFoundUpdate,
  recordConsentUpdate,
  createReferralUpdate,
  reportRunawayUpdate,
  type CaseInput,
} from '../../workflows/case.messages';
import { caseWorkflow } from '../../workflows';
import { acceptReferralUpdate, referralStateQuery } from '../../workflows/referral.workflow';
import { actors, caseInput, DAY, expectForbidden, expectRefused, gate, HOUR, MINUTE, recordFixture, settle, sleepUntil, startCase, state, workflowTest, type Harness } from './harness';

const coord = actors.coordinator();
const head = actors.head();

async function acknowledged(h: Harness, input: CaseInput) {
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
  return handle;
}

test(
  'the duplicate ends as MERGED; its runaway step escalates under the survivor at its own deadline; its referral’s acceptance reaches the survivor',
  workflowTest(async (h) => {
    const a = caseInput({ riskLevel: 'MEDIUM' });
    const b = caseInput({ riskLevel: 'MEDIUM' });
    const survivor = await acknowledged(h, a);
    const duplicate = await acknowledged(h, b);
    await duplicate.executeUpdate(recordConsentUpdate, { args: [{ actor: coord, givenBy: 'GUARDIAN' }] });
    const referralId = `${b.caseId}-r1`;
    await duplicate.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId, organisationId: 'rabat-upe', service: 'PSYCHOLOGICAL' }] });
    await duplicate.executeUpdate(reportRunawayUpdate, { args: [{ actor: coord, note: 'fugue' }] });
    await settle(h);
    const runaway = (await state(duplicate)).openSteps.find((s) => s.step === 'RUNAWAY');
    expect(runaway?.dueAt).toEqual(expect.any(String));

    const mergeArgs = { survivorCaseId: a.caseId, survivorWorkflowId: `case-${a.caseId}`, reason: 'même enfant' };
    await expectForbidden(duplicate.executeUpdate(mergeIntoUpdate, { args: [{ actor: coord, ...mergeArgs }] }));
    await expectForbidden(duplicate.executeUpdate(mergeIntoUpdate, { args: [{ actor: actors.head('TANGER_ASSILAH'), ...mergeArgs }] }));
    await expectRefused(duplicate.executeUpdate(mergeIntoUpdate, { args: [{ actor: head, ...mergeArgs, survivorCaseId: b.caseId }] }), /not merged into itself/);

    await h.env.sleep(2 * HOUR);
    const out = await duplicate.executeUpdate(mergeIntoUpdate, { args: [{ actor: head, ...mergeArgs }] });
    expect(out.state).toMatchObject({ status: 'MERGED', stage: 'MERGED', mergedInto: { caseId: a.caseId }, openSteps: [] });
    expect(out.carried.steps.map((s) => s.step).sort()).toEqual(['ASSESSMENT', 'RUNAWAY']);
    expect(out.carried.referrals.map((r) => r.referralId)).toEqual([referralId]);
    expect(out.restore.memory.status).toBe('OPEN');
    // completed (not awaited through result(), which would let the test server skip time)
    expect((await duplicate.describe()).status.name).toBe('COMPLETED');
    const ended = await state(duplicate);
    expect({ status: ended.status, stage: ended.stage }).toEqual({ status: 'MERGED', stage: 'MERGED' });
    expect(h.store.cases.get(b.caseId)).toMatchObject({ status: 'MERGED', stage: 'MERGED' });

    const absorbed = await survivor.executeUpdate(absorbUpdate, { args: [{ actor: head, carried: out.carried, reason: 'même enfant' }] });
    expect(absorbed.reports).toEqual([a.report.reportId, b.report.reportId]);
    expect(absorbed.merged).toEqual([expect.objectContaining({ caseId: b.caseId, steps: ['RUNAWAY'], dropped: ['ASSESSMENT'], referrals: [referralId] })]);
    const moved = absorbed.openSteps.find((s) => s.step === 'RUNAWAY');
    expect(moved).toMatchObject({ dueAt: runaway?.dueAt, level: -1 });
    // the survivor keeps its own assessment: one, not two
    expect(absorbed.openSteps.filter((s) => s.step === 'ASSESSMENT')).toHaveLength(1);
    await expectRefused(survivor.executeUpdate(absorbUpdate, { args: [{ actor: head, carried: out.carried, reason: 'encore' }] }), /already merged into this case/);
    await settle(h);
    expect([...h.store.steps.values()].filter((s) => s.caseId === a.caseId && s.step === 'RUNAWAY')).toEqual([
      expect.objectContaining({ status: 'OPEN', dueAt: runaway?.dueAt }),
    ]);

    // the referral now tells the survivor: its acceptance reaches it
    const referral = h.env.client.workflow.getHandle(`referral-${referralId}`);
    await referral.executeUpdate(acceptReferralUpdate, { args: [{ actor: actors.provider('rabat-upe') }] });
    await settle(h);
    expect((await referral.query(referralStateQuery)).caseId).toBe(a.caseId);
    expect((await state(survivor)).referrals).toEqual([expect.objectContaining({ referralId, status: 'ACCEPTED' })]);
    expect(h.store.referrals.get(referralId)).toMatchObject({ caseId: a.caseId, status: 'ACCEPTED' });

    // the moved step's deadline escalates under the survivor, to its assignee
    await sleepUntil(h, Date.parse(runaway?.dueAt as string) - MINUTE);
    expect(h.store.escalationsOf(a.caseId, 'RUNAWAY')).toHaveLength(0);
    await sleepUntil(h, Date.parse(runaway?.dueAt as string) + MINUTE);
    expect(h.store.escalationsOf(a.caseId, 'RUNAWAY').map((e) => e.level)).toEqual([0]);
    expect(h.store.escalationsOf(b.caseId, 'RUNAWAY')).toHaveLength(0);
    const alert = h.store.alertCalls.find((x) => x.step === 'RUNAWAY' && x.level === 0);
    expect(alert).toMatchObject({ caseId: a.caseId, caseWorkflowId: `case-${a.caseId}`, assigneeUserId: coord.userId });
    // the survivor's action closes it: its ladder stops
    await survivor.executeUpdate(recordChildFoundUpdate, { args: [{ actor: coord }] });
    await h.env.sleep(5 * DAY);
    expect(h.store.escalationsOf(a.caseId, 'RUNAWAY')).toHaveLength(1);
    await recordFixture(duplicate, 'case-merged-duplicate');
    await recordFixture(survivor, 'case-merge-survivor');
    await recordFixture(referral, 'referral-repointed-by-merge');
  }),
);

test(
  'a merge the survivor does not take: the duplicate starts again as it was, its step open with its deadline and level',
  workflowTest(async (h) => {
    const b = caseInput({ riskLevel: 'HIGH' });
    const duplicate = await acknowledged(h, b);
    await duplicate.executeUpdate(reportRunawayUpdate, { args: [{ actor: coord }] });
    await settle(h);
    const before = await state(duplicate);
    const runaway = before.openSteps.find((s) => s.step === 'RUNAWAY');
    const out = await duplicate.executeUpdate(mergeIntoUpdate, {
      args: [{ actor: head, survivorCaseId: 'elsewhere', survivorWorkflowId: 'case-elsewhere', reason: 'doublon' }],
    });
    expect((await duplicate.describe()).status.name).toBe('COMPLETED');
    expect([...h.store.steps.values()].find((s) => s.caseId === b.caseId && s.step === 'RUNAWAY')?.status).toBe('CANCELLED');

    // what the API does when the survivor's absorb fails: the duplicate's memory, again
    const restored = await h.env.client.workflow.start(caseWorkflow, {
      taskQueue: h.taskQueue,
      workflowId: `case-${b.caseId}`,
      args: [{ ...out.restore.input, carried: out.restore.memory, restoredAfterFailedMerge: true }],
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
    });
    await settle(h);
    const again = await state(restored);
    expect({ status: again.status, stage: again.stage, mergedInto: again.mergedInto ?? null }).toEqual({ status: 'OPEN', stage: before.stage, mergedInto: null });
    expect(again.openSteps.map((s) => [s.step, s.dueAt])).toEqual(before.openSteps.map((s) => [s.step, s.dueAt]));
    expect(h.store.cases.get(b.caseId)).toMatchObject({ status: 'OPEN', stage: before.stage });
    expect([...h.store.steps.values()].find((s) => s.caseId === b.caseId && s.step === 'RUNAWAY')?.status).toBe('OPEN');
    await sleepUntil(h, Date.parse(runaway?.dueAt as string) + MINUTE);
    expect(h.store.escalationsOf(b.caseId, 'RUNAWAY').map((e) => e.level)).toEqual([0]);
  }),
);

test(
  'a report that reaches the duplicate once merged, before its run ends, goes to the survivor',
  workflowTest(async (h) => {
    const a = caseInput({ riskLevel: 'MEDIUM' });
    const b = caseInput({ riskLevel: 'MEDIUM' });
    const survivor = await acknowledged(h, a);
    const duplicate = await acknowledged(h, b);
    const firstRunId = (await duplicate.describe()).runId;
    await settle(h);

    // A second report's receipt is held in flight: the duplicate's run, merged, cannot end yet.
    // (A report that reaches the run while the merge's own workflow task is under way is
    // delivered before the merge, by the server: it is carried.)
    const second = { ...b.report, reportId: `${b.caseId}-second` };
    const receipt = gate();
    h.store.beforeAlert = async (x) => {
      if (x.feedback?.reportId === second.reportId) await receipt.hold();
    };
    await duplicate.signal(newReportSignal, second);
    await receipt.reached;
    const out = await duplicate.executeUpdate(mergeIntoUpdate, {
      args: [{ actor: head, survivorCaseId: a.caseId, survivorWorkflowId: `case-${a.caseId}`, reason: 'même enfant' }],
    });
    const late = { ...b.report, reportId: `${b.caseId}-late`, riskLevel: 'HIGH' as const };
    await duplicate.signal(newReportSignal, late);
    await survivor.executeUpdate(absorbUpdate, { args: [{ actor: head, carried: out.carried, reason: 'même enfant' }] });
    receipt.release();
    await settle(h);

    // not carried (it came after mergeInto returned): forwarded, and taken by the survivor as any new report
    expect(out.carried.reports).toEqual([b.report.reportId, second.reportId]);
    const first = h.env.client.workflow.getHandle(`case-${b.caseId}`, firstRunId);
    expect((await first.describe()).status.name).toBe('COMPLETED');
    expect((await state(first)).reports).toEqual([b.report.reportId, second.reportId]);
    expect(h.store.eventsOf(b.caseId, 'REPORT_FORWARDED').map((e) => e.data)).toEqual([{ reportId: late.reportId, survivorCaseId: a.caseId, delivered: true }]);
    const taken = await state(survivor);
    expect(taken.reports).toEqual([a.report.reportId, b.report.reportId, second.reportId, late.reportId]);
    expect(taken.riskLevel).toBe('HIGH');
    expect(h.store.eventsOf(a.caseId, 'REPORT_ATTACHED').map((e) => (e.data as { reportId: string }).reportId)).toEqual([late.reportId]);
    expect(h.store.feedbackCalls.map((f) => f.key)).toContain(`feedback:${late.reportId}:RECEIPT`);
    await recordFixture(first, 'case-merged-duplicate-forwards-report');
  }),
);
