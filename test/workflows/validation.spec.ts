// Invalid actions are rejected by the updates' validators with their reason
// and leave no trace in the history. Run on the run's dev server: it drops
// the speculative workflow task of a rejected update, as production does
// (the time-skipping test server keeps those tasks).
import type { WorkflowHandle } from '@temporalio/client';
import { eventually } from '../support/eventually';
import { quiescent } from '../support/hostile/snapshot';
import {
  acknowledgeUpdate,
  approveUpdate,
  createReferralUpdate,
  stateQuery,
  submitAssessmentUpdate,
  transferUpdate,
} from '../../workflows/case.messages';
import { caseWorkflow } from '../../workflows';
import { actors, caseInput, devServerTest, expectForbidden, expectRefused } from './harness';

/** Real time passes on the dev server: waits until every open step has its deadline. */
async function settled(handle: WorkflowHandle): Promise<void> {
  await eventually(async () => (await handle.query(stateQuery)).openSteps.every((s) => s.dueAt !== null));
}

test(
  'invalid updates are rejected with their reason and leave the history unchanged',
  devServerTest(async ({ client, taskQueue }) => {
    const input = caseInput();
    const handle = await client.workflow.start(caseWorkflow, { taskQueue, workflowId: `case-${input.caseId}`, args: [input] });
    try {
      await settled(handle);
      const length = async () => (await handle.fetchHistory()).events!.length;
      const before = await quiescent(client, handle.workflowId); // no alert or projection still in flight

      const referral = { actor: actors.coordinator(), referralId: 'r-x', organisationId: 'rabat-upe', service: 'HEALTH' as const };
      await expectForbidden(handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.intake() }] }));
      await expectForbidden(handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator('SALE') }] }));
      await expectRefused(handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator(), summary: 'x' }] }), /no assessment is awaited/);
      await expectForbidden(handle.executeUpdate(approveUpdate, { args: [{ actor: actors.coordinator(), subject: 'ASSESSMENT' }] }));
      await expectRefused(handle.executeUpdate(createReferralUpdate, { args: [referral] }), /acknowledged first/);
      await expectRefused(handle.executeUpdate(transferUpdate, { args: [{ actor: actors.coordinator(), toProvinceCode: 'RABAT' }] }), /already in RABAT/);
      expect(await length()).toBe(before);

      expect(await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] })).toMatchObject({ stage: 'ASSESSMENT' });
      await settled(handle);
      const after = await length();
      expect(after).toBeGreaterThan(before);
      await expectRefused(handle.executeUpdate(createReferralUpdate, { args: [referral] }), /consent of the child or guardian/);
      await expectRefused(handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] }), /no report is waiting/);
      await expectRefused(handle.executeUpdate(approveUpdate, { args: [{ actor: actors.head(), subject: 'ASSESSMENT' }] }), /no assessment awaits approval/);
      expect(await length()).toBe(after);
    } finally {
      await handle.terminate('test done');
    }
  }),
);
