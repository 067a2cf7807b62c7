// Replays one recorded history many times in this process, to profile what a
// cold workflow task costs the worker (node --cpu-prof writes a profile per
// thread). Replays run in this thread (the SDK's replay worker is in debug
// mode), so --promises counts the promises each replay creates: every one costs
// the SDK's stack capture, and the count does not move with the machine's speed
// as CPU times do (the counting hook adds its own cost: CPU figures of a
// counting run are not comparable). --sites also names, for each promise, the
// workflow function that made it: the first frame of the project's workflow
// code, or the SDK's activation when none is on the stack.
//
// The bundle is the worker's own (libs/temporal/bundle.ts: interceptors, failure
// converter, preloaded modules); --raw replays the raw baseline's workflows
// (bench/baseline/workflows.ts) instead, for the same counts on its histories.
// bench/histories holds an acknowledgement of each kind, as a pathway out of
// the worker's cache replays it. Usage:
//   node --cpu-prof --cpu-prof-dir=<dir> -r @swc-node/register bench/replay-profile.ts <history.json> [times] [--promises] [--sites] [--raw]
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import { buildWorkflowBundle } from '../libs/temporal/bundle';

/** The frames on the stack now, as V8's call sites (the SDK formats workflow stacks its own way). */
function callSites(): NodeJS.CallSite[] {
  const format = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, sites) => sites;
  const sites = new Error().stack as unknown as NodeJS.CallSite[];
  Error.prepareStackTrace = format;
  return sites;
}

/** The first frame of workflow code (the bundle's own modules, not node_modules'), or the SDK's activation. */
function site(sites: NodeJS.CallSite[], modules: Map<number, string>, starts: number[]): string {
  for (const frame of sites) {
    if (!/workflow-bundle-\w+\.js/.test(frame.getFileName() ?? '')) continue;
    const line = frame.getLineNumber() ?? 0;
    const start = starts.filter((l) => l <= line).pop();
    const module = start === undefined ? undefined : modules.get(start);
    if (module && !module.includes('node_modules')) return `${frame.getFunctionName() ?? '(anonymous)'} (${module})`;
  }
  return '(the SDK: activation and its handlers)';
}

async function main() {
  const file = process.argv[2];
  const flags = new Set(process.argv.slice(3).filter((a) => a.startsWith('--')));
  const times = Number(process.argv.slice(3).find((a) => /^\d+$/.test(a)) ?? 200);
  const counting = flags.has('--promises') || flags.has('--sites');
  const history = historyFromJSON(JSON.parse(fs.readFileSync(file, 'utf8')));
  const quiet = () => undefined;
  const code = flags.has('--raw')
    ? (await bundleWorkflowCode({ workflowsPath: require.resolve(path.join(__dirname, 'baseline', 'workflows')), logger: { trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error, log: quiet } })).code
    : await buildWorkflowBundle();
  // where each of the bundle's modules begins (webpack names it in a comment above its code)
  const modules = new Map<number, string>();
  code.split('\n').forEach((l, i) => {
    const m = /^\/\*\*\*\/ "([^"]+)"/.exec(l);
    if (m) modules.set(i + 1, m[1]);
  });
  const starts = [...modules.keys()];
  const histories = Array.from({ length: times }, (_, i) => ({ workflowId: `replay-${i}`, history }));
  let promises = 0;
  const sites = new Map<string, number>();
  // a workflow's promises are its context's (another realm's Promise), the worker's are this one's
  const hook = counting
    ? v8.promiseHooks.createHook({
        init: (p) => {
          if (p.constructor === Promise) return;
          promises++;
          if (!flags.has('--sites')) return;
          const at = site(callSites(), modules, starts);
          sites.set(at, (sites.get(at) ?? 0) + 1);
        },
      })
    : undefined;
  if (flags.has('--sites')) Error.stackTraceLimit = 40;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let failures = 0;
  for await (const r of Worker.runReplayHistories({ workflowBundle: { code } }, histories)) if (r.error) failures++;
  const cpu = process.cpuUsage(c0);
  hook?.();
  console.log(
    `${times} replays of ${history.events?.length} events: ${((performance.now() - t0) / times).toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / times).toFixed(2)} ms CPU each (process); ${failures} failures${counting ? `; ${Math.round(promises / times)} workflow promises each` : ''}`,
  );
  for (const [at, n] of [...sites].sort((a, b) => b[1] - a[1])) console.log(`${(n / times).toFixed(1).padStart(6)}  ${at}`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
