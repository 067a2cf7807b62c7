// Infrastructure clients for the API, one provider each, closed on shutdown.
import { Global, Inject, Module, OnApplicationShutdown, type DynamicModule } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { Redis } from 'ioredis';
import { createDb, type Db } from '../../../../libs/db/prisma';
import { dataConverter } from '../../../../libs/temporal/connection';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog } from './audit-log';
import { IdempotencyStore } from './idempotency';
import { ProvinceCatalogue } from './provinces';
import { DB, REDIS, TEMPORAL } from './tokens';

@Global()
@Module({})
export class InfraModule implements OnApplicationShutdown {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: InfraModule,
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: DB, useFactory: () => createDb(config.DATABASE_URL, { poolSize: config.API_DB_POOL }) },
        {
          provide: TEMPORAL,
          // Lazy: the API starts (and reports Temporal as down) when the server is not up yet.
          useFactory: () =>
            new Client({
              connection: Connection.lazy({ address: config.TEMPORAL_ADDRESS }),
              namespace: config.TEMPORAL_NAMESPACE,
              dataConverter: dataConverter(config.MASAR_CODEC_KEYS),
            }),
        },
        {
          provide: REDIS,
          useFactory: () =>
            new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }),
        },
        AuditLog,
        IdempotencyStore,
        ProvinceCatalogue,
      ],
      exports: [API_CONFIG, DB, TEMPORAL, REDIS, AuditLog, IdempotencyStore, ProvinceCatalogue],
    };
  }

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
