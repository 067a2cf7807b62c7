// PostgreSQL, Redis and Temporal, each checked on its own with a timeout, so
// an operator sees at once which one is down.
import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { Redis } from 'ioredis';
import type { Db } from '../../../../libs/db/prisma';
import { DB, REDIS, TEMPORAL } from '../infra/tokens';

export type Check = { status: 'up' | 'down'; latencyMs: number; error?: string };
export interface Health {
  status: 'ok' | 'degraded';
  checks: { postgres: Check; redis: Check; temporal: Check };
}

async function check(fn: () => Promise<unknown>, timeoutMs = 2000): Promise<Check> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([fn(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)))]);
    return { status: 'up', latencyMs: Date.now() - start };
  } catch (e) {
    return { status: 'down', latencyMs: Date.now() - start, error: (e as Error).message.split('\n')[0] };
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class CheckHealthUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(TEMPORAL) private readonly temporal: Client,
  ) {}

  async execute(): Promise<Health> {
    const [postgres, redis, temporal] = await Promise.all([
      check(() => this.db.$queryRaw`SELECT 1`),
      check(async () => {
        if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect().catch(() => undefined);
        return this.redis.ping();
      }),
      check(async () => {
        await this.temporal.connection.ensureConnected();
        return this.temporal.workflowService.getSystemInfo({});
      }),
    ]);
    const ok = [postgres, redis, temporal].every((c) => c.status === 'up');
    return { status: ok ? 'ok' : 'degraded', checks: { postgres, redis, temporal } };
  }
}
