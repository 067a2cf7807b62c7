// Pathway templates: the admin API and the move of a running case.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { MoveCaseUseCase } from './move-case.use-case';
import { TemplatesController } from './templates.controller';
import { TemplatesUseCase } from './templates.use-case';

@Module({
  imports: [InfraModule, CaseAccessModule, PathwayModule],
  controllers: [TemplatesController],
  providers: [TemplatesUseCase, MoveCaseUseCase],
})
export class TemplatesModule {}
