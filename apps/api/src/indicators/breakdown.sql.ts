// The one statement of the publishable indicators: the facts of the period
// (a union, one branch per kind of fact), their dimensions, every breakdown
// at every level (GROUPING SETS), then primary and complementary suppression
// by window functions over the whole country, cut to the caller's scope last.
// Static text: every value is a parameter.
import { smallCountSql } from '../../../../libs/domain/suppression';
import { BREAKDOWNS, INDICATORS, LEVELS, type Breakdown, type Indicator, type Level } from './breakdown-catalogue';

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

/** One cell as the statement answers it. */
export type BreakdownRow = {
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

// Every breakdown is grouped (GROUPING() needs every column in the sets, and the
// suppression is the same whatever the caller asks); the answer keeps those asked for.
const maskCase = `CASE GROUPING(sex, age_band, category, entry_point) ${BREAKDOWNS.map((b) => `WHEN ${MASK[b]} THEN '${b}'`).join(' ')} END`;
// $1 from, $2 to, $3 threshold, $4 time zone, $5 indicators, $6 levels, $7 region, $8 province, $9 breakdowns
export const BREAKDOWN_STATEMENT = `
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
