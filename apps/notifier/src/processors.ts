// The BullMQ processor of every alert queue: a thin adapter from a job to the
// send use case. A permanent refusal becomes UnrecoverableError, so BullMQ
// spends no more attempts on it.
import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import { PermanentDeliveryError } from '../../../libs/notify/channels';
import type { DeliveryJob } from '../../../libs/notify/queues';
import type { SendDelivery, SendOutcome } from './send-delivery';

export function deliveryProcessor(send: SendDelivery): Processor<DeliveryJob, SendOutcome> {
  return async (job: Job<DeliveryJob>) => {
    try {
      return await send({ deliveryKey: job.data.deliveryKey, lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
    } catch (e) {
      if (e instanceof PermanentDeliveryError) throw new UnrecoverableError(e.message);
      throw e;
    }
  };
}
