// The case's record: read back what professionals wrote (by time, with
// versions), add a case note or correct one, attach and download documents.
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { AddNoteUseCase } from './add-note.use-case';
import { CaseDocuments, type UploadedPart } from './documents';
import { attachmentDisposition } from './media-type';
import { DOCUMENT_KINDS } from './record-kinds';
import { ReadRecordUseCase } from './read-record.use-case';
import { CaseRecordDto, DocumentViewDto, EntryVersionsDto, NoteWrittenDto } from './schemas';
import { answer } from '../common/schemas';

class NoteDto extends createZodDto(
  z
    .object({
      text: z.string().trim().min(1).max(10_000),
      supersedes: z.uuid().optional().describe('the note this one corrects (its last version): the correction is a new version, the old one stays readable'),
    })
    .strict()
    .meta({ examples: [{ text: 'Entretien avec la mère: elle accepte le suivi familial proposé' }] }),
) {}

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

@ApiTags('record')
@ApiBearerAuth()
@Controller('api/v1/cases/:id')
export class RecordController {
  constructor(
    private readonly readRecord: ReadRecordUseCase,
    private readonly addNote: AddNoteUseCase,
    private readonly documents: CaseDocuments,
  ) {}

  @Get('record')
  @Permit('record.read')
  @ApiOperation({ summary: 'The case’s record: what professionals wrote (reports, assessment, care plan, reviews, court orders and reports, service reports, notes, documents), by time, each entry at its last version with the list of its versions; free text only for readers who may see identifying data (audited)' })
  @ApiOkResponse({ type: answer(CaseRecordDto) })
  list(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @RequestContext() ctx: AuditContext) {
    return this.readRecord.list(who, caseId, ctx);
  }

  @Get('record/:entryId/versions')
  @Permit('record.read')
  @ApiOperation({ summary: 'Every version of one entry of the record, oldest first: who, when, and which fields each version changed (audited)' })
  @ApiOkResponse({ type: answer(EntryVersionsDto) })
  versions(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('entryId', ParseUUIDPipe) entryId: string, @RequestContext() ctx: AuditContext) {
    return this.readRecord.versions(who, caseId, entryId, ctx);
  }

  @Action('notes', 'Add a case note to the record, or correct one (a new version; the old one stays readable)', 'record.note', 201, answer(NoteWrittenDto))
  note(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: NoteDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.addNote.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Post('documents')
  @HttpCode(201)
  @Permit('record.document.attach')
  @ApiOperation({ summary: 'Attach a document (a court order, a medical certificate): PDF, JPEG or PNG by its content, within the size limit; the same content twice is one document (audited)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'the document: PDF, JPEG or PNG, recognised by its content' },
        kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
        title: { type: 'string', maxLength: 200 },
      },
      example: { kind: 'MEDICAL_CERTIFICATE', title: 'Certificat médical du centre de santé', file: '(a PDF, JPEG or PNG file)' },
    },
  })
  @ApiResponse({ status: 201, type: answer(DocumentViewDto), description: 'attached (or already attached): the document’s metadata, its type detected from the content' })
  @ApiResponse({ status: 409, description: 'conflicts with the state of the case', content: problem })
  @ApiResponse({ status: 413, description: 'the document is larger than DOCUMENT_MAX_BYTES (5 MB by default): nothing is stored', content: problem })
  @ApiResponse({ status: 415, description: 'not sent as multipart/form-data, or the content is not a PDF, a JPEG or a PNG (whatever its name or declared type)', content: problem })
  @UseInterceptors(FileInterceptor('file'))
  attach(
    @CurrentIdentity() who: Identity,
    @Param('id', ParseUUIDPipe) caseId: string,
    @UploadedFile() file: UploadedPart | undefined,
    @Req() req: Request,
    @RequestContext() ctx: AuditContext,
    @Headers('idempotency-key') _key?: string,
  ) {
    // A retried upload is recognised by its content (SHA-256), with or without an Idempotency-Key.
    const multipart = req.is('multipart/form-data') === 'multipart/form-data';
    return this.documents.attach({ who, caseId, ctx }, multipart, file, req.body);
  }

  @Get('documents/:documentId')
  @Permit('record.document.read')
  @ApiOperation({ summary: 'Download a document of the case, as an attachment, with the type detected at upload (audited)' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiResponse({ status: 200, description: 'the document', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'image/jpeg': { schema: { type: 'string', format: 'binary' } }, 'image/png': { schema: { type: 'string', format: 'binary' } } } })
  async download(
    @CurrentIdentity() who: Identity,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @RequestContext() ctx: AuditContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const doc = await this.documents.download(who, caseId, documentId, ctx);
    res.setHeader('Content-Type', doc.mediaType);
    res.setHeader('Content-Disposition', attachmentDisposition(doc.filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-SHA256', doc.sha256);
    return new StreamableFile(doc.content, { type: doc.mediaType, length: doc.size });
  }
}
