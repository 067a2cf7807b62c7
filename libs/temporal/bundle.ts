// The workflow bundle: built once (at build time for production, once per
// test run for tests) from workflows/index.ts with Masar's failure converter
// and the trust interceptors (workflows/trust.interceptors.ts).
//
// Its source map keeps every mapping (a workflow's stack trace still names the
// TypeScript file, line and column) but not the sources' text: the worker
// holds the map in each workflow thread, and the text cost it about 21 MB of
// RSS for nothing (the SDK sends sources only with showStackTraceSources).
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

const WORKFLOWS_PATH = path.resolve(__dirname, '..', '..', 'workflows', 'index');
const TRUST_INTERCEPTORS = path.resolve(__dirname, '..', '..', 'workflows', 'trust.interceptors');

/** tracing: with OpenTelemetry's workflow interceptors (the context from the start's headers to the activities'). */
export async function buildWorkflowBundle(options: { tracing?: boolean } = {}): Promise<string> {
  const quiet = () => undefined;
  const tracing = options.tracing ? [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')] : [];
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve(WORKFLOWS_PATH),
    failureConverterPath: require.resolve('./failure-converter'),
    workflowInterceptorModules: [require.resolve(TRUST_INTERCEPTORS), ...tracing],
    webpackConfigHook: (config) => ({ ...config, devtool: 'inline-nosources-source-map' }),
    logger: { trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error, log: quiet },
  });
  return code;
}
