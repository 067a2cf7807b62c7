// Indicators per province and period, for the committee and the ministry.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { BeggingFiguresUseCase, BeggingIndicatorsController } from './begging';
import { ComputeIndicatorsUseCase } from './compute-indicators.use-case';
import { IndicatorBreakdownUseCase } from './breakdown.use-case';
import { IndicatorsController } from './indicators.controller';
import { JudicialFiguresUseCase, JudicialIndicatorsController } from './judicial';

@Module({
  imports: [InfraModule],
  controllers: [IndicatorsController, BeggingIndicatorsController, JudicialIndicatorsController],
  providers: [ComputeIndicatorsUseCase, IndicatorBreakdownUseCase, BeggingFiguresUseCase, JudicialFiguresUseCase],
  exports: [ComputeIndicatorsUseCase, IndicatorBreakdownUseCase],
})
export class IndicatorsModule {}
