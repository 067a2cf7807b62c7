// The two kinds of refusal a case's validators give, and the tables they come
// from: a role or a province the permission table refuses is a failure of type
// ForbiddenAction (the API answers 403); an action whose move the stage table
// does not have is a refusal with its code and reason (409). Neither leaves a
// trace in the history. Runs on the run's dev server, which drops the
// speculative task of a rejected update as production does.
import type { WorkflowHandle } from '@temporalio/client';
import { FORBIDDEN_ACTION } from '../../libs/domain/permissions';
import { refusalCodeOf } from '../../libs/domain/refusals';
import { eventually } from '../support/eventually';
import { quiescent } from '../support/hostile/snapshot';
import {
  acknowledgeUpdate,
  caseWorkflow,
  recordConsentUpdate,
  recordIntegrationUpdate,
  stateQuery,
  submitAssessmentUpdate,
} from '../../workflows/case.workflow';
import { actors, caseInput, devServerTest, refusalOf, type DevServerHarness } from './harness';



async function started({ client, taskQueue }: DevServerHarness): Promise<WorkflowHandle<typeof caseWorkflow>> {
  const input = caseInput({ riskLevel: 'MEDIUM' });
  const handle = await client.workflow.start(caseWorkflow, { taskQueue, workflowId: `case-${input.caseId}`, args: [input] });
  await eventually(async () => (await handle.query(stateQuery)).openSteps.every((s) => s.dueAt !== null));
  return handle;
}
const historyLength = async (handle: WorkflowHandle) => (await handle.fetchHistory()).events!.length;

test(
  'a role or a province the permission table refuses is a ForbiddenAction',
  devServerTest(async (h) => {
  const handle = await started(h);
  const before = await quiescent(h.client, handle.workflowId); // no notice or urgent alert still in flight

  // Another province's coordinator, and a coordinator with no province at all.
  const otherProvince = await refusalOf(handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator('SALE') }] }));
  expect(otherProvince).toMatchObject({ type: FORBIDDEN_ACTION, message: expect.stringMatching(/of SALE cannot act in RABAT/) });
  const noProvince = await refusalOf(handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: { ...actors.coordinator(), provinceCode: null } }] }));
  expect(noProvince).toMatchObject({ type: FORBIDDEN_ACTION, message: expect.stringMatching(/without a province/) });
  // Consent is the coordinator's, not the head of centre's.
  const head = await refusalOf(handle.executeUpdate(recordConsentUpdate, { args: [{ actor: actors.head(), givenBy: 'GUARDIAN' }] }));
  expect(head).toMatchObject({ type: FORBIDDEN_ACTION, message: expect.stringMatching(/case\.consent is reserved to COORDINATOR/) });
  expect(await historyLength(handle)).toBe(before);

  // The same actions by the roles the table names go through.
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
  const s = await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: actors.coordinator(), givenBy: 'GUARDIAN' }] });
  expect(s.consents).toHaveLength(1);
  await handle.terminate('test done');
  }),
);

test(
  'an integration during the assessment is refused by the stage table (not a ForbiddenAction); the stage stays',
  devServerTest(async (h) => {
  const handle = await started(h);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
  const before = await quiescent(h.client, handle.workflowId);

  const refused = await refusalOf(handle.executeUpdate(recordIntegrationUpdate, { args: [{ actor: actors.coordinator(), kind: 'SCHOOL' }] }));
  expect(refused.type).not.toBe(FORBIDDEN_ACTION);
  expect(refusalCodeOf(refused.type)).toBe('stage_not_allowed');
  expect(refused.message).toMatch(/the case is in ASSESSMENT: the pathway does not go from ASSESSMENT to INTEGRATION/);
  expect(await historyLength(handle)).toBe(before);

  const s = await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator(), summary: 'heard at school' }] });
  expect(s).toMatchObject({ stage: 'ASSESSMENT', integrations: [] });
  await handle.terminate('test done');
  }),
);
