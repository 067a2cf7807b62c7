// Complaint channels inside the system (measure 56): a child, a family or an
// actor files a complaint; the committee and supervisors follow them.
import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Db } from '../../../../libs/db/prisma';
import { assertProvince, isNational, type Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { NotFoundError, UnprocessableError } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { IdempotencyStore, requestHash } from '../infra/idempotency';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';

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
const listQuery = z.object({ provinceCode: province.optional(), status: z.enum(['OPEN', 'CLOSED']).optional() }).strict();
class ComplaintListDto extends createZodDto(listQuery) {}

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
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...ANY_ACTOR)
  @ApiOperation({ summary: 'Record a complaint (from a child, a family or an actor)' })
  async create(@CurrentIdentity() who: Identity, @Body() body: ComplaintDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    const hash = requestHash(body);
    if (key) {
      const stored = await this.idempotency.find<{ id: string; createdAt: string }>(key, 'complaints', hash);
      if (stored) return stored.body;
    }
    assertProvince(who, body.provinceCode);
    if (!(await this.provinces.exists(body.provinceCode))) {
      throw new UnprocessableError('unknown province', [{ field: 'provinceCode', message: `unknown province ${body.provinceCode}` }]);
    }
    if (body.caseId) {
      const c = await this.db.case.findUnique({ where: { id: body.caseId } });
      if (!c) throw new NotFoundError(`no case ${body.caseId}`);
      assertProvince(who, c.provinceCode);
    }
    const row = await this.db.$transaction(async (tx) => {
      const created = await tx.complaint.create({ data: body });
      if (key) await this.idempotency.save(tx, key, 'complaints', hash, { status: 201, body: { id: created.id, createdAt: created.createdAt.toISOString() } });
      return created;
    });
    await this.audit.append(who, 'complaint.create', ctx, { caseId: body.caseId, resource: `complaint/${row.id}` });
    return { id: row.id, createdAt: row.createdAt.toISOString() };
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
