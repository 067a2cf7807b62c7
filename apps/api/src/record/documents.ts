// Documents attached to a case (a court order, a medical certificate). The
// type is the content's (magic bytes), never the name's or the declared one:
// PDF, JPEG or PNG, else 415. The size limit (DOCUMENT_MAX_BYTES) is enforced
// while the upload is read (413, nothing stored). Kept in PostgreSQL as bytea
// with the SHA-256 of the content: a few megabytes at most, written in one
// transaction with its record entry and audit row, backed up with the case
// and served by any API instance without a shared volume. The same content
// attached twice to a case is one document. Every upload and download is audited.
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../../../libs/db/prisma';
import type { Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { DomainError, InvalidInputError, NotFoundError } from '../common/errors';
import { zodProblems } from '../common/problem.filter';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { detectMediaType, storedFilename } from './media-type';
import { DOCUMENT_KINDS } from './record-kinds';
import { RecordStore } from './record-store';
import type { DocumentView } from './schemas';
import { lockCases } from '../cases/case-lock';

export class UnsupportedDocumentError extends DomainError {
  override name = 'UnsupportedDocumentError';
  readonly status = 415;
  readonly title = 'Unsupported media type';
}

/** The form fields that go with the file. */
export const documentFields = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/** The uploaded part as multer hands it over (in memory, already within the size limit). */
export interface UploadedPart {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface DocumentRequest {
  who: Identity;
  caseId: string;
  ctx: AuditContext;
}

const view = (d: { id: string; caseId: string; kind: string; title: string | null; filename: string; mediaType: string; size: number; sha256: string; uploadedBy: string; uploaderRole: string; createdAt: Date }): DocumentView => ({
  id: d.id,
  caseId: d.caseId,
  kind: d.kind,
  title: d.title,
  filename: d.filename,
  mediaType: d.mediaType,
  size: d.size,
  sha256: d.sha256,
  uploadedBy: { userId: d.uploadedBy, role: d.uploaderRole },
  createdAt: d.createdAt.toISOString(),
});

const METADATA = { id: true, caseId: true, kind: true, title: true, filename: true, mediaType: true, size: true, sha256: true, uploadedBy: true, uploaderRole: true, createdAt: true } as const;

@Injectable()
export class CaseDocuments {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly store: RecordStore,
    private readonly audit: AuditLog,
  ) {}

  async attach(req: DocumentRequest, multipart: boolean, file: UploadedPart | undefined, fields: unknown) {
    const row = await this.access.load(req.who, req.caseId, 'record.document.attach');
    if (!multipart) throw new UnsupportedDocumentError('send the document as multipart/form-data: the file in the part "file", its kind in the field "kind"');
    const parsed = documentFields.safeParse(fields ?? {});
    const problems = parsed.success ? [] : zodProblems(parsed.error);
    if (!file) problems.push({ field: 'file', message: 'the document is missing (a part named "file")', code: 'required' });
    if (problems.length || !parsed.success || !file) throw new InvalidInputError('One or more fields are invalid; see errors.', problems);
    const type = detectMediaType(file.buffer);
    if (!type) {
      await this.audit.append(req.who, 'record.document.attach', req.ctx, { caseId: row.id, outcome: 'REFUSED: not a PDF, JPEG or PNG' });
      throw new UnsupportedDocumentError('the content is not a PDF, a JPEG or a PNG (whatever its name or declared type)');
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const doc = await this.db.$transaction(async (tx) => {
      await lockCases(tx, row.id);
      const same = await tx.caseDocument.findUnique({ where: { caseId_sha256: { caseId: row.id, sha256 } }, select: METADATA });
      if (same) {
        await this.audit.append(req.who, 'record.document.attach', req.ctx, { caseId: row.id, resource: `document/${same.id}`, outcome: 'OK: already attached' }, tx);
        return same;
      }
      const id = randomUUID();
      const created = await tx.caseDocument.create({
        data: {
          id,
          caseId: row.id,
          kind: parsed.data.kind,
          title: parsed.data.title ?? null,
          filename: storedFilename(file.originalname, type),
          mediaType: type.mediaType,
          size: file.buffer.length,
          sha256,
          content: new Uint8Array(file.buffer),
          uploadedBy: req.who.userId,
          uploaderRole: req.who.role,
        },
        select: METADATA,
      });
      await this.store.write(
        {
          caseId: row.id,
          who: req.who,
          kind: 'DOCUMENT',
          body: { documentId: id, kind: created.kind, ...(created.title ? { title: created.title } : {}), filename: created.filename, mediaType: created.mediaType, size: created.size, sha256 },
          supersedesLast: false,
          key: `record.document:${id}`,
        },
        tx,
      );
      await this.audit.append(req.who, 'record.document.attach', req.ctx, { caseId: row.id, resource: `document/${id}` }, tx);
      return created;
    });
    return view(doc);
  }

  async download(who: Identity, caseId: string, documentId: string, ctx: AuditContext) {
    await this.access.gate(who, caseId, 'record.document.read');
    const doc = await this.db.caseDocument.findUnique({ where: { id: documentId } });
    if (!doc || doc.caseId !== caseId) throw new NotFoundError(`no document ${documentId} in case ${caseId}`);
    await this.audit.append(who, 'record.document.read', ctx, { caseId, resource: `document/${doc.id}` });
    return { ...view(doc), content: Buffer.from(doc.content) };
  }
}
