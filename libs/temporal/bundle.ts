// The workflow bundle: built once (at build time for production, once per
// test run for tests) from workflows/index.ts with Masar's failure converter
// and the trust interceptors (workflows/trust.interceptors.ts).
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

const WORKFLOWS_PATH = path.resolve(__dirname, '..', '..', 'workflows', 'index');
const TRUST_INTERCEPTORS = path.resolve(__dirname, '..', '..', 'workflows', 'trust.interceptors');

export async function buildWorkflowBundle(): Promise<string> {
  const quiet = () => undefined;
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve(WORKFLOWS_PATH),
    failureConverterPath: require.resolve('./failure-converter'),
    workflowInterceptorModules: [require.resolve(TRUST_INTERCEPTORS)],
    logger: { trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error, log: quiet },
  });
  return code;
}
