// Satisfaction indicators per province and per provider, from the anonymised
// answers (SurveyAnswer: province, provider, month; no case). Small cells are
// suppressed as the published indicators are: a count of 1 to threshold-1 is
// "< threshold" and its mean and shares are not given; where exactly one
// provider of a province is so hidden, the next smallest is hidden too ("x")
// so that the others cannot give it back.
import type { Db } from '../../../../libs/db/prisma';

export interface SatisfactionCell {
  level: 'PROVINCE' | 'PROVIDER';
  provinceCode: string;
  organisationId: string | null;
  name: { fr: string; ar: string } | null;
  responses: number | string;
  /** mean score, 1 to 5 (null when suppressed) */
  meanScore: number | null;
  /** share answering 4 or 5, percent */
  satisfiedPct: number | null;
  /** share who felt listened to, percent */
  listenedPct: number | null;
  suppressed?: 'PRIMARY' | 'COMPLEMENTARY';
}

export interface Satisfaction {
  /** months, inclusive (YYYY-MM) */
  from: string;
  to: string;
  threshold: number;
  cells: SatisfactionCell[];
}

type Raw = { province: string; org: string | null; n: bigint; mean: number | string; satisfied: number | string; listened: number | string; namefr: string | null; namear: string | null };

export async function computeSatisfaction(db: Db, p: { from: string; to: string; provinceCode?: string; threshold: number }): Promise<Satisfaction> {
  const rows = await db.$queryRawUnsafe<Raw[]>(
    `SELECT a."provinceCode" AS province, a."organisationId" AS org, count(*) AS n,
            round(avg(a.score)::numeric, 2) AS mean,
            round(100.0 * count(*) FILTER (WHERE a.score >= 4) / count(*), 1) AS satisfied,
            round(100.0 * count(*) FILTER (WHERE a.listened) / count(*), 1) AS listened,
            max(o."nameFr") AS namefr, max(o."nameAr") AS namear
     FROM "SurveyAnswer" a LEFT JOIN "Organisation" o ON o.id = a."organisationId"
     WHERE a.period >= $1 AND a.period <= $2 AND ($3::text IS NULL OR a."provinceCode" = $3)
     GROUP BY GROUPING SETS ((a."provinceCode"), (a."provinceCode", a."organisationId"))
     HAVING GROUPING(a."organisationId") = 1 OR a."organisationId" IS NOT NULL
     ORDER BY 1, 2 NULLS FIRST`,
    p.from,
    p.to,
    p.provinceCode ?? null,
  );
  const cells: SatisfactionCell[] = rows.map((r) => {
    const n = Number(r.n);
    const cell: SatisfactionCell = {
      level: r.org ? 'PROVIDER' : 'PROVINCE',
      provinceCode: r.province,
      organisationId: r.org,
      name: r.org ? { fr: r.namefr ?? r.org, ar: r.namear ?? r.org } : null,
      responses: n,
      meanScore: Number(r.mean),
      satisfiedPct: Number(r.satisfied),
      listenedPct: Number(r.listened),
    };
    return n < p.threshold ? hide(cell, 'PRIMARY', `< ${p.threshold}`) : cell;
  });
  // complementary: one provider hidden in a province, the smallest other one too
  const byProvince = new Map<string, SatisfactionCell[]>();
  for (const c of cells.filter((x) => x.level === 'PROVIDER')) byProvince.set(c.provinceCode, [...(byProvince.get(c.provinceCode) ?? []), c]);
  for (const providers of byProvince.values()) {
    if (providers.filter((c) => c.suppressed).length !== 1) continue;
    const next = providers.filter((c) => !c.suppressed).sort((a, b) => Number(a.responses) - Number(b.responses))[0];
    if (next) Object.assign(next, hide(next, 'COMPLEMENTARY', 'x'));
  }
  return { from: p.from, to: p.to, threshold: p.threshold, cells };
}

function hide(c: SatisfactionCell, how: 'PRIMARY' | 'COMPLEMENTARY', shown: string): SatisfactionCell {
  return { ...c, responses: shown, meanScore: null, satisfiedPct: null, listenedPct: null, suppressed: how };
}
