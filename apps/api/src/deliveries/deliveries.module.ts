import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DeliveriesController } from './deliveries.controller';
import { ListDeliveriesUseCase } from './list-deliveries.use-case';

@Module({ imports: [CasesModule], controllers: [DeliveriesController], providers: [ListDeliveriesUseCase] })
export class DeliveriesModule {}
