// Replays one recorded history many times in this process, to profile what a
// cold workflow task costs the worker (node --cpu-prof writes a profile per
// thread). Usage:
//   node --cpu-prof --cpu-prof-dir=<dir> -r @swc-node/register bench/replay-profile.ts <history.json> [times]
import fs from 'node:fs';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import path from 'node:path';

async function main() {
  const file = process.argv[2];
  const times = Number(process.argv[3] ?? 200);
  const history = historyFromJSON(JSON.parse(fs.readFileSync(file, 'utf8')));
  const bundle = await bundleWorkflowCode({ workflowsPath: path.join(__dirname, '..', 'workflows', 'index.ts'), logger: undefined });
  const histories = Array.from({ length: times }, (_, i) => ({ workflowId: `replay-${i}`, history }));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let failures = 0;
  for await (const r of Worker.runReplayHistories({ workflowBundle: bundle }, histories)) if (r.error) failures++;
  const cpu = process.cpuUsage(c0);
  console.log(`${times} replays of ${history.events?.length} events: ${((performance.now() - t0) / times).toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / times).toFixed(2)} ms CPU each (process); ${failures} failures`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
