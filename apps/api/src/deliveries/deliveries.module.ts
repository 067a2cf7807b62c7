// What became of a case's alerts (delivery rows by recipient and channel).
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { DeliveriesController } from './deliveries.controller';
import { ListDeliveriesUseCase } from './list-deliveries.use-case';

@Module({ imports: [InfraModule, CaseAccessModule], controllers: [DeliveriesController], providers: [ListDeliveriesUseCase], exports: [ListDeliveriesUseCase] })
export class DeliveriesModule {}
