import { Module } from '@nestjs/common';
import { CaseActions } from '../pathway/case-actions';
import { PathwayModule } from '../pathway/pathway.module';
import { CaseAccess } from './case-access';
import { CaseActionsController } from './case-actions.controller';
import { CasesController } from './cases.controller';
import { ExportCaseUseCase } from './export-case.use-case';
import { GetCaseUseCase } from './get-case.use-case';
import { TransferCaseUseCase } from './transfer-case.use-case';

@Module({
  imports: [PathwayModule],
  controllers: [CasesController, CaseActionsController],
  providers: [CaseAccess, GetCaseUseCase, ExportCaseUseCase, CaseActions, TransferCaseUseCase],
  exports: [CaseAccess, CaseActions, PathwayModule],
})
export class CasesModule {}
