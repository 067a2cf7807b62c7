// Finding a known child: exact identifiers first (birth certificate, the
// child's CNIE, a case reference, a parent's CNIE with the same first name),
// then probable matches on the name keys of libs/domain/names.ts, compared by
// PostgreSQL (pg_trgm similarity over GIN trigram indexes, equal consonant
// skeletons over b-tree indexes, levenshtein of fuzzystrmatch for one-letter
// typos), narrowed by date of birth in SQL. Node only scores the few rows the
// indexes return (at most CANDIDATE_ROWS) and writes the reasons.
import { Inject, Injectable } from '@nestjs/common';
import { identifierKey, initials, nameKeys } from '../../../../libs/domain/names';
import { estimatedDateOfBirth } from '../../../../libs/domain/adulthood';
import { Prisma, type Db } from '../../../../libs/db/prisma';
import { DB } from '../infra/tokens';
import type { Candidate } from './schemas';

/** A probable candidate scores at least this (chosen on the benchmark: bench/phases/identification.ts). */
export const PROBABLE_THRESHOLD = 0.75;
/** pg_trgm's `%` cut for the rows fetched (the score decides afterwards). */
const TRGM_CUT = 0.4;
/** Dates of birth further apart than this are not the same child (more when either is estimated). */
const DOB_TOLERANCE_DAYS = 366;
const ESTIMATED_TOLERANCE_DAYS = 2 * 366;
const CANDIDATE_ROWS = 50;
/** Each of the two names must be at least this close, or the name scores as the further one. */
const NAME_FLOOR = 0.65;
const MAX_CANDIDATES = 10;

export interface ChildQuery {
  firstName?: string;
  lastName?: string;
  sex?: 'F' | 'M';
  dateOfBirth?: string;
  estimatedAge?: number;
  motherName?: string;
  birthCertificateNo?: string;
  cnie?: string;
  parentCnies?: string[];
  provinceCode?: string;
  caseReference?: string;
}

interface Row {
  childId: string;
  caseId: string;
  reference: string;
  provinceCode: string;
  firstName: string | null;
  lastName: string | null;
  sex: string | null;
  dateOfBirth: Date | null;
  dobEstimated: boolean;
  birthCertificateNo: string | null;
  cnie: string | null;
  parentCnies: string[];
  firstNameSkeleton: string | null;
  lastNameSkeleton: string | null;
  nameSim: number | null;
  firstSim: number | null;
  lastSim: number | null;
  firstAsLastSim: number | null;
  lastAsFirstSim: number | null;
  firstLev: number | null;
  lastLev: number | null;
  motherSim: number | null;
}

/** The child's most recent case (an open one first, never a merged duplicate): the one a report attaches to. */
const LATEST_CASE = Prisma.sql`JOIN LATERAL (
  SELECT k.id, k.reference, k."provinceCode" FROM "Case" k WHERE k."childId" = ch.id AND k.status <> 'MERGED'
  ORDER BY (k.status = 'OPEN') DESC, k."openedAt" DESC LIMIT 1) c ON true`;

const COLUMNS = Prisma.sql`ch.id AS "childId", c.id AS "caseId", c.reference, c."provinceCode", ch."firstName", ch."lastName", ch.sex,
  ch."dateOfBirth", ch."dobEstimated", ch."birthCertificateNo", ch.cnie, ch."parentCnies", ch."firstNameSkeleton", ch."lastNameSkeleton"`;

const ARABIC = /[\u0600-\u06FF]/;

export function ageOn(dob: Date | null, now: Date): number | null {
  if (!dob) return null;
  let age = now.getUTCFullYear() - dob.getUTCFullYear();
  const m = now.getUTCMonth() - dob.getUTCMonth();
  if (m < 0 || (m === 0 && now.getUTCDate() < dob.getUTCDate())) age--;
  return age;
}

@Injectable()
export class ChildMatcher {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Exact candidates (score 1) then probable ones above the threshold, best first. */
  async find(q: ChildQuery, now = new Date()): Promise<Candidate[]> {
    const exact = await this.exact(q, now);
    return [...exact, ...(await this.likely(q, exact, now))].slice(0, MAX_CANDIDATES);
  }

  /** The probable candidates above the threshold, but for the exact ones already found, best first. */
  async likely(q: ChildQuery, exact: readonly Candidate[], now = new Date()): Promise<Candidate[]> {
    const seen = new Set(exact.map((c) => c.caseId));
    return (await this.probable(q, now)).filter((c) => !seen.has(c.caseId) && c.score >= PROBABLE_THRESHOLD).slice(0, MAX_CANDIDATES);
  }

  /** The candidates a shared identifier names (score 1): one query, none without an identifier. */
  async exact(q: ChildQuery, now = new Date()): Promise<Candidate[]> {
    const bc = identifierKey(q.birthCertificateNo);
    const cnie = identifierKey(q.cnie);
    const parents = (q.parentCnies ?? []).map(identifierKey).filter((x): x is string => Boolean(x));
    const ref = q.caseReference?.trim().toUpperCase();
    const keys = nameKeys(q);
    const ors: Prisma.Sql[] = [];
    if (bc) ors.push(Prisma.sql`ch."birthCertificateNo" = ${bc}`);
    if (cnie) ors.push(Prisma.sql`ch.cnie = ${cnie}`);
    if (ref) ors.push(Prisma.sql`ch.id = (SELECT "childId" FROM "Case" WHERE reference = ${ref})`);
    if (parents.length) ors.push(Prisma.sql`ch."parentCnies" && ${parents}::text[]`);
    if (!ors.length) return [];
    const rows = await this.db.$queryRaw<Row[]>`
      SELECT ${COLUMNS},
        CASE WHEN ${keys.firstNameKey}::text IS NULL OR ch."firstNameKey" IS NULL THEN NULL ELSE similarity(ch."firstNameKey", ${keys.firstNameKey}::text) END AS "firstSim"
      FROM "Child" ch ${LATEST_CASE}
      WHERE ${Prisma.join(ors, ' OR ')}
      LIMIT ${CANDIDATE_ROWS}`;
    const out: Candidate[] = [];
    for (const r of rows) {
      const reasons: string[] = [];
      if (bc && r.birthCertificateNo === bc) reasons.push('same birth certificate');
      if (cnie && r.cnie === cnie) reasons.push('same CNIE');
      if (ref && r.reference === ref) reasons.push('case reference given');
      const sameParent = parents.some((p) => r.parentCnies.includes(p));
      // A parent's CNIE names a family: the same child only with the same first name (else a sibling).
      const sameFirst = (r.firstNameSkeleton && r.firstNameSkeleton === keys.firstNameSkeleton) || (r.firstSim ?? 0) >= 0.6;
      if (sameParent && sameFirst) reasons.push("same parent's CNIE and first name");
      if (!reasons.length) continue;
      out.push(this.candidate(r, 'EXACT', 1, reasons, now));
    }
    return out;
  }

  /** Every probable candidate with its score, threshold not applied (the benchmark reads the scores). */
  async probable(q: ChildQuery, now = new Date()): Promise<Candidate[]> {
    const keys = nameKeys(q);
    if (!keys.nameKey) return [];
    const dob = q.dateOfBirth ?? (q.estimatedAge !== undefined ? estimatedDateOfBirth(q.estimatedAge, now) : null);
    const tolerance = q.estimatedAge !== undefined ? ESTIMATED_TOLERANCE_DAYS : DOB_TOLERANCE_DAYS;
    const fs = keys.firstNameSkeleton;
    const ls = keys.lastNameSkeleton;
    const reach: Prisma.Sql[] = [Prisma.sql`ch."nameKey" % ${keys.nameKey}`];
    if (fs && ls) {
      reach.push(Prisma.sql`(ch."firstNameSkeleton" = ${fs} AND ch."lastNameSkeleton" = ${ls})`);
      reach.push(Prisma.sql`(ch."firstNameSkeleton" = ${ls} AND ch."lastNameSkeleton" = ${fs})`);
    }
    // One name given: the same skeleton in either place, only together with a date of birth.
    else if (dob) reach.push(Prisma.sql`(ch."firstNameSkeleton" = ${fs ?? ls} OR ch."lastNameSkeleton" = ${fs ?? ls})`);
    const dobWindow = dob
      ? Prisma.sql`AND (ch."dateOfBirth" IS NULL OR abs(ch."dateOfBirth" - ${dob}::date) <= CASE WHEN ch."dobEstimated" THEN ${ESTIMATED_TOLERANCE_DAYS}::int ELSE ${tolerance}::int END)`
      : Prisma.empty;
    const sim = (column: string, key: string | null) =>
      key ? Prisma.sql`coalesce(similarity(${Prisma.raw(`ch."${column}"`)}, ${key}::text), 0)` : Prisma.sql`NULL::real`;
    // The indexes find the rows; the case of each is joined to the few kept.
    const [, rows] = await this.db.$transaction([
      this.db.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(TRGM_CUT)}, true)`,
      this.db.$queryRaw<Row[]>`
        SELECT ${COLUMNS}, ch."nameSim", ch."firstSim", ch."lastSim", ch."firstAsLastSim", ch."lastAsFirstSim",
          levenshtein(coalesce(ch."firstNameSkeleton", ''), ${fs ?? ''}) AS "firstLev",
          levenshtein(coalesce(ch."lastNameSkeleton", ''), ${ls ?? ''}) AS "lastLev",
          CASE WHEN ${keys.motherNameKey}::text IS NULL OR ch."motherNameKey" IS NULL THEN NULL ELSE similarity(ch."motherNameKey", ${keys.motherNameKey}::text) END AS "motherSim"
        FROM (
          SELECT ch.*, similarity(ch."nameKey", ${keys.nameKey}) AS "nameSim",
            ${sim('firstNameKey', keys.firstNameKey)} AS "firstSim", ${sim('lastNameKey', keys.lastNameKey)} AS "lastSim",
            ${sim('lastNameKey', keys.firstNameKey)} AS "firstAsLastSim", ${sim('firstNameKey', keys.lastNameKey)} AS "lastAsFirstSim"
          FROM "Child" ch
          WHERE (${Prisma.join(reach, ' OR ')}) ${dobWindow}
          ORDER BY "nameSim" DESC
          LIMIT ${CANDIDATE_ROWS}
        ) ch ${LATEST_CASE}`,
    ]);
    return rows.map((r) => this.score(r, q, keys.firstNameSkeleton, keys.lastNameSkeleton, dob, now)).sort((a, b) => b.score - a.score);
  }

  private score(r: Row, q: ChildQuery, fs: string | null, ls: string | null, dob: string | null, now: Date): Candidate {
    const reasons: string[] = [];
    // The name (0.6): each of the two names on its own — the same consonants (0.95), one consonant
    // apart (0.8), else trigram similarity — in the given or the swapped order. Both must be close:
    // a different family name is another child, however common the first name.
    const sim = Number(r.nameSim ?? 0);
    // Equal skeletons count fully only across scripts (a transliteration has no vowels to compare);
    // in one script the spelling itself (trigrams) must be close too, so Karim is not Karima.
    const part = (trgm: number | null, skelA: string | null, skelB: string | null, lev: number | null, cross: boolean) => {
      const t = Number(trgm ?? 0);
      if (skelA && skelA === skelB) return Math.max(t, cross ? 0.9 : 0.5 + t / 2);
      if (lev !== null && Number(lev) === 1 && (skelA?.length ?? 0) > 2) return Math.max(t, cross ? 0.6 : 0.45 + t / 2);
      return t;
    };
    const arabic = (x: string | null | undefined) => ARABIC.test(x ?? '');
    const [qf, ql, rf, rl] = [arabic(q.firstName), arabic(q.lastName), arabic(r.firstName), arabic(r.lastName)];
    let name: number;
    let swapped = false;
    if (fs && ls) {
      const direct = [part(r.firstSim, r.firstNameSkeleton, fs, r.firstLev, qf !== rf), part(r.lastSim, r.lastNameSkeleton, ls, r.lastLev, ql !== rl)];
      const crossed = [part(r.lastAsFirstSim, r.firstNameSkeleton, ls, null, ql !== rf), part(r.firstAsLastSim, r.lastNameSkeleton, fs, null, qf !== rl)];
      swapped = Math.min(...crossed) > Math.min(...direct);
      const [a, b] = swapped ? crossed : direct;
      name = Math.min(a, b) < NAME_FLOOR ? Math.min(a, b) : (a + b) / 2;
    } else {
      // One name given: it is compared with either name of the child, and counts for less.
      const one = fs ?? ls;
      name = 0.8 * Math.max(sim, r.firstNameSkeleton === one || r.lastNameSkeleton === one ? 0.95 : 0);
    }
    const sameSkeletons = Boolean(fs && ls && r.firstNameSkeleton === fs && r.lastNameSkeleton === ls);
    if (swapped) reasons.push('first and last name swapped');
    else if (sim >= 0.999) reasons.push('same name');
    else if (sameSkeletons) reasons.push('same name in another spelling or script');
    else reasons.push(`name similar ${name.toFixed(2)}`);
    // The date of birth (0.3), within the tolerance the SQL already applied.
    let born = 0.5;
    if (dob && r.dateOfBirth) {
      const days = Math.abs(Date.parse(`${dob}T00:00:00Z`) - r.dateOfBirth.getTime()) / 86_400_000;
      const [value, why] =
        days < 1 && !r.dobEstimated && q.estimatedAge === undefined ? [1, 'same date of birth'] : days <= 366 ? [0.75, 'born within 1 year'] : [0.5, 'born within 2 years (age estimated)'];
      born = value as number;
      reasons.push(why as string);
    }
    // Sex (0.1): a different sex costs more than an unknown one.
    let sex = 0.5;
    if (q.sex && r.sex) sex = q.sex === r.sex ? 1 : 0;
    if (sex === 0) reasons.push('different sex');
    let score = 0.6 * name + 0.3 * born + 0.1 * sex;
    if (r.motherSim !== null && r.motherSim !== undefined) {
      const m = Number(r.motherSim);
      if (m >= 0.6) {
        score += 0.1;
        reasons.push(`mother's name similar ${m.toFixed(2)}`);
      } else if (m < 0.3) {
        score -= 0.15;
        reasons.push("different mother's name");
      }
    }
    if (q.provinceCode && q.provinceCode === r.provinceCode) {
      score += 0.03;
      reasons.push('same province');
    }
    return this.candidate(r, 'PROBABLE', Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons, now);
  }

  private candidate(r: Row, match: Candidate['match'], score: number, reasons: string[], now: Date): Candidate {
    return {
      caseId: r.caseId,
      reference: r.reference,
      provinceCode: r.provinceCode,
      initials: initials(r.firstName, r.lastName),
      age: ageOn(r.dateOfBirth, now),
      ageEstimated: r.dobEstimated,
      match,
      score,
      reasons,
    };
  }
}
