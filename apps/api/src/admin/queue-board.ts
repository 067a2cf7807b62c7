// Bull Board over the alert queues, read-only, served at /admin/queues. Built
// on first use, so an API process that nobody administers opens no extra Redis
// connection; closed with the application.
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { RequestHandler } from 'express';
import { Redis } from 'ioredis';
import { ALERT_QUEUES } from '../../../../libs/notify/queues';
import { API_CONFIG, type ApiConfig } from '../config';

export const BOARD_PATH = '/admin/queues';

@Injectable()
export class QueueBoard implements OnApplicationShutdown {
  private readonly logger = new Logger('queue-board');
  private redis?: Redis;
  private queues: Queue[] = [];
  private handler?: RequestHandler;
  private lastError = '';

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  /** The board's own Redis connection (also holds the browser sessions). */
  connection(): Redis {
    // Commands wait for the connection, but fail after one retry rather than hang.
    this.redis ??= new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000 }).on('error', (e) => this.warn(e));
    return this.redis;
  }

  /** The Express app of Bull Board, mounted under BOARD_PATH behind BoardAccess.gate. */
  readonly router: RequestHandler = (req, res, next) => {
    if (!this.handler) {
      const adapter = new ExpressAdapter().setBasePath(BOARD_PATH);
      this.queues = Object.values(ALERT_QUEUES).map((name) => new Queue(name, { connection: this.connection(), prefix: this.config.MASAR_REDIS_PREFIX }).on('error', (e) => this.warn(e)));
      createBullBoard({
        queues: this.queues.map((q) => new BullMQAdapter(q, { readOnlyMode: true })),
        serverAdapter: adapter,
        options: { uiConfig: { boardTitle: 'Masar alerts' } },
      });
      const app = adapter.getRouter();
      app.disable('x-powered-by');
      this.handler = app as RequestHandler;
    }
    return this.handler(req, res, next);
  };

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.queues.map((q) => q.close()));
    this.redis?.disconnect();
  }

  /** Once per distinct message: a Redis outage retries every second or so. */
  private warn(e: Error): void {
    if (e.message === this.lastError) return;
    this.lastError = e.message;
    this.logger.warn(`Redis: ${e.message}`);
  }
}
