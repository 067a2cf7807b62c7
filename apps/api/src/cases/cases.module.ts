// Cases: the list, one case with its live pathway state, its timeline and
// export, and the coordinator's actions on its pathway.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { RecordStoreModule } from '../record/record-store.module';
import { CaseAccessModule } from './case-access.module';
import { CaseActionsController } from './case-actions.controller';
import { CasesController } from './cases.controller';
import { ExportCaseUseCase } from './export-case.use-case';
import { GetCaseTimelineUseCase } from './get-case-timeline.use-case';
import { GetCaseUseCase } from './get-case.use-case';
import { ListCasesUseCase } from './list-cases.use-case';
import { TransferCaseUseCase } from './transfer-case.use-case';
import { CorrectChildUseCase } from './correct-child.use-case';
import { ReassignCaseUseCase } from './reassign-case.use-case';
import { MergeCasesUseCase } from './merge-cases.use-case';
import { UnmergeCaseUseCase } from './unmerge-case.use-case';

const USE_CASES = [ListCasesUseCase, GetCaseUseCase, GetCaseTimelineUseCase, ExportCaseUseCase, TransferCaseUseCase, CorrectChildUseCase, ReassignCaseUseCase, MergeCasesUseCase, UnmergeCaseUseCase];

@Module({
  imports: [InfraModule, CaseAccessModule, PathwayModule, RecordStoreModule],
  controllers: [CasesController, CaseActionsController],
  providers: USE_CASES,
  exports: USE_CASES,
})
export class CasesModule {}
