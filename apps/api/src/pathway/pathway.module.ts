// The pathways in Temporal: the gateway (start, signal, query, update) and the
// runner of an actor's action on a case's pathway, for the features that act on cases.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { RecordStoreModule } from '../record/record-store.module';
import { CaseActions } from './case-actions';
import { PathwayGateway } from './pathway.gateway';

@Module({
  imports: [InfraModule, CaseAccessModule, RecordStoreModule],
  providers: [PathwayGateway, CaseActions],
  exports: [PathwayGateway, CaseActions],
})
export class PathwayModule {}
