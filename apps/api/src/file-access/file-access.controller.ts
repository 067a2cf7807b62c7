// Own-file access: recorded at the centre, listed and answered by the case's
// team (staff routes), and filed, followed and downloaded by the requester
// without an account (public routes).
import { Body, Controller, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit, Public } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { FileAccessUseCase } from './file-access.use-case';
import { ChallengeDto } from '../public/schemas';
import { FileDownloadDto, FileRequestAnsweredDto, FileRequestFiledDto, FileRequestListDto, FileRequestStatusDto } from './schemas';
import { answer } from '../common/schemas';

const requester = z.enum(['SUBJECT', 'PARENT']).describe('SUBJECT: the young adult the file is about; PARENT: a parent of a minor');
const language = z.enum(['ar', 'fr']);
const atCentre = z.object({ requester, language }).strict();
class AtCentreDto extends createZodDto(atCentre) {}
const listQuery = z.object({ status: z.enum(['OPEN', 'ANSWERED']).optional() }).strict();
class ListQueryDto extends createZodDto(listQuery) {}

const publicRequest = z
  .object({
    reference: z.string().trim().regex(/^[A-Za-z]{2,4}-[0-9A-Za-z-]{4,30}$/).describe('the case reference the requester was given'),
    requester,
    cnie: z.string().trim().min(4).max(20).describe('SUBJECT: their own CNIE; PARENT: the parent’s CNIE, as recorded on the child'),
    dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('the child’s date of birth (YYYY-MM-DD)'),
    language,
    challenge: z.object({ nonce: z.string().min(1).max(300), counter: z.string().regex(/^\d{1,20}$/) }).strict(),
  })
  .strict();
class PublicRequestDto extends createZodDto(publicRequest) {}
const referenceParam = z.string().regex(/^FAR-[0-9A-Z]{8}$/);
const secretQuery = z.object({ secret: z.string().min(1).max(100) }).strict();
class SecretQueryDto extends createZodDto(secretQuery) {}
const tokenQuery = z.object({ token: z.string().min(1).max(100) }).strict();
class TokenQueryDto extends createZodDto(tokenQuery) {}
const ref = (s: string) => (referenceParam.safeParse(s).success ? s : 'FAR-INVALID0');

@ApiTags('file-access')
@ApiBearerAuth()
@Controller('api/v1')
export class FileAccessController {
  constructor(private readonly files: FileAccessUseCase) {}

  @Post('cases/:id/file-requests')
  @HttpCode(201)
  @Permit('file-access.record')
  @ApiOperation({ summary: 'Record, at the centre, a young adult’s or a parent’s request for their file (papers seen by the coordinator); answers the reference and secret to give them' })
  @ApiCreatedResponse({ type: answer(FileRequestFiledDto) })
  @ApiBody({ type: AtCentreDto, examples: { parent: { value: { requester: 'PARENT', language: 'ar' } } } })
  record(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AtCentreDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.files.recordAtCentre(who, id, body, ctx, key || undefined);
  }

  @Get('file-requests')
  @Permit('file-access.list')
  @ApiOperation({ summary: 'The province’s requests for own files, with their legal deadline and ladder level' })
  @ApiOkResponse({ type: answer(FileRequestListDto) })
  list(@CurrentIdentity() who: Identity, @Query() q: ListQueryDto) {
    return this.files.list(who, q.status);
  }

  @Post('file-requests/:id/answer')
  @HttpCode(200)
  @Permit('file-access.answer')
  @ApiOperation({ summary: 'Answer a request: the case’s export, third parties’ details removed, kept for one download by the requester (audited)' })
  @ApiOkResponse({ type: answer(FileRequestAnsweredDto) })
  answer(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') _key?: string) {
    return this.files.answer(who, id, ctx);
  }
}

@ApiTags('public')
@Public()
@Controller('api/v1/public/file-requests')
export class PublicFileAccessController {
  constructor(private readonly files: FileAccessUseCase) {}

  @Get('challenge')
  @ApiOperation({ summary: 'A proof-of-work challenge for asking for one’s file without an account (as for complaints)' })
  @ApiOkResponse({ type: answer(ChallengeDto) })
  challenge() {
    return this.files.challenge();
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ask for one’s own file without an account: the case reference and a proof Masar holds (law 09-08)',
    description:
      'SUBJECT (18 or over): their CNIE and date of birth. PARENT (the child a minor): the parent’s CNIE recorded on the child and the child’s date of birth. Anything that does not match: the same 422. ' +
      'The solved challenge makes the request once (409 when used); an Idempotency-Key is accepted and adds nothing.',
  })
  @ApiCreatedResponse({ type: answer(FileRequestFiledDto) })
  @ApiBody({
    type: PublicRequestDto,
    examples: {
      parent: { value: { reference: 'MSR-2026-1A2B3C4D', requester: 'PARENT', cnie: 'K445566', dateOfBirth: '2015-03-14', language: 'fr', challenge: { nonce: '<from GET /api/v1/public/file-requests/challenge>', counter: '0' } } },
    },
  })
  file(@Body() body: PublicRequestDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') _key?: string) {
    return this.files.filePublic(body, ctx);
  }

  @Get(':reference')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Where a request stands, with the reference and secret; once answered, the one-time download link' })
  @ApiOkResponse({ type: answer(FileRequestStatusDto) })
  status(@Param('reference') reference: string, @Query() q: SecretQueryDto) {
    return this.files.status(ref(reference), q.secret);
  }

  @Get(':reference/download')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The file, once: a second use of the link is a 409 and the stored copy is gone' })
  @ApiOkResponse({ type: answer(FileDownloadDto) })
  download(@Param('reference') reference: string, @Query() q: TokenQueryDto, @RequestContext() ctx: AuditContext) {
    return this.files.download(ref(reference), q.token, ctx);
  }
}
