// The audit trail, read by auditors (the writing side is infra's AuditLog).
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { AuditController } from './audit.controller';
import { ListAuditEntriesUseCase } from './list-audit-entries.use-case';

@Module({ imports: [InfraModule], controllers: [AuditController], providers: [ListAuditEntriesUseCase], exports: [ListAuditEntriesUseCase] })
export class AuditModule {}
