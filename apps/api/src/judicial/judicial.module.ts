// Judicial protection: the report to the prosecutor, redirections, court orders and the reports owed to the court.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { RecordStoreModule } from '../record/record-store.module';
import { JudicialController } from './judicial.controller';
import { CourtExchangeUseCase } from './court-exchange.use-case';
import { RecordCourtOrderUseCase } from './record-court-order.use-case';

@Module({
  imports: [InfraModule, CaseAccessModule, PathwayModule, RecordStoreModule],
  controllers: [JudicialController],
  providers: [RecordCourtOrderUseCase, CourtExchangeUseCase],
  exports: [RecordCourtOrderUseCase],
})
export class JudicialModule {}
