// The BullMQ processor of every alert queue: a thin adapter from a job to the
// send use case. A permanent refusal becomes UnrecoverableError, so BullMQ
// spends no more attempts on it.
import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import { PermanentDeliveryError } from '../../../libs/notify/channels';
import type { DeliveryJob } from '../../../libs/notify/queues';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { contextFrom, tracing } from '../../../libs/observability/tracing';
import type { SendDelivery, SendOutcome } from './send-delivery';

export function deliveryProcessor(send: SendDelivery): Processor<DeliveryJob, SendOutcome> {
  const attempt = async (job: Job<DeliveryJob>) => {
    try {
      return await send({ deliveryKey: job.data.deliveryKey, lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
    } catch (e) {
      if (e instanceof PermanentDeliveryError) throw new UnrecoverableError(e.message);
      throw e;
    }
  };
  return (job: Job<DeliveryJob>) => {
    const t = tracing();
    if (!t) return attempt(job);
    // The alert activity's trace goes on here: the send is a span of it.
    return t.tracer.startActiveSpan(`deliver ${job.queueName}`, { kind: SpanKind.CONSUMER, attributes: { 'masar.delivery_key': job.data.deliveryKey, 'masar.attempt': job.attemptsMade + 1 } }, contextFrom(job.data.traceparent), async (span) => {
      try {
        return await attempt(job);
      } catch (e) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (e as Error).message });
        throw e;
      } finally {
        span.end();
      }
    });
  };
}
