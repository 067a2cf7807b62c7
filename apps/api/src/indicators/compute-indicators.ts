// The indicator queries: one SQL statement per indicator, grouped by province.
import type { Db } from '../../../../libs/db/prisma';
import { publishedCount } from '../../../../libs/domain/suppression';
import { reviewVisitQueries } from './review-visits';

export interface IndicatorRow {
  provinceCode: string;
  indicator: string;
  dimension: string;
  /** a count of 1 to threshold-1 is "< threshold" (as in the breakdowns); rates are given as they are */
  value: number | string;
}

export interface Indicators {
  from: string;
  to: string;
  provinceCode: string | null;
  rows: IndicatorRow[];
}

interface Params {
  provinceCode?: string;
  from: Date;
  to: Date;
  /** INDICATOR_SUPPRESSION_THRESHOLD: small counts are not published */
  threshold: number;
}

/** Rates and durations, not counts of children or events: not suppressed. */
const RATES = new Set(['referrals_accepted_within_deadline_pct', 'referral_median_hours_to_acceptance', 'review_visits_per_year']);

type Raw = { provinceCode: string; dimension: string | null; value: number | bigint | string | null };

export async function computeIndicators(db: Db, p: Params): Promise<Indicators> {
  const prov = p.provinceCode ?? null;
  const q = (sql: string) => db.$queryRawUnsafe<Raw[]>(sql, prov, p.from, p.to);
  const PROV = `($1::text IS NULL OR c."provinceCode" = $1)`;
  // a duplicate merged into another case of the child counts once: through the case that goes on
  const NOT_MERGED_EVENT = `c."caseId" NOT IN (SELECT m.id FROM "Case" m WHERE m.status = 'MERGED')`;
  const queries: Record<string, Promise<Raw[]>> = {
    reports_by_category: q(`SELECT c."provinceCode", r.category AS dimension, count(*) AS value FROM "Report" r JOIN "Case" c ON c.id = r."caseId" WHERE ${PROV} AND r."receivedAt" >= $2 AND r."receivedAt" < $3 GROUP BY 1, 2`),
    reports_by_entry_point: q(`SELECT c."provinceCode", r."entryPoint" AS dimension, count(*) AS value FROM "Report" r JOIN "Case" c ON c.id = r."caseId" WHERE ${PROV} AND r."receivedAt" >= $2 AND r."receivedAt" < $3 GROUP BY 1, 2`),
    cases_by_stage: q(`SELECT c."provinceCode", c.stage AS dimension, count(*) AS value FROM "Case" c WHERE ${PROV} AND c.status <> 'MERGED' AND c."openedAt" < $3 AND ($2::timestamp IS NOT NULL) GROUP BY 1, 2`),
    referrals_accepted_within_deadline_pct: q(`SELECT c."provinceCode", NULL AS dimension,
        round(100.0 * count(*) FILTER (WHERE x."acceptedAt" IS NOT NULL AND x."acceptedAt" <= x."acceptDueAt") / nullif(count(*), 0), 1) AS value
      FROM "Referral" x JOIN "Case" c ON c.id = x."caseId"
      WHERE ${PROV} AND x."createdAt" >= $2 AND x."createdAt" < $3 AND x.status <> 'PENDING' AND x.status <> 'CANCELLED' GROUP BY 1`),
    referral_median_hours_to_acceptance: q(`SELECT c."provinceCode", NULL AS dimension,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM x."acceptedAt" - x."createdAt")) / 3600)::numeric, 2) AS value
      FROM "Referral" x JOIN "Case" c ON c.id = x."caseId"
      WHERE ${PROV} AND x."createdAt" >= $2 AND x."createdAt" < $3 AND x."acceptedAt" IS NOT NULL GROUP BY 1`),
    escalations_by_level: q(`SELECT c."provinceCode", c.level::text AS dimension, count(*) AS value FROM "Escalation" c WHERE ${PROV} AND c."alertedAt" >= $2 AND c."alertedAt" < $3 GROUP BY 1, 2`),
    redirections: q(`SELECT c."provinceCode", c.type AS dimension, count(*) AS value FROM "PathwayEvent" c WHERE ${PROV} AND ${NOT_MERGED_EVENT} AND c.type IN ('REDIRECTED_JUDICIAL_TO_SOCIAL', 'REDIRECTED_SOCIAL_TO_JUDICIAL') AND c.at >= $2 AND c.at < $3 GROUP BY 1, 2`),
    integrations: q(`SELECT c."provinceCode", coalesce(c.data->>'kind', 'UNSPECIFIED') AS dimension, count(*) AS value FROM "PathwayEvent" c WHERE ${PROV} AND ${NOT_MERGED_EVENT} AND c.type = 'INTEGRATION' AND c.at >= $2 AND c.at < $3 GROUP BY 1, 2`),
    aftercare_entered: q(`SELECT c."provinceCode", NULL AS dimension, count(*) AS value FROM "PathwayEvent" c WHERE ${PROV} AND ${NOT_MERGED_EVENT} AND c.type = 'AFTERCARE_ENTERED' AND c.at >= $2 AND c.at < $3 GROUP BY 1`),
    young_adults_in_aftercare: q(`SELECT c."provinceCode", NULL AS dimension, count(*) AS value FROM "Case" c WHERE ${PROV} AND c.stage = 'AFTER_CARE' AND c.status = 'OPEN' AND ($2::timestamp IS NOT NULL) AND ($3::timestamp IS NOT NULL) GROUP BY 1`),
    complaints: q(`SELECT c."provinceCode", c.channel AS dimension, count(*) AS value FROM "Complaint" c WHERE ${PROV} AND c."createdAt" >= $2 AND c."createdAt" < $3 GROUP BY 1, 2`),
    ...reviewVisitQueries(q, PROV, NOT_MERGED_EVENT),
  };
  const rows: IndicatorRow[] = [];
  for (const [indicator, promise] of Object.entries(queries)) {
    for (const r of await promise) {
      if (r.value === null) continue;
      const value = Number(r.value);
      rows.push({ provinceCode: r.provinceCode, indicator, dimension: r.dimension ?? '', value: RATES.has(indicator) ? value : publishedCount(value, p.threshold) });
    }
  }
  rows.sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.indicator.localeCompare(b.indicator) || a.dimension.localeCompare(b.dimension));
  return { from: p.from.toISOString(), to: p.to.toISOString(), provinceCode: prov, rows };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // Quote, and neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function indicatorsToCsv(i: Indicators): string {
  const lines = ['province,indicator,dimension,value,from,to'];
  for (const r of i.rows) lines.push([r.provinceCode, r.indicator, r.dimension, r.value, i.from, i.to].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
