// Judicial protection: the report to the prosecutor, redirections, court orders and the reports owed to the court.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { JudicialController } from './judicial.controller';
import { RecordCourtOrderUseCase } from './record-court-order.use-case';

@Module({
  imports: [InfraModule, CaseAccessModule, PathwayModule],
  controllers: [JudicialController],
  providers: [RecordCourtOrderUseCase],
  exports: [RecordCourtOrderUseCase],
})
export class JudicialModule {}
