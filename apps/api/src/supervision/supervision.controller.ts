// Supervision: a case's full history as a readable timeline (decrypted from
// Temporal), and the overdue steps and escalations read from PostgreSQL.
import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoInstant } from '../common/schemas';
import type { Db } from '../../../../libs/db/prisma';
import { AesGcmCodec, parseCodecKeys } from '../../../../libs/temporal/codec';
import { isNational, type Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { ForbiddenError, UnavailableError } from '../common/errors';
import { isUnavailable } from '../common/problem.filter';
import { RequestContext } from '../common/request-context';
import { API_CONFIG, type ApiConfig } from '../config';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB, TEMPORAL } from '../infra/tokens';
import { caseTimeline } from './history-timeline';

const province = z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/);
const pageQuery = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(100) }).strict();
class PageQueryDto extends createZodDto(pageQuery) {}
const overdueQuery = z.object({ provinceCode: province.optional() }).strict();
class OverdueQueryDto extends createZodDto(overdueQuery) {}
const escalationsQuery = z
  .object({
    provinceCode: province.optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    period: z.enum(['day', 'week', 'month']).default('month'),
  })
  .strict();
class EscalationsQueryDto extends createZodDto(escalationsQuery) {}

/** A provincial supervisor is held to its province; a national one may filter. */
function scopeProvince(who: Identity, requested?: string): string | undefined {
  if (isNational(who)) return requested;
  if (requested && requested !== who.provinceCode) throw new ForbiddenError(`a ${who.role.toLowerCase()} of ${who.provinceCode} sees only its province`);
  return who.provinceCode!;
}

const SUPERVISORS = ['SUPERVISOR', 'AUDITOR', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'ADMIN'] as const;

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1')
export class SupervisionController {
  private readonly codec: AesGcmCodec;

  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(TEMPORAL) private readonly temporal: Client,
    @Inject(API_CONFIG) config: ApiConfig,
    private readonly access: CaseAccess,
    private readonly audit: AuditLog,
  ) {
    this.codec = new AesGcmCodec(parseCodecKeys(config.MASAR_CODEC_KEYS));
  }

  @Get('cases/:id/history')
  @Roles('SUPERVISOR', 'AUDITOR')
  @ApiOperation({ summary: 'The decrypted pathway history as a timeline: timers, actions with their actor, alerts and levels, redirections, continue-as-new boundaries' })
  async history(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQueryDto, @RequestContext() ctx: AuditContext) {
    const row = await this.access.load(who, id);
    let entries;
    try {
      entries = await caseTimeline(this.temporal, this.codec, row.workflowId);
    } catch (e) {
      if (isUnavailable(e)) throw new UnavailableError('Temporal is not reachable');
      throw e;
    }
    await this.audit.append(who, 'case.history.read', ctx, { caseId: id });
    const start = (q.page - 1) * q.pageSize;
    return { caseId: id, workflowId: row.workflowId, total: entries.length, page: q.page, pageSize: q.pageSize, items: entries.slice(start, start + q.pageSize) };
  }

  @Get('supervision/overdue')
  @Roles(...SUPERVISORS)
  @ApiOperation({ summary: 'Open steps past their due time, by province, with how late and the current ladder level' })
  async overdue(@CurrentIdentity() who: Identity, @Query() q: OverdueQueryDto) {
    const provinceCode = scopeProvince(who, q.provinceCode);
    const now = new Date();
    const rows = await this.db.openStep.findMany({
      where: { status: 'OPEN', dueAt: { lt: now }, ...(provinceCode ? { provinceCode } : {}) },
      orderBy: { dueAt: 'asc' },
      take: 1000,
      include: { case: { select: { reference: true, category: true, riskLevel: true } } },
    });
    const byProvince: Record<string, unknown[]> = {};
    for (const r of rows) {
      (byProvince[r.provinceCode] ??= []).push({
        caseId: r.caseId,
        caseReference: r.case.reference,
        category: r.case.category,
        riskLevel: r.case.riskLevel,
        step: r.step,
        stepKey: r.key,
        dueAt: r.dueAt.toISOString(),
        lateMs: now.getTime() - r.dueAt.getTime(),
        level: r.level,
      });
    }
    return { at: now.toISOString(), total: rows.length, byProvince };
  }

  @Get('supervision/escalations')
  @Roles(...SUPERVISORS)
  @ApiOperation({ summary: 'Escalations by ladder level and period' })
  async escalations(@CurrentIdentity() who: Identity, @Query() q: EscalationsQueryDto) {
    const provinceCode = scopeProvince(who, q.provinceCode);
    const rows = await this.db.$queryRawUnsafe<{ period: Date; provinceCode: string; level: number; role: string; count: bigint }[]>(
      `SELECT date_trunc($1, "alertedAt") AS period, "provinceCode", level, role, count(*) AS count
         FROM "Escalation"
        WHERE ($2::text IS NULL OR "provinceCode" = $2)
          AND ($3::timestamptz IS NULL OR "alertedAt" >= $3)
          AND ($4::timestamptz IS NULL OR "alertedAt" < $4)
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3`,
      q.period,
      provinceCode ?? null,
      // Normalised to UTC: the database never sees an offset it might refuse.
      q.from ? new Date(q.from).toISOString() : null,
      q.to ? new Date(q.to).toISOString() : null,
    );
    return { period: q.period, items: rows.map((r) => ({ period: r.period.toISOString(), provinceCode: r.provinceCode, level: r.level, role: r.role, count: Number(r.count) })) };
  }
}
