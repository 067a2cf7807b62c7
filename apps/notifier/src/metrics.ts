// The notifier's Prometheus series (served by main.ts on METRICS_PORT): queue
// depth by channel and state (read from Redis at each scrape), delivery latency
// from the row's enqueue to the channel's acceptance, sends and failures by channel.
import { Counter, Gauge, Histogram, processRegistry, type Registry } from '../../../libs/observability/metrics';
import type { Channel } from '../../../libs/notify/channels';
import type { AlertQueues } from '../../../libs/notify/queues';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

export interface DeliveryMetrics {
  sent(channel: Channel, enqueuedAt: Date): void;
  skipped(channel: Channel | 'unknown'): void;
  /** permanent: no retry follows (the address refused, or the last attempt) */
  failed(channel: Channel, permanent: boolean): void;
}

export interface NotifierMetrics extends DeliveryMetrics {
  registry: Registry;
}

/** queues: read at each scrape (the outbox opens after the senders). */
export function createNotifierMetrics(queues: () => AlertQueues): NotifierMetrics {
  const registry = processRegistry('notifier');
  new Gauge({
    name: 'masar_alert_queue_jobs',
    help: 'Alert jobs in the queue by channel and state (waiting: not yet taken; delayed: waiting for a retry)',
    labelNames: ['channel', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const [channel, queue] of Object.entries(queues())) {
        if (!queue) continue;
        const counts = await queue.getJobCounts(...STATES);
        for (const state of STATES) this.set({ channel, state }, counts[state] ?? 0);
      }
    },
  });
  const latency = new Histogram({
    name: 'masar_alert_delivery_seconds',
    help: 'From the delivery row enqueued (the alert activity) to the channel accepting the message, by channel',
    labelNames: ['channel'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300, 3600],
    registers: [registry],
  });
  const deliveries = new Counter({ name: 'masar_alert_deliveries_total', help: 'Delivery attempts by channel and outcome (sent; skipped: already sent or taken by another job)', labelNames: ['channel', 'outcome'] as const, registers: [registry] });
  const failures = new Counter({ name: 'masar_alert_delivery_failures_total', help: 'Failed delivery attempts by channel (permanent: no retry follows)', labelNames: ['channel', 'permanent'] as const, registers: [registry] });
  return {
    registry,
    sent(channel, enqueuedAt) {
      deliveries.inc({ channel, outcome: 'sent' });
      latency.observe({ channel }, Math.max(0, Date.now() - enqueuedAt.getTime()) / 1000);
    },
    skipped: (channel) => deliveries.inc({ channel, outcome: 'skipped' }),
    failed: (channel, permanent) => failures.inc({ channel, permanent: String(permanent) }),
  };
}
