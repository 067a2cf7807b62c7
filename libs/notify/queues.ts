// The alert queues: one per channel, their job options and the job id rule.
// BullMQ does last-mile delivery only; the Delivery row in PostgreSQL is the
// record, and a job carries nothing but the key of its row (no personal data
// in Redis).
import { Queue, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { currentTraceparent } from '../observability/tracing';
import type { Channel } from './channels';

export const ALERT_QUEUES: Record<Channel, string> = {
  EMAIL: 'alert-email',
  SMS: 'alert-sms',
};

export const DELIVERY_JOB_NAME = 'deliver-alert';

/** Attempts per delivery: with the backoff below, about an hour of retries. */
export const DELIVERY_ATTEMPTS = 8;
/** First retry after this delay, doubling each time (15 s, 30 s, 1 min ... 32 min). */
export const DELIVERY_BACKOFF_MS = 15_000;

export const DELIVERY_JOB_OPTIONS = {
  attempts: DELIVERY_ATTEMPTS,
  backoff: { type: 'exponential', delay: DELIVERY_BACKOFF_MS },
  // A finished job may go: the row's status guards against a second send.
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const satisfies JobsOptions;

export interface DeliveryJob {
  deliveryKey: string;
  /** W3C trace context of the alert activity, when tracing is on (an id, no personal data) */
  traceparent?: string;
}

/**
 * The BullMQ job id of a delivery: its key, with ':' (refused by BullMQ in
 * custom ids) and '%' percent-encoded, so the mapping stays one-to-one.
 */
export function deliveryJobId(deliveryKey: string): string {
  return deliveryKey.replace(/%/g, '%25').replace(/:/g, '%3A');
}

export type AlertQueues = Partial<Record<Channel, Queue<DeliveryJob>>>;

export interface AlertOutbox {
  /** only the channels that are delivered; an absent channel gets no delivery rows */
  queues: AlertQueues;
  jobOptions: JobsOptions;
  close(): Promise<void>;
}

export interface AlertOutboxOptions {
  redisUrl: string;
  /** BullMQ key prefix (MASAR_REDIS_PREFIX) */
  prefix: string;
  channels?: readonly Channel[];
  /** tests shorten the backoff; production keeps DELIVERY_JOB_OPTIONS */
  jobOptions?: JobsOptions;
}

/** Opens the producer side of the alert queues (for the activity and the reconciler). */
export function openAlertOutbox(o: AlertOutboxOptions): AlertOutbox {
  const connection = new Redis(o.redisUrl, { maxRetriesPerRequest: null });
  const channels = o.channels ?? (Object.keys(ALERT_QUEUES) as Channel[]);
  const queues: AlertQueues = {};
  for (const channel of channels) {
    queues[channel] = new Queue<DeliveryJob>(ALERT_QUEUES[channel], { connection, prefix: o.prefix });
  }
  return {
    queues,
    jobOptions: { ...DELIVERY_JOB_OPTIONS, ...o.jobOptions },
    async close() {
      await Promise.all(Object.values(queues).map((q) => q.close()));
      connection.disconnect();
    },
  };
}

/** Adds the job of a delivery; a no-op while a job with the same id exists. */
export async function enqueueDelivery(outbox: Pick<AlertOutbox, 'queues' | 'jobOptions'>, channel: Channel, deliveryKey: string): Promise<boolean> {
  const queue = outbox.queues[channel];
  if (!queue) return false;
  const traceparent = currentTraceparent();
  await queue.add(DELIVERY_JOB_NAME, traceparent ? { deliveryKey, traceparent } : { deliveryKey }, { ...outbox.jobOptions, jobId: deliveryJobId(deliveryKey) });
  return true;
}
