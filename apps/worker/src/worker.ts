// Builds the Temporal worker: the pathway workflows and their activities,
// wired to PostgreSQL (projections, policy, directory) and the alert outbox.
import fs from 'node:fs';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../../../activities';
import type { Db } from '../../../libs/db/prisma';
import { connectionOptions, dataConverter } from '../../../libs/temporal/connection';
import { buildWorkflowBundle } from '../../../libs/temporal/bundle';
import { withWorkflowStackFrames } from '../../../libs/temporal/stack-frames';
import { tracedWorkerOptions } from '../../../libs/observability/temporal-tracing';
import { tracing } from '../../../libs/observability/tracing';
import { createLog, type Log } from '../../../libs/observability/log';
import type { WorkerConfig } from './config';
import { createPathwayPorts } from './ports/pathway-ports';
import { logRefusal } from './refusal-log';
import { alertActivities } from './alerts';
import { createCourtReportActivities } from './court-report';
import { closePdfRenderer } from '../../../libs/pdf/render';

export interface WorkerDeps {
  config: WorkerConfig;
  db: Db;
  connection?: NativeConnection;
  /** the bundle's code; built from workflows/ when absent */
  bundleCode?: string;
  /** the process's log (main.ts); one of the worker's own when absent */
  log?: Log;
}

export async function createPathwayWorker(deps: WorkerDeps): Promise<{ worker: Worker; close(): Promise<void> }> {
  const { config, db } = deps;
  const log = deps.log ?? createLog('worker', config);
  const connection = deps.connection ?? (await NativeConnection.connect(connectionOptions(config.TEMPORAL_ADDRESS, config)));
  // A traced worker bundles its workflows with OpenTelemetry's interceptors (the prebuilt bundle has none).
  const code =
    deps.bundleCode ??
    (tracing() ? await buildWorkflowBundle({ tracing: true }) : undefined) ??
    (config.WORKER_BUNDLE_PATH && fs.existsSync(config.WORKER_BUNDLE_PATH)
      ? fs.readFileSync(config.WORKER_BUNDLE_PATH, 'utf8')
      : await buildWorkflowBundle());
  const alerts = await alertActivities(config, db);
  const worker = await withWorkflowStackFrames(config.WORKFLOW_STACK_FRAMES, () => Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowBundle: { code },
    activities: { ...createActivities(createPathwayPorts(db)), ...alerts.activities, ...createCourtReportActivities(db, alerts.ports) },
    // Only what the API or this worker encrypted reaches a workflow: anything
    // else decodes to a marker the workflows refuse (workflows/trust.interceptors.ts).
    dataConverter: dataConverter(config.MASAR_CODEC_KEYS, {
      inbound: 'mark',
      onRefused: logRefusal(log),
    }),
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_ACTIVITIES,
    shutdownGraceTime: '10 seconds',
    ...tracedWorkerOptions(),
  }));
  return {
    worker,
    async close() {
      await alerts.close();
      await closePdfRenderer();
      if (!deps.connection) await connection.close();
    },
  };
}
