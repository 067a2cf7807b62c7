// The begging plan's figures per city (seed 003: Rabat-Salé-Témara, then
// Tangier-Asilah, Meknes, Marrakech, Agadir): children protected, girls and
// boys, returned to their family, back to school, for a period. "City" is the
// province or prefecture of the case. Counted from PostgreSQL (cases of the
// category opened in the period, their integrations recorded in it; merged
// duplicates count once, through the case that goes on), and suppressed like
// the breakdown: a count under INDICATOR_SUPPRESSION_THRESHOLD reads "< N",
// and a cell that would give a suppressed one back (girls from protected and
// boys, one city from the total) is hidden as "x".
import { Controller, Get, Inject, Injectable, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Db } from '../../../../libs/db/prisma';
import { scopeOf } from '../../../../libs/domain/permissions';
import { COMPLEMENTARY_SHOWN_AS, isSmallCount, smallShownAs, suppressionLegend } from '../../../../libs/domain/suppression';
import type { Category } from '../../../../libs/domain/taxonomy';
import { CurrentIdentity } from '../auth/current-identity';
import { permit, type Identity } from '../auth/identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import { answer, isoInstant } from '../common/schemas';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { knownProvince, periodOf } from './period-and-province';
import { BeggingDto, type BeggingFigures } from './schemas';

const BEGGING: Category = 'BEGGING_EXPLOITATION';
export const BEGGING_FIGURES = ['childrenProtected', 'girls', 'boys', 'returnedToFamily', 'backToSchool'] as const;
type Figure = (typeof BEGGING_FIGURES)[number];
/** A published value: the count, "< N" (too small to publish) or "x" (would give a small one back). */
type Value = number | string;
export type CityFigures = { provinceCode: string } & Record<Figure, Value>;

type Raw = { provinceCode: string | null } & Record<Figure, bigint | number>;

/** One statement: each city's counts and the total (GROUPING SETS), integrations of the category's cases in the period. */
export async function countBegging(db: Db, p: { from: Date; to: Date; provinceCode?: string }): Promise<Raw[]> {
  return db.$queryRawUnsafe<Raw[]>(
    `WITH cases AS (
       SELECT c.id, c."provinceCode", ch.sex, c."openedAt" >= $2 AND c."openedAt" < $3 AS opened
       FROM "Case" c JOIN "Child" ch ON ch.id = c."childId"
       WHERE c.category = $4 AND c.status <> 'MERGED' AND ($1::text IS NULL OR c."provinceCode" = $1)),
     integrated AS (
       SELECT e."caseId", bool_or(e.data->>'kind' = 'FAMILY') AS family, bool_or(e.data->>'kind' = 'SCHOOL') AS school
       FROM "PathwayEvent" e WHERE e.type = 'INTEGRATION' AND e.at >= $2 AND e.at < $3 GROUP BY 1)
     SELECT x."provinceCode",
       count(*) FILTER (WHERE x.opened) AS "childrenProtected",
       count(*) FILTER (WHERE x.opened AND x.sex = 'F') AS girls,
       count(*) FILTER (WHERE x.opened AND x.sex = 'M') AS boys,
       count(*) FILTER (WHERE i.family) AS "returnedToFamily",
       count(*) FILTER (WHERE i.school) AS "backToSchool"
     FROM cases x LEFT JOIN integrated i ON i."caseId" = x.id
     WHERE x.opened OR i."caseId" IS NOT NULL
     GROUP BY GROUPING SETS ((x."provinceCode"), ())`,
    p.provinceCode ?? null,
    p.from,
    p.to,
    BEGGING,
  );
}

/**
 * Primary suppression (under the threshold, zero stays), then one pass of
 * complementary suppression: within a city, girls and boys add up to the
 * children protected when every child's sex is known; across cities, the
 * cities add up to the total. Pure.
 */
export function suppress(rows: { provinceCode: string; counts: Record<Figure, number> }[], total: Record<Figure, number>, threshold: number) {
  const small = (n: number) => isSmallCount(n, threshold);
  const shown = smallShownAs(threshold);
  const x = COMPLEMENTARY_SHOWN_AS;
  const cities: CityFigures[] = rows.map((r) => {
    const out = { provinceCode: r.provinceCode } as CityFigures;
    for (const f of BEGGING_FIGURES) out[f] = small(r.counts[f]) ? shown : r.counts[f];
    const { girls, boys, childrenProtected } = r.counts;
    if (girls + boys === childrenProtected && typeof out.childrenProtected === 'number') {
      if (out.girls === shown && typeof out.boys === 'number') out.boys = x;
      else if (out.boys === shown && typeof out.girls === 'number') out.girls = x;
    }
    return out;
  });
  const nation = { provinceCode: 'TOTAL' } as CityFigures;
  for (const f of BEGGING_FIGURES) {
    nation[f] = small(total[f]) ? shown : total[f];
    const hidden = cities.filter((c) => typeof c[f] === 'string');
    if (hidden.length === 1 && cities.length > 1 && typeof nation[f] === 'number') {
      // the total less the shown cities would give the hidden one: hide the smallest shown city too
      const next = cities.filter((c) => typeof c[f] === 'number' && (c[f] as number) > 0).sort((a, b) => (a[f] as number) - (b[f] as number))[0];
      if (next) next[f] = x;
      else nation[f] = x;
    }
  }
  return { cities, total: nation };
}

const query = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).optional().describe('one city (province or prefecture); a provincial role reads its own'),
    from: isoInstant.describe('start of the period (inclusive)'),
    to: isoInstant.describe('end of the period (exclusive)'),
  })
  .strict();
class BeggingQueryDto extends createZodDto(query) {}

@Injectable()
export class BeggingFiguresUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
  ) {}

  async execute(who: Identity, q: z.infer<typeof query>, ctx: AuditContext): Promise<BeggingFigures> {
    const { from, to } = periodOf(q);
    await knownProvince(this.provinces, q.provinceCode);
    permit('indicators.read', who, q.provinceCode ? { provinceCode: q.provinceCode } : {});
    const provinceCode = scopeOf('indicators.read', who.role) === 'PROVINCE' ? who.provinceCode! : q.provinceCode;
    const raw = await countBegging(this.db, { from, to, provinceCode });
    const counts = (r: Raw) => Object.fromEntries(BEGGING_FIGURES.map((f) => [f, Number(r[f])])) as Record<Figure, number>;
    const cities = raw.filter((r) => r.provinceCode !== null).map((r) => ({ provinceCode: r.provinceCode as string, counts: counts(r) }));
    cities.sort((a, b) => a.provinceCode.localeCompare(b.provinceCode));
    const totalRow = raw.find((r) => r.provinceCode === null);
    const total = totalRow ? counts(totalRow) : (Object.fromEntries(BEGGING_FIGURES.map((f) => [f, 0])) as Record<Figure, number>);
    const threshold = this.config.INDICATOR_SUPPRESSION_THRESHOLD;
    await this.audit.append(who, 'indicators.read', ctx, { detail: listFilters({ view: 'begging', ...q }) });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      category: BEGGING,
      ...suppress(cities, total, threshold),
      suppression: suppressionLegend(threshold),
    };
  }
}

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('api/v1/indicators')
export class BeggingIndicatorsController {
  constructor(private readonly figures: BeggingFiguresUseCase) {}

  @Get('begging')
  @Permit('indicators.read')
  @ApiOperation({
    summary: 'The begging plan’s figures per city (province or prefecture) for a period: children protected, girls and boys, returned to their family, back to school (small counts suppressed)',
  })
  @ApiOkResponse({ type: answer(BeggingDto) })
  get(@CurrentIdentity() who: Identity, @Query() q: BeggingQueryDto, @RequestContext() ctx: AuditContext) {
    return this.figures.execute(who, q, ctx);
  }
}
