// Supervision: a case's decrypted history, overdue steps and escalations.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { CountEscalationsUseCase } from './count-escalations.use-case';
import { GetCaseHistoryUseCase } from './get-case-history.use-case';
import { ListOverdueStepsUseCase } from './list-overdue-steps.use-case';
import { SupervisionController } from './supervision.controller';

const USE_CASES = [GetCaseHistoryUseCase, ListOverdueStepsUseCase, CountEscalationsUseCase];

@Module({ imports: [InfraModule, CaseAccessModule], controllers: [SupervisionController], providers: USE_CASES, exports: USE_CASES })
export class SupervisionModule {}
