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

/**
 * The domain modules the workflows import (libs/domain), evaluated once when the
 * worker loads the bundle and shared by every workflow of its V8 context, which
 * the SDK deep-freezes. Without this, each workflow the worker creates (every
 * task of a pathway out of its cache) evaluates and holds its own copy of these
 * tables: measured by bench/workflow-creation.ts. Only a module with no state
 * of its own, no effect at load and no import of a module outside this list
 * may be here; test/workflows/preloaded-modules.spec.ts checks each one, and
 * that the list is every domain module in the bundle.
 */
export const PRELOADED_DOMAIN_MODULES = [
  'case-view', 'court', 'duration', 'ids', 'pathway', 'permissions', 'refusals', 'stages', 'steps', 'taxonomy',
  'templates', 'templates/defaults', 'templates/validate',
] as const;
const DOMAIN = path.resolve(__dirname, '..', 'domain');

/**
 * tracing: with OpenTelemetry's workflow interceptors (the context from the start's headers to the activities').
 * preload: false only to measure what preloading saves (bench/workflow-creation.ts).
 */
export async function buildWorkflowBundle(options: { tracing?: boolean; preload?: boolean } = {}): Promise<string> {
  const quiet = () => undefined;
  const tracing = options.tracing ? [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')] : [];
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve(WORKFLOWS_PATH),
    failureConverterPath: require.resolve('./failure-converter'),
    workflowInterceptorModules: [require.resolve(TRUST_INTERCEPTORS), ...tracing],
    preloadModules: options.preload === false ? [] : PRELOADED_DOMAIN_MODULES.map((m) => require.resolve(path.join(DOMAIN, m))),
    webpackConfigHook: (config) => ({ ...config, devtool: 'inline-nosources-source-map' }),
    logger: { trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error, log: quiet },
  });
  return code;
}
