// Temporal helpers for tests: the time-skipping server from the project's own
// binaries, and the workflow bundle built once per run.
import fs from 'node:fs';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { runContext } from './run-context';

export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const { testServerPath } = runContext();
  return TestWorkflowEnvironment.createTimeSkipping(
    testServerPath ? { server: { executable: { type: 'existing-path', path: testServerPath } } } : {},
  );
}

/** The prebuilt bundle, for Worker.create({ workflowBundle }). */
export function workflowBundle(): { code: string } {
  return { code: fs.readFileSync(runContext().workflowBundlePath, 'utf8') };
}
