import { Module } from '@nestjs/common';
import { PathwayModule } from '../pathway/pathway.module';
import { CreateReportUseCase } from './create-report.use-case';
import { ReportsController } from './reports.controller';

@Module({ imports: [PathwayModule], controllers: [ReportsController], providers: [CreateReportUseCase] })
export class ReportsModule {}
