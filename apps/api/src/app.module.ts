import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { AdminModule } from './admin/admin.module';
import { AfterCareModule } from './after-care/after-care.module';
import { AuditModule } from './audit/audit.module';
import { AuthGuard } from './auth/auth.guard';
import { JsonBodyGuard } from './common/json-body.guard';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { ChildrenModule } from './children/children.module';
import { CodecModule } from './codec/codec.module';
import { ProblemFilter } from './common/problem.filter';
import { ComplaintsModule } from './complaints/complaints.module';
import type { ApiConfig } from './config';
import { ApiConfigModule } from './config.module';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DirectoryModule } from './directory/directory.module';
import { FileAccessModule } from './file-access/file-access.module';
import { HealthModule } from './health/health.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { DiagnosisModule } from './indicators/diagnosis.module';
import { JudicialModule } from './judicial/judicial.module';
import { PersonsModule } from './persons/persons.module';
import { PoliciesModule } from './policies/policies.module';
import { PublicModule } from './public/public.module';
import { RecordModule } from './record/record.module';
import { SatisfactionModule } from './satisfaction/satisfaction.module';
import { ReferralsModule } from './referrals/referrals.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewsModule } from './reviews/reviews.module';
import { TemplatesModule } from './templates/templates.module';
import { SessionModule } from './session/session.module';
import { SupervisionModule } from './supervision/supervision.module';

/** One module per feature folder; each imports the infrastructure it uses. */
const FEATURES = [
  ReportsModule,
  ChildrenModule,
  CasesModule,
  ReferralsModule,
  JudicialModule,
  ReviewsModule,
  TemplatesModule,
  AfterCareModule,
  DirectoryModule,
  PersonsModule,
  PoliciesModule,
  SupervisionModule,
  IndicatorsModule,
  DiagnosisModule,
  ComplaintsModule,
  PublicModule,
  FileAccessModule,
  SatisfactionModule,
  RecordModule,
  AuditModule,
  CodecModule,
  DeliveriesModule,
  AdminModule,
  HealthModule,
];

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      // AuthModule: the guard below (an app-wide provider of this module) needs its Authenticator.
      imports: [ApiConfigModule.forRoot(config), AuthModule, ...FEATURES, SessionModule.forRoot(config)],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        // after the identity and the role (a refusal of who is calling comes first)
        { provide: APP_GUARD, useClass: JsonBodyGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
