// The audit trail for auditors: who read or did what, on which case, when,
// filtered and paged (newest first, keyset cursor on the entry id).
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoInstant } from '../common/schemas';
import { Inject } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { RequestContext } from '../common/request-context';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';

const auditQuery = z
  .object({
    caseId: z.uuid().optional(),
    actorId: z.string().max(200).optional(),
    action: z.string().max(100).optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    cursor: z.string().regex(/^\d{1,18}$/, 'the nextCursor of the previous page').optional().describe('the nextCursor of the previous page'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
class AuditQueryDto extends createZodDto(auditQuery) {}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @Roles('AUDITOR')
  @ApiOperation({ summary: 'List the audit trail (reads and actions), newest first' })
  async list(@CurrentIdentity() who: Identity, @Query() q: AuditQueryDto, @RequestContext() ctx: AuditContext) {
    const rows = await this.db.auditEntry.findMany({
      where: {
        caseId: q.caseId,
        actorId: q.actorId,
        action: q.action,
        at: { gte: q.from ? new Date(q.from) : undefined, lte: q.to ? new Date(q.to) : undefined },
        id: q.cursor ? { lt: BigInt(q.cursor) } : undefined,
      },
      orderBy: { id: 'desc' },
      take: q.limit,
    });
    await this.audit.append(who, 'audit.read', ctx, { caseId: q.caseId });
    return {
      items: rows.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() })),
      nextCursor: rows.length === q.limit ? rows[rows.length - 1].id.toString() : null,
    };
  }
}
