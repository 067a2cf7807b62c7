// The API's Prometheus series (served by main.ts on METRICS_PORT, not on the
// API's origin): latency by route template and status, and the process's own.
import { Histogram, processRegistry } from '../../../../libs/observability/metrics';

export const apiMetrics = processRegistry('api');

export const httpDuration = new Histogram({
  name: 'masar_http_request_duration_seconds',
  help: 'API requests by method, route template and status: from the first byte read to the last written',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [apiMetrics],
});
