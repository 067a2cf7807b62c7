// Own-file access: its pathway, the staff's and the requester's routes.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { CasesModule } from '../cases/cases.module';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { FileAccessController, PublicFileAccessController } from './file-access.controller';
import { FileAccessUseCase } from './file-access.use-case';

@Module({ imports: [InfraModule, CaseAccessModule, CasesModule, PathwayModule], controllers: [FileAccessController, PublicFileAccessController], providers: [FileAccessUseCase] })
export class FileAccessModule {}
