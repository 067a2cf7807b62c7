// What global setup prepared for this run, shared with every test file
// through environment variables (jest workers inherit them).
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export function runContext() {
  const need = (name: string): string => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run the tests through jest's global setup (npm test)`);
    return v;
  };
  return {
    runId: need('MASAR_TEST_RUN_ID'),
    workflowBundlePath: need('MASAR_TEST_WORKFLOW_BUNDLE'),
    testServerPath: process.env.MASAR_TEST_SERVER_PATH || undefined,
    cliPath: process.env.MASAR_TEMPORAL_CLI_PATH || undefined,
  };
}
