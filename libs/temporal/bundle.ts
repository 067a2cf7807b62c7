// The workflow bundle: built once (at build time for production, once per
// test run for tests) from workflows/index.ts with Masar's failure converter.
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

const WORKFLOWS_PATH = path.resolve(__dirname, '..', '..', 'workflows', 'index');

export async function buildWorkflowBundle(): Promise<string> {
  const quiet = () => undefined;
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve(WORKFLOWS_PATH),
    failureConverterPath: require.resolve('./failure-converter'),
    logger: { trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error, log: quiet },
  });
  return code;
}
