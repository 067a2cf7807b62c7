// Satisfaction of children and families: contacts, the survey page's API, the indicators.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { PublicSurveyController, SatisfactionController } from './satisfaction.controller';
import { SurveyUseCase } from './survey.use-case';

@Module({ imports: [InfraModule, CaseAccessModule], controllers: [SatisfactionController, PublicSurveyController], providers: [SurveyUseCase], exports: [SurveyUseCase] })
export class SatisfactionModule {}
