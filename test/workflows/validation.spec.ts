// Invalid actions are rejected by the updates' validators with their reason
// and leave no trace in the history. Run on the run's dev server: it drops
// the speculative workflow task of a rejected update, as production does
// (the time-skipping test server keeps those tasks).
import { randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { workflowBundle } from '../support/temporal';
import {
  acknowledgeUpdate,
  approveUpdate,
  caseWorkflow,
  createReferralUpdate,
  stateQuery,
  submitAssessmentUpdate,
  transferUpdate,
} from '../../workflows/case.workflow';
import { activitiesFor, actors, caseInput, eventually, MemoryStore } from './harness';

let connection: Connection;
let native: NativeConnection;
let client: Client;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `validation-${randomUUID()}`;

beforeAll(async () => {
  const address = process.env.TEMPORAL_ADDRESS as string;
  const namespace = process.env.TEMPORAL_NAMESPACE as string;
  connection = await Connection.connect({ address });
  client = new Client({ connection, namespace });
  native = await NativeConnection.connect({ address });
  worker = await Worker.create({ connection: native, namespace, taskQueue, workflowBundle: workflowBundle(), activities: activitiesFor(new MemoryStore()) });
  running = worker.run();
});
afterAll(async () => {
  worker?.shutdown();
  await running?.catch(() => undefined);
  await native?.close();
  await connection?.close();
});

async function rejected(p: Promise<unknown>, reason: RegExp): Promise<void> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  expect(String((err as WorkflowUpdateFailedError).cause?.message)).toMatch(reason);
}

test('invalid updates are rejected with their reason and leave the history unchanged', async () => {
  const input = caseInput();
  const handle = await client.workflow.start(caseWorkflow, { taskQueue, workflowId: `case-${input.caseId}`, args: [input] });
  await eventually(async () => (await handle.query(stateQuery)).openSteps.every((s) => s.dueAt !== null));
  const length = async () => (await handle.fetchHistory()).events!.length;
  const before = await length();

  const referral = { actor: actors.coordinator(), referralId: 'r-x', organisationId: 'rabat-upe', service: 'HEALTH' as const };
  await rejected(handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.intake() }] }), /reserved to COORDINATOR or HEAD_OF_CENTRE/);
  await rejected(handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator('SALE') }] }), /belongs to province RABAT/);
  await rejected(handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator(), summary: 'x' }] }), /no assessment is awaited/);
  await rejected(handle.executeUpdate(approveUpdate, { args: [{ actor: actors.coordinator(), subject: 'ASSESSMENT' }] }), /head of the accompaniment centre/);
  await rejected(handle.executeUpdate(createReferralUpdate, { args: [referral] }), /acknowledged first/);
  await rejected(handle.executeUpdate(transferUpdate, { args: [{ actor: actors.coordinator(), toProvinceCode: 'RABAT' }] }), /already in RABAT/);
  expect(await length()).toBe(before);

  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
  await eventually(async () => (await handle.query(stateQuery)).stage === 'ASSESSMENT');
  const after = await length();
  await rejected(handle.executeUpdate(createReferralUpdate, { args: [referral] }), /consent of the child or guardian/);
  await rejected(handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] }), /no report is waiting/);
  await rejected(handle.executeUpdate(approveUpdate, { args: [{ actor: actors.head(), subject: 'ASSESSMENT' }] }), /no assessment awaits approval/);
  expect(await length()).toBe(after);
  await handle.terminate('test done');
});
