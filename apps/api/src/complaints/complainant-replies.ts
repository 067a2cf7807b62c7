// The answer to a complaint that came by SMS goes back to the complainant's
// number: one delivery row (key complaint:<id>:answer:SMS, created once) and
// its job on the SMS queue, which the notifier sends as written. A retried
// answer finds the row and sends nothing twice; a job lost with Redis is
// queued again by the notifier's reconciler.
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { complainantDelivery, type ComplainantLanguage } from '../../../../libs/notify/complainant';
import { enqueueDelivery, openAlertOutbox, type AlertOutbox } from '../../../../libs/notify/queues';
import { API_CONFIG, type ApiConfig } from '../config';
import { DB } from '../infra/tokens';

interface Answered {
  id: string;
  origin: string;
  channel: string;
  reference: string | null;
  replyTo: string | null;
  language: string | null;
  workflowId: string | null;
}

@Injectable()
export class ComplainantReplies implements OnApplicationShutdown {
  private readonly logger = new Logger('complainant-replies');
  private outbox?: AlertOutbox;

  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** After the answer is recorded: an SMS complaint from outside gets it by SMS. */
  async answered(c: Answered, answer: string): Promise<void> {
    if (c.origin !== 'PUBLIC' || c.channel !== 'SMS' || !c.replyTo || !c.reference) return;
    const language: ComplainantLanguage = c.language === 'ar' ? 'ar' : 'fr';
    const row = complainantDelivery({ id: c.id, reference: c.reference, workflowId: c.workflowId, replyTo: c.replyTo, language }, 'answer', answer.trim());
    const saved = await this.db.delivery.upsert({ where: { key: row.key }, create: row, update: {} });
    if (saved.status !== 'QUEUED') return;
    try {
      this.outbox ??= openAlertOutbox({ redisUrl: this.config.REDIS_URL, prefix: this.config.MASAR_REDIS_PREFIX, channels: ['SMS'] });
      await enqueueDelivery(this.outbox, 'SMS', row.key);
    } catch (e) {
      this.logger.warn(`answer to complaint ${c.reference} recorded, not queued yet (${(e as Error).message}): the notifier's reconciler will`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.outbox?.close();
  }
}
