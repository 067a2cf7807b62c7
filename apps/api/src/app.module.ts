import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { AuthGuard } from './auth/auth.guard';
import { Authenticator } from './auth/authenticator';
import { CasesModule } from './cases/cases.module';
import { ProblemFilter } from './common/problem.filter';
import type { ApiConfig } from './config';
import { FeaturesModule } from './features.module';
import { HealthController } from './health/health.controller';
import { InfraModule } from './infra/infra.module';
import { ReportsModule } from './reports/reports.module';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [InfraModule.forRoot(config), ReportsModule, CasesModule, FeaturesModule],
      controllers: [HealthController],
      providers: [
        Authenticator,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
