// Reading a case's record back: every entry by time with its versions, and
// the versions of one entry with what each changed. Free text (and the
// report's narrative) only for readers who may see identifying data; every
// read is audited.
import { Injectable } from '@nestjs/common';
import type { Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { RecordStore } from './record-store';
import type { CaseRecord, EntryVersions } from './schemas';

@Injectable()
export class ReadRecordUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly store: RecordStore,
    private readonly audit: AuditLog,
  ) {}

  async list(who: Identity, caseId: string, ctx: AuditContext): Promise<CaseRecord> {
    const row = await this.access.gate(who, caseId, 'record.read');
    const entries = await this.store.list(who, caseId);
    await this.audit.append(who, 'record.read', ctx, { caseId, resource: 'record' });
    return { caseId, reference: row.reference, entries };
  }

  async versions(who: Identity, caseId: string, entryId: string, ctx: AuditContext): Promise<EntryVersions> {
    await this.access.gate(who, caseId, 'record.read');
    const versions = await this.store.versions(who, caseId, entryId);
    await this.audit.append(who, 'record.read', ctx, { caseId, resource: `record/${entryId}` });
    return { caseId, entryId, versions };
  }
}
