// GET /health (public).
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { CheckHealthUseCase } from './check-health.use-case';
import { HealthController } from './health.controller';

@Module({ imports: [InfraModule], controllers: [HealthController], providers: [CheckHealthUseCase], exports: [CheckHealthUseCase] })
export class HealthModule {}
