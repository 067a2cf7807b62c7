// Replays one recorded history many times in this process, to profile what a
// cold workflow task costs the worker (node --cpu-prof writes a profile per
// thread). Replays run in this thread (the SDK's replay worker is in debug
// mode), so --promises counts the promises each replay creates: every one costs
// the SDK's stack capture, and the count does not move with the machine's speed
// as CPU times do (the counting hook adds its own cost: CPU figures of a
// counting run are not comparable). Usage:
//   node --cpu-prof --cpu-prof-dir=<dir> -r @swc-node/register bench/replay-profile.ts <history.json> [times] [--promises]
import fs from 'node:fs';
import v8 from 'node:v8';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import path from 'node:path';

async function main() {
  const file = process.argv[2];
  const args = process.argv.slice(3).filter((a) => a !== '--promises');
  const times = Number(args[0] ?? 200);
  let promises = 0;
  const counting = process.argv.includes('--promises');
  const history = historyFromJSON(JSON.parse(fs.readFileSync(file, 'utf8')));
  const bundle = await bundleWorkflowCode({ workflowsPath: path.join(__dirname, '..', 'workflows', 'index.ts'), logger: undefined });
  const histories = Array.from({ length: times }, (_, i) => ({ workflowId: `replay-${i}`, history }));
  // a workflow's promises are its context's (another realm's Promise), the worker's are this one's
  const hook = counting ? v8.promiseHooks.createHook({ init: (p) => void (p.constructor !== Promise && promises++) }) : undefined;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let failures = 0;
  for await (const r of Worker.runReplayHistories({ workflowBundle: bundle }, histories)) if (r.error) failures++;
  const cpu = process.cpuUsage(c0);
  hook?.();
  console.log(`${times} replays of ${history.events?.length} events: ${((performance.now() - t0) / times).toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / times).toFixed(2)} ms CPU each (process); ${failures} failures${counting ? `; ${Math.round(promises / times)} workflow promises each` : ''}`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
