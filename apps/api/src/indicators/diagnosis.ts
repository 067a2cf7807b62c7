// The provincial committee's yearly diagnosis (measures 99-106): the year's
// figures against the previous year's, computed by the same functions as the
// JSON endpoints — the publishable indicators (./breakdown.ts), satisfaction
// (../satisfaction/satisfaction-indicators.ts) — and a few statements of its
// own over the projections: overdue steps by the ladder level they reached,
// escalations by level, referral acceptance by provider, after-care
// check-ins, complaints. GET /api/v1/indicators/diagnosis?format=json is this
// object; the PDF prints it. Counts under the suppression threshold are "< N"
// here too, and a median over fewer answers than that is not given.
import type { Db } from '../../../../libs/db/prisma';
import { publishedCount, smallShownAs } from '../../../../libs/domain/suppression';
import { computeSatisfaction, type Satisfaction } from '../satisfaction/satisfaction-indicators';
import { computeBreakdowns, INDICATORS, type Indicator } from './breakdown';

export type Figure = number | string;
export interface YearOnYear {
  current: Figure;
  previous: Figure;
}

export interface Diagnosis {
  provinceCode: string;
  province: { fr: string; ar: string };
  year: number;
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  suppression: { threshold: number; shownAs: string };
  indicators: ({ indicator: Indicator } & YearOnYear)[];
  /** steps due in the year and answered late (or still open past their deadline), by the highest ladder level reached */
  overdueSteps: { level: number; count: Figure }[];
  escalations: { level: number; role: string; count: Figure }[];
  referralAcceptance: { organisationId: string; name: { fr: string; ar: string }; decided: Figure; accepted: Figure; withinDeadline: Figure; medianHours: number | null }[];
  redirections: { judicialToSocial: YearOnYear; socialToJudicial: YearOnYear };
  afterCare: { entries: YearOnYear; checkIns: Figure; autonomyReached: Figure };
  complaints: { received: YearOnYear; answered: Figure; answeredInTime: Figure; byChannel: { channel: string; count: Figure }[] };
  satisfaction: Satisfaction;
}


/** Midnight of 1 January of `year` in the time zone, as an instant. */
export function startOfYear(year: number, timeZone: string): Date {
  const utc = Date.UTC(year, 0, 1);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(utc));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const offset = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - utc;
  return new Date(utc - offset);
}

type Count = bigint | number;

export async function computeDiagnosis(db: Db, p: { provinceCode: string; year: number; threshold: number; timeZone: string }): Promise<Diagnosis> {
  const from = startOfYear(p.year, p.timeZone);
  const to = startOfYear(p.year + 1, p.timeZone);
  const prevFrom = startOfYear(p.year - 1, p.timeZone);
  const t = p.threshold;
  const small = (n: Count): Figure => publishedCount(Number(n), t);
  const province = await db.province.findUniqueOrThrow({ where: { code: p.provinceCode } });

  const totals = async (f: Date, u: Date) => {
    const b = await computeBreakdowns(db, { from: f, to: u, threshold: t, timeZone: p.timeZone, scope: { levels: ['PROVINCE'], provinceCode: p.provinceCode }, breakdowns: ['TOTAL'] });
    return new Map(b.cells.map((c) => [c.indicator, c.value]));
  };
  const [now, before] = await Promise.all([totals(from, to), totals(prevFrom, from)]);
  const yoy = (i: Indicator): YearOnYear => ({ current: now.get(i) ?? 0, previous: before.get(i) ?? 0 });

  const q = <T>(sql: string, f = from, u = to) => db.$queryRawUnsafe<T[]>(sql, p.provinceCode, f, u);
  const LIVE = `c.status <> 'MERGED' AND c.stage <> 'MERGED'`;
  const [overdue, escalations, referrals, checkIns, complaints, complaintsBefore] = await Promise.all([
    q<{ level: number; n: Count }>(`SELECT s.level, count(*) AS n FROM "OpenStep" s JOIN "Case" c ON c.id = s."caseId"
      WHERE s."provinceCode" = $1 AND s."dueAt" >= $2 AND s."dueAt" < $3 AND s."dueAt" < now() AND ${LIVE}
        AND ((s.status = 'OPEN' AND s."closedAt" IS NULL) OR s."closedAt" > s."dueAt") GROUP BY 1 ORDER BY 1`),
    q<{ level: number; role: string; n: Count }>(`SELECT e.level, e.role, count(*) AS n FROM "Escalation" e
      WHERE e."provinceCode" = $1 AND e."alertedAt" >= $2 AND e."alertedAt" < $3 GROUP BY 1, 2 ORDER BY 1, 2`),
    q<{ org: string; namefr: string; namear: string; decided: Count; accepted: Count; within: Count; median: number | null }>(`SELECT x."organisationId" AS org, o."nameFr" AS namefr, o."nameAr" AS namear,
        count(*) AS decided, count(x."acceptedAt") AS accepted, count(*) FILTER (WHERE x."acceptedAt" <= x."acceptDueAt") AS within,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM x."acceptedAt" - x."createdAt")) / 3600)::numeric, 1)::float8 AS median
      FROM "Referral" x JOIN "Case" c ON c.id = x."caseId" JOIN "Organisation" o ON o.id = x."organisationId"
      WHERE c."provinceCode" = $1 AND ${LIVE} AND x."createdAt" >= $2 AND x."createdAt" < $3 AND x.status NOT IN ('PENDING', 'CANCELLED')
      GROUP BY 1, 2, 3 ORDER BY 2`),
    q<{ n: Count; autonomy: Count }>(`SELECT count(*) AS n, count(DISTINCT e."caseId") FILTER (WHERE (e.data->>'autonomyReached')::boolean) AS autonomy
      FROM "PathwayEvent" e JOIN "Case" c ON c.id = e."caseId"
      WHERE e."provinceCode" = $1 AND e.type = 'AFTERCARE_CHECKIN' AND e.at >= $2 AND e.at < $3 AND ${LIVE}`),
    q<{ channel: string; n: Count; answered: Count; intime: Count }>(`SELECT x.channel, count(*) AS n, count(*) FILTER (WHERE x.status = 'ANSWERED') AS answered,
        count(*) FILTER (WHERE x."respondedAt" <= x."dueAt") AS intime
      FROM "Complaint" x WHERE x."provinceCode" = $1 AND x."createdAt" >= $2 AND x."createdAt" < $3 GROUP BY 1 ORDER BY 1`),
    q<{ n: Count }>(`SELECT count(*) AS n FROM "Complaint" x WHERE x."provinceCode" = $1 AND x."createdAt" >= $2 AND x."createdAt" < $3`, prevFrom, from),
  ]);
  const sum = (rows: { [k: string]: unknown }[], k: string) => rows.reduce((s, r) => s + Number(r[k]), 0);
  const satisfaction = await computeSatisfaction(db, { from: `${p.year}-01`, to: `${p.year}-12`, provinceCode: p.provinceCode, threshold: t });

  return {
    provinceCode: p.provinceCode,
    province: { fr: province.nameFr, ar: province.nameAr },
    year: p.year,
    period: { from: from.toISOString(), to: to.toISOString() },
    previousPeriod: { from: prevFrom.toISOString(), to: from.toISOString() },
    suppression: { threshold: t, shownAs: smallShownAs(t) },
    indicators: INDICATORS.map((indicator) => ({ indicator, ...yoy(indicator) })),
    overdueSteps: overdue.map((r) => ({ level: Number(r.level), count: small(r.n) })),
    escalations: escalations.map((r) => ({ level: Number(r.level), role: r.role, count: small(r.n) })),
    referralAcceptance: referrals.map((r) => ({
      organisationId: r.org,
      name: { fr: r.namefr, ar: r.namear },
      decided: small(r.decided),
      accepted: small(r.accepted),
      withinDeadline: small(r.within),
      medianHours: Number(r.accepted) >= t && r.median !== null ? Number(r.median) : null,
    })),
    redirections: { judicialToSocial: yoy('redirections_judicial_to_social'), socialToJudicial: yoy('redirections_social_to_judicial') },
    afterCare: { entries: yoy('aftercare_entries'), checkIns: small(checkIns[0]?.n ?? 0), autonomyReached: small(checkIns[0]?.autonomy ?? 0) },
    complaints: {
      received: { current: small(sum(complaints, 'n')), previous: small(complaintsBefore[0]?.n ?? 0) },
      answered: small(sum(complaints, 'answered')),
      answeredInTime: small(sum(complaints, 'intime')),
      byChannel: complaints.map((r) => ({ channel: r.channel, count: small(r.n) })),
    },
    satisfaction,
  };
}
