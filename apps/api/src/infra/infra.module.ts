// Infrastructure clients for the API, one provider each, closed on shutdown.
// Feature modules import it where they need one; it is not global.
import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { Redis } from 'ioredis';
import { createDb, type Db } from '../../../../libs/db/prisma';
import { AesGcmCodec, parseCodecKeys } from '../../../../libs/temporal/codec';
import { connectionOptions, dataConverter } from '../../../../libs/temporal/connection';
import { tracedClientInterceptors } from '../../../../libs/observability/temporal-tracing';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog } from './audit-log';
import { IdempotencyStore } from './idempotency';
import { IdempotentPost } from './idempotent-post';
import { ProvinceCatalogue } from './provinces';
import { DB, PAYLOAD_CODEC, REDIS, TEMPORAL } from './tokens';

@Module({
  providers: [
    { provide: DB, inject: [API_CONFIG], useFactory: (config: ApiConfig) => createDb(config.DATABASE_URL, { poolSize: config.API_DB_POOL }) },
    {
      provide: TEMPORAL,
      inject: [API_CONFIG],
      // Lazy: the API starts (and reports Temporal as down) when the server is not up yet.
      useFactory: (config: ApiConfig) =>
        new Client({
          connection: Connection.lazy(connectionOptions(config.TEMPORAL_ADDRESS, config)),
          namespace: config.TEMPORAL_NAMESPACE,
          dataConverter: dataConverter(config.MASAR_CODEC_KEYS),
          // With tracing on, a workflow start carries the request's span (its context in the headers).
          interceptors: tracedClientInterceptors(),
        }),
    },
    {
      provide: REDIS,
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) =>
        new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }),
    },
    // Masar's payload codec (the keys of the workflows' data converter), for the codec endpoint and history reads.
    { provide: PAYLOAD_CODEC, inject: [API_CONFIG], useFactory: (config: ApiConfig) => new AesGcmCodec(parseCodecKeys(config.MASAR_CODEC_KEYS)) },
    AuditLog,
    IdempotencyStore,
    IdempotentPost,
    ProvinceCatalogue,
  ],
  exports: [DB, TEMPORAL, REDIS, PAYLOAD_CODEC, AuditLog, IdempotentPost, ProvinceCatalogue],
})
export class InfraModule implements OnApplicationShutdown {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(TEMPORAL) private readonly temporal: Client,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.db.$disconnect(), Promise.resolve(this.redis.disconnect())]);
    // The SDK's gRPC retry timers outlive Connection.close() and then throw on
    // the closed channel; give a pending retry a moment before closing.
    setTimeout(() => void this.temporal.connection.close().catch(() => undefined), 3000).unref();
  }
}
