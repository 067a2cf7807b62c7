// What each process reads about its logs, metrics and traces (spread into the
// app's own zod schema, with that process's metrics port as the default).
import { z } from 'zod';
import { bool, port, url } from '../config/load';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const observabilityEnv = (metricsPort: number) => ({
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Prometheus metrics: a port of their own, never the API's origin. */
  METRICS_ENABLED: bool.default(true),
  METRICS_PORT: port.default(metricsPort),
  /** loopback unless the scraper is on another host of a private network (compose: the internal network) */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** OTLP/HTTP traces endpoint (http://collector:4318); unset: no tracing at all */
  OTEL_EXPORTER_OTLP_ENDPOINT: url(['http', 'https']).optional(),
});

export interface ObservabilityConfig {
  LOG_LEVEL: (typeof LOG_LEVELS)[number];
  METRICS_ENABLED: boolean;
  METRICS_PORT: number;
  METRICS_HOST: string;
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
}

/** Default metrics ports of the three processes (one machine runs all three under npm start). */
export const METRICS_PORTS = { api: 9464, worker: 9465, notifier: 9466 } as const;
