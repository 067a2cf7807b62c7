// Complaint channels inside the system (measure 56): a child, a family or an
// actor files a complaint; the committee and supervisors follow them.
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CreateComplaintUseCase } from './create-complaint.use-case';
import { ListComplaintsUseCase } from './list-complaints.use-case';
import { RespondToComplaintUseCase } from './respond-to-complaint.use-case';
import { ComplaintAnsweredDto, ComplaintCreatedDto, ComplaintListViewDto } from './schemas';
import { answer } from '../common/schemas';

const province = z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/);
const complaintSchema = z
  .object({
    provinceCode: province,
    caseId: z.uuid().optional(),
    channel: z.enum(['GREEN_LINE', 'IN_PERSON', 'LETTER', 'EMAIL', 'API']),
    text: z.string().trim().min(1).max(5000),
  })
  .strict();
class ComplaintDto extends createZodDto(complaintSchema) {}
const listQuery = z.object({ provinceCode: province.optional(), status: z.enum(['OPEN', 'ANSWERED']).optional() }).strict();
class ComplaintListDto extends createZodDto(listQuery) {}
const responseSchema = z.object({ response: z.string().trim().min(1).max(5000) }).strict();
class ComplaintResponseDto extends createZodDto(responseSchema) {}

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('api/v1/complaints')
export class ComplaintsController {
  constructor(
    private readonly createComplaint: CreateComplaintUseCase,
    private readonly respondToComplaint: RespondToComplaintUseCase,
    private readonly listComplaints: ListComplaintsUseCase,
  ) {}

  @Post()
  @HttpCode(201)
  @Permit('complaint.create')
  @ApiOperation({ summary: 'Record a complaint (from a child, a family or an actor)' })
  @ApiCreatedResponse({ type: answer(ComplaintCreatedDto) })
  @ApiBody({ type: ComplaintDto, examples: { complaint: { value: { provinceCode: 'TANGER_ASSILAH', channel: 'GREEN_LINE', text: 'Personne ne rappelle la famille depuis deux semaines.' } } } })
  create(@CurrentIdentity() who: Identity, @Body() body: ComplaintDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.createComplaint.execute(who, body, ctx, key || undefined);
  }

  @Post(':id/response')
  @HttpCode(200)
  @Permit('complaint.respond')
  @ApiOperation({ summary: 'Answer a complaint: closes its response deadline and stops its escalation' })
  @ApiOkResponse({ type: answer(ComplaintAnsweredDto) })
  @ApiBody({ type: ComplaintResponseDto, examples: { response: { value: { response: 'La coordinatrice a rappelé la famille; un rendez-vous est fixé.' } } } })
  respond(
    @CurrentIdentity() who: Identity,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ComplaintResponseDto,
    @RequestContext() ctx: AuditContext,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.respondToComplaint.execute(who, id, body.response, ctx, key || undefined);
  }

  @Get()
  @Permit('complaint.list')
  @ApiOperation({ summary: 'Complaints of a province' })
  @ApiOkResponse({ type: answer(ComplaintListViewDto) })
  list(@CurrentIdentity() who: Identity, @Query() q: ComplaintListDto, @RequestContext() ctx: AuditContext) {
    return this.listComplaints.execute(who, q, ctx);
  }
}
