// Publishable indicators (measures 99-106): every indicator broken down by
// sex, age band, category and entry point, per province, rolled up to the
// region and the nation, over any period — computed by PostgreSQL in one
// statement (GROUPING SETS over a union of facts), small counts suppressed.
//
// What each indicator counts (a "fact" dated in the period):
//   reports_received                    reports, at their receivedAt
//   cases_opened                        cases, at their first report's receivedAt
//   referrals_decided                   referrals answered or expired (not pending, not cancelled), at creation
//   referrals_accepted_within_deadline  of those, accepted by their acceptance deadline
//   redirections_judicial_to_social     court orders that redirected a case to social measures
//   redirections_social_to_judicial     cases redirected to the prosecutor's protection
//   prosecutor_reports                  reports to the prosecutor
//   children_integrated                 children with an integration (any kind), counted once
//   children_back_to_family / children_back_to_school / children_into_vocational_training
//                                       children with an integration of that kind, counted once
//   aftercare_entries                   young adults entering after-care at 18
//   social_emergency_interventions      emergency-shelter placements at the urgent reception
// Dimensions: the child's sex (F, M, UNKNOWN) and age band at the fact
// (0-5, 6-11, 12-14, 15-17, 18-22, UNKNOWN without a date of birth); the
// category (the report's, else the case's); the entry point of the case's
// first report (the report's own for reports); the province of the fact.
// Cases merged into another (stage or status MERGED) are left out: their facts count
// on the surviving case.
//
// Suppression, so that no child can be recognised in a published figure:
//  - primary: a cell counting 1 to threshold-1 is shown as "< threshold";
//  - complementary: where exactly one cell of a breakdown (the sexes of one
//    territory, say) is suppressed, the total and the others would give it
//    back, so the smallest other cell is hidden too ("x"); likewise where
//    exactly one province of a region (or one region of the nation) is
//    suppressed for a cell. One pass of each rule, not iterated to a fixed
//    point: a complementary cell can leave a single suppressed cell in another
//    breakdown (the cross sex × age band against its margins, say) — the
//    answer says so in `suppression.note`.
// Zero cells are absent. Suppression is computed over the whole country
// before the answer is cut to the caller's scope, so two scopes never
// suppress the same cell differently.
import type { Db } from '../../../../libs/db/prisma';
import { smallCountSql, suppressionLegend } from '../../../../libs/domain/suppression';

export const INDICATORS = [
  'reports_received',
  'cases_opened',
  'referrals_decided',
  'referrals_accepted_within_deadline',
  'redirections_judicial_to_social',
  'redirections_social_to_judicial',
  'prosecutor_reports',
  'children_integrated',
  'children_back_to_family',
  'children_back_to_school',
  'children_into_vocational_training',
  'aftercare_entries',
  'social_emergency_interventions',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** The figures of the ministry's press releases, from the same cells. */
export const PRESS_FIGURES: Record<string, Indicator> = {
  childrenIntegrated: 'children_integrated',
  backToSchool: 'children_back_to_school',
  intoVocationalTraining: 'children_into_vocational_training',
  socialEmergencyInterventions: 'social_emergency_interventions',
};

export const BREAKDOWNS = ['TOTAL', 'SEX', 'AGE_BAND', 'CATEGORY', 'ENTRY_POINT', 'SEX_AGE_BAND'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
export const LEVELS = ['NATION', 'REGION', 'PROVINCE'] as const;
export type Level = (typeof LEVELS)[number];
export const AGE_BANDS = ['0-5', '6-11', '12-14', '15-17', '18-22', 'UNKNOWN'] as const;

export interface Scope {
  /** only these levels in the answer (all three by default) */
  levels: Level[];
  regionCode?: string;
  provinceCode?: string;
}

export interface BreakdownParams {
  from: Date;
  to: Date;
  threshold: number;
  timeZone: string;
  scope: Scope;
  indicators?: readonly Indicator[];
  breakdowns?: readonly Breakdown[];
}

export interface Cell {
  indicator: Indicator;
  level: Level;
  /** the nation (MA), the region's code or the province's code */
  territory: string;
  regionCode: string | null;
  provinceCode: string | null;
  breakdown: Breakdown;
  sex: string | null;
  ageBand: string | null;
  category: string | null;
  entryPoint: string | null;
  /** the count, or "< threshold" (primary suppression), or "x" (complementary suppression) */
  value: number | string;
  suppressed?: 'PRIMARY' | 'COMPLEMENTARY';
}

export interface Breakdowns {
  from: string;
  to: string;
  scope: Scope;
  suppression: { threshold: number; shownAs: string; complementaryShownAs: string; note: string };
  cells: Cell[];
}

const NATION = 'MA';

const DIMS: Record<Breakdown, string[]> = {
  TOTAL: [],
  SEX: ['sex'],
  AGE_BAND: ['age_band'],
  CATEGORY: ['category'],
  ENTRY_POINT: ['entry_point'],
  SEX_AGE_BAND: ['sex', 'age_band'],
};
/** GROUPING(sex, age_band, category, entry_point): a bit is 1 where the column is rolled up. */
const MASK: Record<Breakdown, number> = { TOTAL: 15, SEX: 7, AGE_BAND: 11, CATEGORY: 13, ENTRY_POINT: 14, SEX_AGE_BAND: 3 };
const TERRITORY: Record<Level, string[]> = { NATION: [], REGION: ['region'], PROVINCE: ['region', 'province'] };

/** The GROUPING SETS clause: each level × each breakdown (static text, no data). */
function groupingSets(breakdowns: readonly Breakdown[]): string {
  const sets: string[] = [];
  for (const level of LEVELS) for (const b of breakdowns) sets.push(`(${[...TERRITORY[level], ...DIMS[b]].join(', ')})`);
  return sets.join(',\n      ');
}

type Raw = {
  indicator: Indicator;
  level: Level;
  territory: string;
  region: string | null;
  province: string | null;
  breakdown: Breakdown;
  sex: string | null;
  age_band: string | null;
  category: string | null;
  entry_point: string | null;
  value: bigint | number;
  suppression: 'PRIMARY' | 'COMPLEMENTARY' | null;
};

export async function computeBreakdowns(db: Db, p: BreakdownParams): Promise<Breakdowns> {
  const breakdowns = p.breakdowns ?? BREAKDOWNS;
  const indicators = p.indicators ?? INDICATORS;
  // Every breakdown is grouped (GROUPING() needs every column in the sets, and the
  // suppression is the same whatever the caller asks); the answer keeps those asked for.
  const maskCase = `CASE GROUPING(sex, age_band, category, entry_point) ${BREAKDOWNS.map((b) => `WHEN ${MASK[b]} THEN '${b}'`).join(' ')} END`;
  // $1 from, $2 to, $3 threshold, $4 time zone, $5 indicators, $6 levels, $7 region, $8 province, $9 breakdowns
  const sql = `
WITH first_report AS (
  SELECT DISTINCT ON (r."caseId") r."caseId", r."entryPoint", r.category, r."receivedAt"
  FROM "Report" r ORDER BY r."caseId", r."receivedAt", r.id
),
live_case AS (
  SELECT c.id, c."childId", c."provinceCode", c.category, fr."entryPoint" AS first_entry_point
  FROM "Case" c LEFT JOIN first_report fr ON fr."caseId" = c.id
  WHERE c.status <> 'MERGED' AND c.stage <> 'MERGED'
),
integration AS (
  SELECT DISTINCT ON (lc."childId", coalesce(e.data->>'kind', 'UNSPECIFIED')) e.id, e."caseId", e."provinceCode", e.at, coalesce(e.data->>'kind', 'UNSPECIFIED') AS kind
  FROM "PathwayEvent" e JOIN live_case lc ON lc.id = e."caseId"
  WHERE e.type = 'INTEGRATION' AND e.at >= $1 AND e.at < $2
  ORDER BY lc."childId", coalesce(e.data->>'kind', 'UNSPECIFIED'), e.at, e.id
),
fact AS (
  SELECT 'reports_received' AS indicator, r.id AS subject, r."caseId" AS case_id, lc."provinceCode" AS province, r.category, r."entryPoint" AS entry_point, r."receivedAt" AS at
  FROM "Report" r JOIN live_case lc ON lc.id = r."caseId"
  WHERE r."receivedAt" >= $1 AND r."receivedAt" < $2
  UNION ALL
  SELECT 'cases_opened', fr."caseId", fr."caseId", lc."provinceCode", fr.category, fr."entryPoint", fr."receivedAt"
  FROM first_report fr JOIN live_case lc ON lc.id = fr."caseId"
  WHERE fr."receivedAt" >= $1 AND fr."receivedAt" < $2
  UNION ALL
  SELECT ind, x.id, x."caseId", lc."provinceCode", lc.category, lc.first_entry_point, x."createdAt"
  FROM "Referral" x JOIN live_case lc ON lc.id = x."caseId"
  CROSS JOIN LATERAL (VALUES ('referrals_decided', true), ('referrals_accepted_within_deadline', x."acceptedAt" IS NOT NULL AND x."acceptedAt" <= x."acceptDueAt")) v(ind, ok)
  WHERE x.status NOT IN ('PENDING', 'CANCELLED') AND v.ok AND x."createdAt" >= $1 AND x."createdAt" < $2
  UNION ALL
  SELECT CASE e.type
           WHEN 'REDIRECTED_JUDICIAL_TO_SOCIAL' THEN 'redirections_judicial_to_social'
           WHEN 'REDIRECTED_SOCIAL_TO_JUDICIAL' THEN 'redirections_social_to_judicial'
           WHEN 'PROSECUTOR_REPORTED' THEN 'prosecutor_reports'
           WHEN 'AFTERCARE_ENTERED' THEN 'aftercare_entries'
           WHEN 'EMERGENCY_SHELTER' THEN 'social_emergency_interventions'
         END, e.id, e."caseId", e."provinceCode", lc.category, lc.first_entry_point, e.at
  FROM "PathwayEvent" e JOIN live_case lc ON lc.id = e."caseId"
  WHERE e.type IN ('REDIRECTED_JUDICIAL_TO_SOCIAL', 'REDIRECTED_SOCIAL_TO_JUDICIAL', 'PROSECUTOR_REPORTED', 'AFTERCARE_ENTERED', 'EMERGENCY_SHELTER')
    AND e.at >= $1 AND e.at < $2
  UNION ALL
  -- each child once per kind (the first integration of that kind in the period), and once in all
  SELECT CASE i.kind WHEN 'FAMILY' THEN 'children_back_to_family' WHEN 'SCHOOL' THEN 'children_back_to_school'
           WHEN 'VOCATIONAL_TRAINING' THEN 'children_into_vocational_training' END,
         lc."childId", i."caseId", i."provinceCode", lc.category, lc.first_entry_point, i.at
  FROM integration i JOIN live_case lc ON lc.id = i."caseId"
  WHERE i.kind IN ('FAMILY', 'SCHOOL', 'VOCATIONAL_TRAINING')
  UNION ALL
  (SELECT DISTINCT ON (lc."childId") 'children_integrated', lc."childId", i."caseId", i."provinceCode", lc.category, lc.first_entry_point, i.at
   FROM integration i JOIN live_case lc ON lc.id = i."caseId"
   ORDER BY lc."childId", i.at, i.id)
),
base AS (
  SELECT f.indicator, f.subject, p."regionCode" AS region, f.province,
         coalesce(ch.sex, 'UNKNOWN') AS sex,
         CASE
           WHEN ch."dateOfBirth" IS NULL THEN 'UNKNOWN'
           ELSE (SELECT CASE WHEN a < 6 THEN '0-5' WHEN a < 12 THEN '6-11' WHEN a < 15 THEN '12-14' WHEN a < 18 THEN '15-17' ELSE '18-22' END
                 FROM (SELECT extract(year FROM age(((f.at AT TIME ZONE 'UTC') AT TIME ZONE $4)::date, ch."dateOfBirth"))::int AS a) y)
         END AS age_band,
         coalesce(f.category, 'UNKNOWN') AS category,
         coalesce(f.entry_point, 'UNKNOWN') AS entry_point
  FROM fact f
  JOIN live_case lc ON lc.id = f.case_id
  JOIN "Child" ch ON ch.id = lc."childId"
  JOIN "Province" p ON p.code = f.province
  WHERE f.indicator = ANY($5::text[])
),
cell AS (
  SELECT indicator,
         CASE WHEN GROUPING(region) = 1 THEN 'NATION' WHEN GROUPING(province) = 1 THEN 'REGION' ELSE 'PROVINCE' END AS level,
         region, province, ${maskCase} AS breakdown,
         sex, age_band, category, entry_point,
         count(DISTINCT subject) AS value
  FROM base
  GROUP BY indicator, GROUPING SETS (
      ${groupingSets(BREAKDOWNS)}
  )
),
keyed AS (
  SELECT *, coalesce(province, region, '${NATION}') AS territory,
         CASE level WHEN 'PROVINCE' THEN region WHEN 'REGION' THEN '${NATION}' END AS parent,
         concat_ws('|', sex, age_band, category, entry_point) AS key,
         ${smallCountSql('value', '$3')} AS primary_cell
  FROM cell
),
ranked AS (
  SELECT *,
         count(*) FILTER (WHERE primary_cell) OVER (PARTITION BY indicator, level, territory, breakdown) AS primaries_in_breakdown,
         row_number() OVER (PARTITION BY indicator, level, territory, breakdown, primary_cell ORDER BY value, key) AS rank_in_breakdown,
         count(*) FILTER (WHERE primary_cell) OVER (PARTITION BY indicator, breakdown, key, level, parent) AS primaries_in_parent,
         row_number() OVER (PARTITION BY indicator, breakdown, key, level, parent, primary_cell ORDER BY value, territory) AS rank_in_parent
  FROM keyed
)
SELECT indicator, level, territory, region, province, breakdown, sex, age_band, category, entry_point, value,
       CASE
         WHEN primary_cell THEN 'PRIMARY'
         WHEN breakdown <> 'TOTAL' AND primaries_in_breakdown = 1 AND rank_in_breakdown = 1 THEN 'COMPLEMENTARY'
         WHEN level <> 'NATION' AND primaries_in_parent = 1 AND rank_in_parent = 1 THEN 'COMPLEMENTARY'
       END AS suppression
FROM ranked
WHERE level = ANY($6::text[])
  AND ($7::text IS NULL OR region = $7)
  AND ($8::text IS NULL OR province = $8)
  AND breakdown = ANY($9::text[])
ORDER BY array_position(ARRAY[${INDICATORS.map((i) => `'${i}'`).join(', ')}]::text[], indicator),
         array_position(ARRAY['NATION', 'REGION', 'PROVINCE']::text[], level), territory,
         array_position(ARRAY[${BREAKDOWNS.map((b) => `'${b}'`).join(', ')}]::text[], breakdown), key`;
  const rows = await db.$queryRawUnsafe<Raw[]>(
    sql,
    p.from,
    p.to,
    p.threshold,
    p.timeZone,
    [...indicators],
    p.scope.levels,
    p.scope.regionCode ?? null,
    p.scope.provinceCode ?? null,
    [...breakdowns],
  );
  const { shownAs: small, complementaryShownAs } = suppressionLegend(p.threshold);
  const cells = rows.map((r): Cell => {
    const value = Number(r.value);
    return {
      indicator: r.indicator,
      level: r.level,
      territory: r.territory,
      regionCode: r.region,
      provinceCode: r.province,
      breakdown: r.breakdown,
      sex: r.sex,
      ageBand: r.age_band,
      category: r.category,
      entryPoint: r.entry_point,
      value: r.suppression === 'PRIMARY' ? small : r.suppression === 'COMPLEMENTARY' ? complementaryShownAs : value,
      ...(r.suppression ? { suppressed: r.suppression } : {}),
    };
  });
  return {
    from: p.from.toISOString(),
    to: p.to.toISOString(),
    scope: p.scope,
    suppression: {
      ...suppressionLegend(p.threshold),
      note:
        `a count of 1 to ${p.threshold - 1} is shown as "${small}"; where one cell of a breakdown (or one province of a region, one region of the nation) is so hidden, ` +
        'the smallest other cell is hidden too ("x"), so that the total does not give it back. One pass of each rule: crossing tables ' +
        '(sex × age band against its margins) can still narrow a hidden cell; absent cells are zero',
    },
    cells,
  };
}

const csvCell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote, and neutralise spreadsheet formulas ("< 5" starts with no formula character).
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const BREAKDOWN_CSV_HEADER = 'indicator,level,territory,region,province,breakdown,sex,age_band,category,entry_point,value,suppressed,from,to';

export function breakdownsToCsv(b: Breakdowns): string {
  const lines = [BREAKDOWN_CSV_HEADER];
  for (const c of b.cells) {
    lines.push(
      [c.indicator, c.level, c.territory, c.regionCode, c.provinceCode, c.breakdown, c.sex, c.ageBand, c.category, c.entryPoint, c.value, c.suppressed, b.from, b.to]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface PressFigure {
  indicator: Indicator;
  value: number | string;
  suppressed?: 'PRIMARY' | 'COMPLEMENTARY';
  /** girls and boys, as the press releases give them */
  bySex: Record<string, number | string>;
}

/** The press figures of one territory from its TOTAL and SEX cells. */
export function pressFigures(b: Breakdowns, territory: string): Record<keyof typeof PRESS_FIGURES, PressFigure> {
  const out = {} as Record<string, PressFigure>;
  for (const [name, indicator] of Object.entries(PRESS_FIGURES)) {
    const mine = b.cells.filter((c) => c.indicator === indicator && c.territory === territory);
    const total = mine.find((c) => c.breakdown === 'TOTAL');
    out[name] = {
      indicator,
      value: total?.value ?? 0,
      ...(total?.suppressed ? { suppressed: total.suppressed } : {}),
      bySex: Object.fromEntries(mine.filter((c) => c.breakdown === 'SEX').map((c) => [c.sex!, c.value])),
    };
  }
  return out;
}
