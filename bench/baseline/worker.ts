// The raw baseline's worker: a process of its own (its CPU and memory read
// from /proc like Masar's worker), same Temporal server, same codec, same
// worker limits as Masar's worker (the tuning variables it reads).
import path from 'node:path';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { workerConfigSchema } from '../../apps/worker/src/config';
import { dataConverter } from '../../libs/temporal/connection';
import { withWorkflowStackFrames } from '../../libs/temporal/stack-frames';

async function main(): Promise<void> {
  const env = process.env;
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS as string });
  const quiet = () => undefined;
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve(path.join(__dirname, 'workflows')),
    logger: { trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error, log: quiet },
  });
  // Masar's worker limits and workflow stack frames, from its own configuration schema (defaults or the tuning variables set).
  const limits = workerConfigSchema.parse(env);
  const worker = await withWorkflowStackFrames(limits.WORKFLOW_STACK_FRAMES, () => Worker.create({
    connection,
    namespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.RAW_TASK_QUEUE ?? 'bench-raw',
    workflowBundle: { code },
    activities: { noop: async () => null },
    dataConverter: dataConverter(env.MASAR_CODEC_KEYS as string),
    maxCachedWorkflows: limits.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: limits.WORKER_MAX_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: limits.WORKER_MAX_ACTIVITIES,
  }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
  console.log('raw worker: polling');
  await worker.run();
  await connection.close();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
