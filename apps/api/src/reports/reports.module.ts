// Reports: filing opens a case and its pathway, or attaches to a known case.
import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { CreateReportUseCase } from './create-report.use-case';
import { ReportsController } from './reports.controller';

@Module({ imports: [InfraModule, PathwayModule, ChildrenModule], controllers: [ReportsController], providers: [CreateReportUseCase], exports: [CreateReportUseCase] })
export class ReportsModule {}
