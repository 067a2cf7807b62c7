// Visits per year to children deprived of liberty or placed in an institution
// (measure 32): the reviews recorded in the period per child reviewed,
// brought to a year. One row per kind of review (INSTITUTION, LIBERTY).
type Query = (sql: string) => Promise<{ provinceCode: string; dimension: string | null; value: number | bigint | string | null }[]>;

/** `prov` and `notMerged` are compute-indicators' filters ($1 province, $2..$3 the period). */
export function reviewVisitQueries(q: Query, prov: string, notMerged: string) {
  return {
    review_visits_per_year: q(`SELECT c."provinceCode", c.data->>'kind' AS dimension,
        round(count(*)::numeric / nullif(count(DISTINCT c."caseId"), 0) * 31536000 / greatest(extract(epoch FROM $3::timestamp - $2::timestamp), 1)::numeric, 2) AS value
      FROM "PathwayEvent" c
      WHERE ${prov} AND ${notMerged} AND c.type = 'REVIEW' AND c.data->>'kind' IN ('INSTITUTION', 'LIBERTY') AND c.at >= $2 AND c.at < $3 GROUP BY 1, 2`),
  };
}
