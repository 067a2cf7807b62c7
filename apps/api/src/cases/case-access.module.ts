// Loading a case for an actor (404, province scope, the child's identifying
// fields by role): the case's repository, shared by every feature that reads a case.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { CaseAccess } from './case-access';

@Module({ imports: [InfraModule], providers: [CaseAccess], exports: [CaseAccess] })
export class CaseAccessModule {}
