// The court exchange's indicators (measures 33, 50, 51), per province for a
// period: reports to the prosecutor, redirections social → judicial and
// judicial → social, court orders and the measures they ordered, court reports
// sent and how many of them were written by their deadline, and measures still
// waiting for a provider. From PostgreSQL (pathway events and steps); merged
// duplicates are not counted. Operational figures for the committee, like the
// per-province indicators: not suppressed (the breakdown is what is published).
import { Controller, Get, Inject, Injectable, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Db } from '../../../../libs/db/prisma';
import { CurrentIdentity } from '../auth/current-identity';
import { provinceFilter, type Identity } from '../auth/identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import { answer, isoInstant } from '../common/schemas';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { periodOf } from './period-and-province';
import { JudicialDto, type JudicialIndicators } from './schemas';

export const JUDICIAL_FIGURES = [
  'reportsToProsecutor',
  'redirectionsSocialToJudicial',
  'redirectionsJudicialToSocial',
  'courtOrders',
  'courtReportsSent',
  'courtReportsOnTime',
  'courtReportsLate',
  'measuresAwaitingProvider',
] as const;
type Figure = (typeof JUDICIAL_FIGURES)[number];
export type JudicialFigures = { provinceCode: string } & Record<Figure, number>;

/**
 * One statement. Events of the period by type; a court report is on time when
 * its COURT_REPORT step was closed as done (the report written) by its
 * deadline; measures awaiting a provider are the MEASURE_PROVIDER steps open now.
 */
export async function countJudicial(db: Db, p: { from: Date; to: Date; provinceCode?: string }): Promise<JudicialFigures[]> {
  const rows = await db.$queryRawUnsafe<({ provinceCode: string } & Record<Figure, bigint>)[]>(
    `WITH live AS (SELECT id FROM "Case" WHERE status <> 'MERGED' AND ($1::text IS NULL OR "provinceCode" = $1)),
     ev AS (
       SELECT e."provinceCode",
         count(*) FILTER (WHERE e.type = 'PROSECUTOR_REPORTED') AS "reportsToProsecutor",
         count(*) FILTER (WHERE e.type = 'REDIRECTED_SOCIAL_TO_JUDICIAL') AS "redirectionsSocialToJudicial",
         count(*) FILTER (WHERE e.type = 'REDIRECTED_JUDICIAL_TO_SOCIAL') AS "redirectionsJudicialToSocial",
         count(*) FILTER (WHERE e.type = 'COURT_ORDER_RECEIVED') AS "courtOrders",
         count(*) FILTER (WHERE e.type = 'COURT_REPORT_SENT') AS "courtReportsSent"
       FROM "PathwayEvent" e JOIN live ON live.id = e."caseId"
       WHERE e.at >= $2 AND e.at < $3 GROUP BY 1),
     st AS (
       SELECT s."provinceCode",
         count(*) FILTER (WHERE s.step = 'COURT_REPORT' AND s.status = 'DONE' AND s."closedAt" >= $2 AND s."closedAt" < $3 AND s."closedAt" <= s."dueAt") AS "courtReportsOnTime",
         count(*) FILTER (WHERE s.step = 'COURT_REPORT' AND s.status = 'DONE' AND s."closedAt" >= $2 AND s."closedAt" < $3 AND s."closedAt" > s."dueAt") AS "courtReportsLate",
         count(*) FILTER (WHERE s.step = 'MEASURE_PROVIDER' AND s.status = 'OPEN') AS "measuresAwaitingProvider"
       FROM "OpenStep" s JOIN live ON live.id = s."caseId"
       WHERE s.step IN ('COURT_REPORT', 'MEASURE_PROVIDER') GROUP BY 1)
     SELECT COALESCE(ev."provinceCode", st."provinceCode") AS "provinceCode",
       COALESCE(ev."reportsToProsecutor", 0) AS "reportsToProsecutor",
       COALESCE(ev."redirectionsSocialToJudicial", 0) AS "redirectionsSocialToJudicial",
       COALESCE(ev."redirectionsJudicialToSocial", 0) AS "redirectionsJudicialToSocial",
       COALESCE(ev."courtOrders", 0) AS "courtOrders",
       COALESCE(ev."courtReportsSent", 0) AS "courtReportsSent",
       COALESCE(st."courtReportsOnTime", 0) AS "courtReportsOnTime",
       COALESCE(st."courtReportsLate", 0) AS "courtReportsLate",
       COALESCE(st."measuresAwaitingProvider", 0) AS "measuresAwaitingProvider"
     FROM ev FULL JOIN st ON st."provinceCode" = ev."provinceCode"
     ORDER BY 1`,
    p.provinceCode ?? null,
    p.from,
    p.to,
  );
  return rows.map((r) => {
    const out = { provinceCode: r.provinceCode } as JudicialFigures;
    for (const f of JUDICIAL_FIGURES) out[f] = Number(r[f]);
    return out;
  });
}

const query = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).optional().describe('one province (a provincial role reads its own)'),
    from: isoInstant.describe('start of the period (inclusive)'),
    to: isoInstant.describe('end of the period (exclusive)'),
  })
  .strict();
class JudicialQueryDto extends createZodDto(query) {}

@Injectable()
export class JudicialFiguresUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, q: z.infer<typeof query>, ctx: AuditContext): Promise<JudicialIndicators> {
    const { from, to } = periodOf(q);
    const provinceCode = provinceFilter('indicators.read', who, q.provinceCode);
    const provinces = await countJudicial(this.db, { from, to, provinceCode });
    await this.audit.append(who, 'indicators.read', ctx, { detail: listFilters({ provinceCode: q.provinceCode, from: q.from, to: q.to, view: 'judicial' }) });
    return { from: q.from, to: q.to, provinces };
  }
}

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('api/v1/indicators')
export class JudicialIndicatorsController {
  constructor(private readonly figures: JudicialFiguresUseCase) {}

  @Get('judicial')
  @Permit('indicators.read')
  @ApiOperation({
    summary: 'The court exchange per province for a period: reports to the prosecutor, redirections both ways, court orders, court reports sent (on time, late), measures waiting for a provider',
  })
  @ApiOkResponse({ type: answer(JudicialDto) })
  get(@CurrentIdentity() who: Identity, @Query() q: JudicialQueryDto, @RequestContext() ctx: AuditContext) {
    return this.figures.execute(who, q, ctx);
  }
}
