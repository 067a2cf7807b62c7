// A case note: free text the case's team adds to the record outside any
// pathway action, or the correction of a note (a new version superseding it).
// A retry with the same Idempotency-Key writes once.
import { Injectable } from '@nestjs/common';
import type { Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { RecordStore } from './record-store';
import type { NoteWritten } from './schemas';

export interface NoteRequest {
  who: Identity;
  caseId: string;
  ctx: AuditContext;
  idempotencyKey?: string;
}

@Injectable()
export class AddNoteUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly store: RecordStore,
    private readonly audit: AuditLog,
  ) {}

  async execute(req: NoteRequest, body: { text: string; supersedes?: string }): Promise<NoteWritten> {
    const row = await this.access.load(req.who, req.caseId, 'record.note');
    const entry = await this.store.write({
      caseId: row.id,
      who: req.who,
      kind: 'NOTE',
      body: { text: body.text },
      supersedesLast: false,
      supersedesId: body.supersedes,
      key: req.idempotencyKey ? `record.note:${row.id}:${req.idempotencyKey}` : null,
    });
    await this.audit.append(req.who, 'record.note', req.ctx, { caseId: row.id, resource: `record/${entry.id}` });
    return { id: entry.id, rootId: entry.rootId, kind: entry.kind, version: entry.version, supersedes: entry.supersedesId, createdAt: entry.createdAt.toISOString(), author: { userId: entry.authorId, role: entry.authorRole } };
  }
}
