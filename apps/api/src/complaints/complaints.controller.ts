// Complaint channels inside the system (measure 56): a child, a family or an
// actor files a complaint; the committee and supervisors follow them.
import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Db } from '../../../../libs/db/prisma';
import { complaintWorkflowId } from '../../../../libs/domain/ids';
import type { Category, RiskLevel } from '../../../../libs/domain/taxonomy';
import { COMPLAINT_RESPONDERS, respondToComplaintUpdate } from '../../../../workflows/complaint.workflow';
import { assertProvince, isNational, type Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { IdempotencyStore, requestHash } from '../infra/idempotency';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { actorOf } from '../pathway/case-actions';
import { PathwayGateway } from '../pathway/pathway.gateway';

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

interface ComplaintCreated {
  id: string;
  createdAt: string;
  /** set when the complaint is about a case: its response deadline runs there */
  workflowId: string | null;
}

const ANY_ACTOR = ['INTAKE', 'COORDINATOR', 'PROVIDER', 'JUDICIAL_LIAISON', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'SUPERVISOR', 'ADMIN'] as const;

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('api/v1/complaints')
export class ComplaintsController {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyStore,
    private readonly provinces: ProvinceCatalogue,
    private readonly pathways: PathwayGateway,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...ANY_ACTOR)
  @ApiOperation({ summary: 'Record a complaint (from a child, a family or an actor)' })
  async create(@CurrentIdentity() who: Identity, @Body() body: ComplaintDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    const hash = requestHash(body);
    if (key) {
      const stored = await this.idempotency.find<ComplaintCreated>(key, 'complaints', hash);
      if (stored) return this.ensureWorkflow(stored.body);
    }
    assertProvince(who, body.provinceCode);
    if (!(await this.provinces.exists(body.provinceCode))) {
      throw new UnprocessableError('unknown province', [{ field: 'provinceCode', message: `unknown province ${body.provinceCode}` }]);
    }
    const c = body.caseId ? await this.db.case.findUnique({ where: { id: body.caseId } }) : null;
    if (body.caseId) {
      if (!c) throw new NotFoundError(`no case ${body.caseId}`);
      assertProvince(who, c.provinceCode);
      if (c.provinceCode !== body.provinceCode) {
        throw new UnprocessableError('the complaint is recorded in the province of its case', [{ field: 'provinceCode', message: `the case belongs to ${c.provinceCode}` }]);
      }
    }
    const id = randomUUID();
    const answer = await this.db.$transaction(async (tx) => {
      const created = await tx.complaint.create({ data: { ...body, id, workflowId: body.caseId ? complaintWorkflowId(id) : null } });
      const out: ComplaintCreated = { id, createdAt: created.createdAt.toISOString(), workflowId: created.workflowId };
      if (key) await this.idempotency.save(tx, key, 'complaints', hash, { status: 201, body: out });
      await this.audit.append(who, 'complaint.create', ctx, { caseId: body.caseId, resource: `complaint/${id}` }, tx);
      return out;
    });
    if (c) await this.openWorkflow(id, c);
    return answer;
  }

  @Post(':id/response')
  @HttpCode(200)
  @Roles(...COMPLAINT_RESPONDERS)
  @ApiOperation({ summary: 'Answer a complaint: closes its response deadline and stops its escalation' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key is the same answer' })
  async respond(
    @CurrentIdentity() who: Identity,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ComplaintResponseDto,
    @RequestContext() ctx: AuditContext,
    @Headers('idempotency-key') key?: string,
  ) {
    const row = await this.db.complaint.findUnique({ where: { id } });
    if (!row) throw new NotFoundError(`no complaint ${id}`);
    assertProvince(who, row.provinceCode);
    try {
      if (row.workflowId) {
        const state = await this.pathways.update(row.workflowId, respondToComplaintUpdate, [{ actor: actorOf(who), response: body.response }], {
          updateId: key ? `complaint.respond:${key}` : undefined,
        });
        await this.audit.append(who, 'complaint.respond', ctx, { caseId: row.caseId ?? undefined, resource: `complaint/${id}` });
        return { id, ...state };
      }
      // A complaint about the service in general has no case, no workflow: the row is the record.
      const respondedAt = new Date();
      const { count } = await this.db.complaint.updateMany({
        where: { id, status: 'OPEN' },
        data: { status: 'ANSWERED', respondedAt, respondedBy: who.userId, response: body.response.trim() },
      });
      if (count === 0) throw new ConflictError('the complaint has already been answered');
      await this.audit.append(who, 'complaint.respond', ctx, { resource: `complaint/${id}` });
      return { id, status: 'ANSWERED', dueAt: null, level: -1, respondedAt: respondedAt.toISOString(), respondedBy: who.userId };
    } catch (e) {
      if (e instanceof ConflictError || e instanceof NotFoundError) {
        await this.audit.append(who, 'complaint.respond', ctx, { caseId: row.caseId ?? undefined, resource: `complaint/${id}`, outcome: `REFUSED: ${e.name}` });
      }
      if (e instanceof NotFoundError && row.status === 'ANSWERED') throw new ConflictError('the complaint has already been answered');
      throw e;
    }
  }

  /** A replayed request: the first may have stopped between the write and the workflow start. */
  private async ensureWorkflow(created: ComplaintCreated): Promise<ComplaintCreated> {
    if (!created.workflowId) return created;
    const { caseId } = await this.db.complaint.findUniqueOrThrow({ where: { id: created.id }, select: { caseId: true } });
    const kase = caseId ? await this.db.case.findUnique({ where: { id: caseId } }) : null;
    if (kase) await this.openWorkflow(created.id, kase);
    return created;
  }

  /** Starts (or finds) the response deadline of a complaint about a case; idempotent. */
  private openWorkflow(complaintId: string, kase: { id: string; reference: string; provinceCode: string; category: string; riskLevel: string }) {
    return this.pathways.openComplaint({
      complaintId,
      caseId: kase.id,
      caseReference: kase.reference,
      provinceCode: kase.provinceCode,
      category: kase.category as Category,
      riskLevel: kase.riskLevel as RiskLevel,
    });
  }

  @Get()
  @Roles('HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'SUPERVISOR', 'AUDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Complaints of a province' })
  async list(@CurrentIdentity() who: Identity, @Query() q: ComplaintListDto, @RequestContext() ctx: AuditContext) {
    const provinceCode = isNational(who) ? q.provinceCode : who.provinceCode!;
    const rows = await this.db.complaint.findMany({ where: { provinceCode, status: q.status }, orderBy: { createdAt: 'desc' }, take: 500 });
    await this.audit.append(who, 'complaint.list', ctx, {});
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
  }
}
