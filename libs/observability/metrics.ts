// Prometheus metrics of a process, on a port of their own (METRICS_PORT, bound
// to METRICS_HOST: loopback by default). Never on the API's public origin: the
// series name routes and channels, and a scrape costs CPU anyone could spend.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { ObservabilityConfig } from './config';
import type { Log } from './log';

export { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** A registry with the process's own series (CPU, memory, event-loop lag) under masar_<service>_. */
export function processRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'masar_' });
  return registry;
}

export interface MetricsServer {
  /** the port it listens on (METRICS_PORT, or the one the system gave for 0) */
  port: number;
  close(): Promise<void>;
}

/**
 * GET /metrics on METRICS_HOST:METRICS_PORT. A port already taken is a warning,
 * not a stop: the process's work matters more than its metrics.
 */
export async function serveMetrics(registry: Registry, config: Pick<ObservabilityConfig, 'METRICS_ENABLED' | 'METRICS_HOST' | 'METRICS_PORT'>, log: Log, port = config.METRICS_PORT): Promise<MetricsServer | null> {
  if (!config.METRICS_ENABLED) return null;
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (e: Error) => res.writeHead(500).end(e.message),
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, config.METRICS_HOST, () => resolve());
    });
  } catch (e) {
    log.warn({ err: (e as Error).message }, `metrics not served on ${config.METRICS_HOST}:${port}`);
    return null;
  }
  const bound = (server.address() as AddressInfo).port;
  log.info(`metrics on http://${config.METRICS_HOST}:${bound}/metrics`);
  return { port: bound, close: () => new Promise((r) => server.close(() => r())) };
}
