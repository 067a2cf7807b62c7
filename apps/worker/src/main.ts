// The worker process: runs pathway workflows and activities until SIGTERM or
// SIGINT, then lets in-flight tasks finish (Worker.run resolves on shutdown).
// JSON logs on stdout; the SDK's own Prometheus telemetry (schedule-to-start,
// workflow cache, sticky hits, activity latency) on METRICS_HOST:METRICS_PORT;
// traces to OTEL_EXPORTER_OTLP_ENDPOINT when it is set.
import net from 'node:net';
import { Runtime, type LogLevel, type LogMetadata } from '@temporalio/worker';
import { loadConfigOrExit } from '../../../libs/config/load';
import { createDb } from '../../../libs/db/prisma';
import { createLog, type Log } from '../../../libs/observability/log';
import { startTracing } from '../../../libs/observability/tracing';
import { workerConfigSchema, type WorkerConfig } from './config';
import { createPathwayWorker } from './worker';

/** Whether the metrics port is free: the SDK's exporter would stop the process on a taken one. */
const free = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });

/** The SDK's runtime: its logs into ours, its metrics to Prometheus (the one Runtime.install of the process). */
async function installRuntime(config: WorkerConfig, log: Log): Promise<void> {
  const prometheus = config.METRICS_ENABLED && (await free(config.METRICS_HOST, config.METRICS_PORT));
  if (config.METRICS_ENABLED && !prometheus) log.warn(`metrics not served: ${config.METRICS_HOST}:${config.METRICS_PORT} is taken`);
  const sdk = log.child({ scope: 'temporal-sdk' });
  const levels: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };
  Runtime.install({
    logger: { log: (level: LogLevel, message: string, meta?: LogMetadata) => sdk[levels[level]](meta ?? {}, message), trace: (m, meta) => sdk.trace(meta ?? {}, m), debug: (m, meta) => sdk.debug(meta ?? {}, m), info: (m, meta) => sdk.info(meta ?? {}, m), warn: (m, meta) => sdk.warn(meta ?? {}, m), error: (m, meta) => sdk.error(meta ?? {}, m) },
    telemetryOptions: prometheus ? { metrics: { metricPrefix: 'temporal_', prometheus: { bindAddress: `${config.METRICS_HOST}:${config.METRICS_PORT}`, useSecondsForDurations: true } } } : undefined,
  });
  if (prometheus) log.info(`metrics on http://${config.METRICS_HOST}:${config.METRICS_PORT}/metrics`);
}

async function main(): Promise<void> {
  const config = loadConfigOrExit(workerConfigSchema);
  const log = createLog('worker', config);
  await installRuntime(config, log);
  const tracing = startTracing('worker', config);
  const db = createDb(config.DATABASE_URL, { poolSize: config.WORKER_DB_POOL });
  const { worker, close } = await createPathwayWorker({ config, db, log });
  // The SDK installs SIGINT/SIGTERM handlers that call worker.shutdown().
  log.info(`worker: polling ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS} (${config.TEMPORAL_NAMESPACE})`);
  try {
    await worker.run();
  } finally {
    await close();
    await db.$disconnect();
    await tracing?.shutdown();
  }
  log.info('worker: stopped');
}

main().catch((err) => {
  console.error('worker: fatal', err);
  process.exit(1);
});
