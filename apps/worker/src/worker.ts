// Builds the Temporal worker: the pathway workflows and their activities,
// wired to PostgreSQL (projections, policy, directory) and the alert outbox.
import fs from 'node:fs';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../../../activities';
import type { Db } from '../../../libs/db/prisma';
import { dataConverter } from '../../../libs/temporal/connection';
import { buildWorkflowBundle } from '../../../libs/temporal/bundle';
import type { WorkerConfig } from './config';
import { createPathwayPorts } from './ports/pathway-ports';
import { alertActivities } from './alerts';

export interface WorkerDeps {
  config: WorkerConfig;
  db: Db;
  connection?: NativeConnection;
  /** the bundle's code; built from workflows/ when absent */
  bundleCode?: string;
}

export async function createPathwayWorker(deps: WorkerDeps): Promise<{ worker: Worker; close(): Promise<void> }> {
  const { config, db } = deps;
  const connection = deps.connection ?? (await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS }));
  const code =
    deps.bundleCode ??
    (config.WORKER_BUNDLE_PATH && fs.existsSync(config.WORKER_BUNDLE_PATH)
      ? fs.readFileSync(config.WORKER_BUNDLE_PATH, 'utf8')
      : await buildWorkflowBundle());
  const alerts = await alertActivities(config, db);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowBundle: { code },
    activities: { ...createActivities(createPathwayPorts(db)), ...alerts.activities },
    dataConverter: dataConverter(config.MASAR_CODEC_KEYS),
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_ACTIVITIES,
    shutdownGraceTime: '10 seconds',
  });
  return {
    worker,
    async close() {
      await alerts.close();
      if (!deps.connection) await connection.close();
    },
  };
}
