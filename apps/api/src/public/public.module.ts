// What the API offers without an account: complaints from outside.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { PublicComplaintsController } from './public-complaints.controller';
import { PublicComplaintsUseCase } from './public-complaints.use-case';

@Module({ imports: [InfraModule, PathwayModule], controllers: [PublicComplaintsController], providers: [PublicComplaintsUseCase] })
export class PublicModule {}
