// The yearly diagnosis: its own route beside the indicators it is made of.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { DiagnosisController } from './diagnosis.controller';
import { DiagnosisUseCase } from './diagnosis.use-case';

@Module({ imports: [InfraModule], controllers: [DiagnosisController], providers: [DiagnosisUseCase] })
export class DiagnosisModule {}
