// The API process: validated configuration, then listen; SIGTERM/SIGINT close
// the server and the clients (Nest shutdown hooks). JSON logs on stdout, the
// Prometheus metrics on METRICS_HOST:METRICS_PORT (loopback by default), traces
// to OTEL_EXPORTER_OTLP_ENDPOINT when it is set.
import 'reflect-metadata';
import { loadConfigOrExit } from '../../../libs/config/load';
import { createLog } from '../../../libs/observability/log';
import { serveMetrics } from '../../../libs/observability/metrics';
import { startTracing } from '../../../libs/observability/tracing';
import { createApp } from './app';
import { apiConfigSchema } from './config';
import { apiMetrics } from './infra/metrics';

async function main(): Promise<void> {
  const config = loadConfigOrExit(apiConfigSchema);
  const log = createLog('api', config);
  // Before the application: its Temporal client reads whether tracing is on.
  const tracing = startTracing('api', config);
  const app = await createApp(config, { log });
  await app.listen(config.PORT, config.HOST);
  const metrics = await serveMetrics(apiMetrics, config, log);
  log.info(`api: listening on http://${config.HOST}:${config.PORT} (docs at /api/docs)`);
  const stop = () => void Promise.allSettled([metrics?.close(), tracing?.shutdown()]);
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err) => {
  console.error('api: fatal', err);
  process.exit(1);
});
