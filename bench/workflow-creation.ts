// What a workflow costs the worker to create, with the domain modules preloaded
// (libs/temporal/bundle.ts) and without: every task of a pathway that is not in
// the worker's cache creates its workflow again, in the worker's reusable V8
// context, and every pathway the cache holds keeps what its creation allocated.
// Both bundles are loaded in the same process, the SDK's own way (its
// ReusableVMWorkflowCreator, as the worker does), and measured in alternating
// rounds: CPU per workflow created and disposed, and heap per workflow held.
// It needs Node's --expose-gc (about 1 minute):
//   node --expose-gc -r @swc-node/register bench/workflow-creation.ts [workflows per round, default 2000]
import os from 'node:os';
import { ReusableVMWorkflowCreator } from '@temporalio/worker/lib/workflow/reusable-vm';
import type { WorkflowCreateOptions } from '@temporalio/worker/lib/workflow/interface';
import { parseWorkflowCode } from '@temporalio/worker/lib/worker';
import { buildWorkflowBundle, PRELOADED_DOMAIN_MODULES } from '../libs/temporal/bundle';
import { percentile } from './lib/stats';

const ROUNDS = 5;
const HELD = 250; // the worker's default cache
const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

let runs = 0;
function options(): WorkflowCreateOptions {
  const id = `bench-${++runs}`;
  const info = {
    workflowType: 'caseWorkflow', workflowId: id, runId: id, firstExecutionRunId: id, taskQueue: 'bench', namespace: 'default',
    attempt: 1, historyLength: 3, historySize: 1024, continueAsNewSuggested: false, taskTimeoutMs: 10_000,
    startTime: new Date(), runStartTime: new Date(), searchAttributes: {}, typedSearchAttributes: [], memo: {}, priority: {},
    unsafe: { isReplaying: false, now: Date.now },
  };
  return { info: info as unknown as WorkflowCreateOptions['info'], randomnessSeed: [1, 2, 3, 4], now: Date.now(), showStackTraceSources: false };
}

async function creator(preload: boolean): Promise<ReusableVMWorkflowCreator> {
  const bundle = parseWorkflowCode(await buildWorkflowBundle({ preload }));
  return ReusableVMWorkflowCreator.create(bundle, 5_000, new Set());
}

/** CPU milliseconds per workflow created then disposed. */
async function createCpu(c: ReusableVMWorkflowCreator, n: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await (await c.createWorkflow(options())).dispose();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / n;
}

/** KiB of heap per workflow held (created, not disposed), after a full collection. */
async function heldHeap(c: ReusableVMWorkflowCreator, gc: () => void): Promise<number> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = [];
  for (let i = 0; i < HELD; i++) held.push(await c.createWorkflow(options()));
  gc();
  const kib = (process.memoryUsage().heapUsed - before) / HELD / 1024;
  for (const wf of held) await wf.dispose();
  return kib;
}

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const n = Number(process.argv[2] ?? 2000);
  const variants = { without: await creator(false), preloaded: await creator(true) };
  const cpu: Record<keyof typeof variants, number[]> = { without: [], preloaded: [] };
  const heap: Record<keyof typeof variants, number[]> = { without: [], preloaded: [] };
  await createCpu(variants.without, 200); // warm both before measuring
  await createCpu(variants.preloaded, 200);
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of ['without', 'preloaded'] as const) {
      cpu[name].push(await createCpu(variants[name], n));
      heap[name].push(await heldHeap(variants[name], gc));
    }
  }
  const f = (x: number, d = 3) => x.toFixed(d);
  const [cw, cp, hw, hp] = [median(cpu.without), median(cpu.preloaded), median(heap.without), median(heap.preloaded)];
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; ${ROUNDS} rounds of ${n} workflows; ${PRELOADED_DOMAIN_MODULES.length} domain modules preloaded.`);
  console.log('| per workflow (median of the rounds) | without preloading | preloaded | ratio |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| CPU to create and dispose | ${f(cw)} ms | ${f(cp)} ms | ${f(cp / cw, 2)} |`);
  console.log(`| heap held (${HELD} workflows held) | ${f(hw, 1)} KiB | ${f(hp, 1)} KiB | ${f(hp / hw, 2)} |`);
  console.log(`rounds: CPU without ${cpu.without.map((x) => f(x)).join(', ')}; preloaded ${cpu.preloaded.map((x) => f(x)).join(', ')}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
