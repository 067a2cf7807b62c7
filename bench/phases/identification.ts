// Identification of a known child: the matcher of apps/api/src/children on
// the real PostgreSQL, over a generated population of children with Moroccan
// names in both scripts, queried with injected variants (typos,
// transliterations, Arabic ↔ Latin, swapped first/last name, age ± 1, a
// missing date of birth) and with children who are not there.
//
//   precision  of the candidates at or above a threshold, the share that are
//              the child asked for
//   recall     of the queries about a child who is there, the share whose
//              child is among the candidates at or above the threshold
//   false alarms  of the queries about children who are not there, the share
//              that get any candidate (a 409 for a full name at intake)
//   lookup     ChildMatcher.find (exact identifiers, then probable matches),
//              one query at a time, p50/p95/p99 ms
//
// Queries carry no identifier: they measure the probable path (an identifier
// is an index lookup). Non-matches are drawn by the same generator and kept
// only when no child of the population has the same given and family name
// (in any spelling) born within two years: such a pair is a true homonym,
// which nothing but an identifier or the mother's name tells apart.
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { ChildMatcher, PROBABLE_THRESHOLD, type ChildQuery } from '../../apps/api/src/children/child-matcher';
import { createDb, type Db } from '../../libs/db/prisma';
import { identifierKey, latinKey, nameKeys } from '../../libs/domain/names';
import { summarize, type Summary } from '../lib/stats';
import { person, query, rng, spell, VARIANTS, type Person, type Variant } from './identification-population';

export interface IdentificationOptions {
  children: number;
  positives: number;
  negatives: number;
  seed: number;
}

export interface IdentificationResult {
  options: IdentificationOptions;
  threshold: number;
  insertSeconds: number;
  atThreshold: {
    precision: number;
    recall: number;
    falseAlarmRate: number;
    truePositives: number;
    falsePositives: number;
    /** false candidates that are homonyms (same given and family name, born within the tolerance or date unknown) */
    homonyms: number;
    /** precision when a homonym counts as a fair candidate (only an identifier or the mother tells them apart) */
    precisionHomonymsFair: number;
    falseAlarmRateHomonymsFair: number;
    positives: number;
    negatives: number;
  };
  byThreshold: { threshold: number; precision: number; recall: number; falseAlarmRate: number }[];
  byVariant: Record<Variant, { queries: number; recall: number; precision: number }>;
  lookupMs: Summary;
  indexesUsed: string[];
  postgres: string;
}

/** Inserts the population (children with their cases) and measures the matcher. */
export async function measureIdentification(db: Db, o: IdentificationOptions, log: (m: string) => void): Promise<IdentificationResult> {
  const r = rng(o.seed);
  const now = Date.now();
  const people: Person[] = [];
  const caseOf: string[] = [];
  const t0 = Date.now();
  for (let start = 0; start < o.children; start += 1000) {
    const children = [];
    const cases = [];
    for (let i = start; i < Math.min(o.children, start + 1000); i++) {
      const p = person(r, now);
      people.push(p);
      const childId = randomUUID();
      const caseId = randomUUID();
      caseOf.push(caseId);
      const firstName = spell(p.first, p.arabic, r, true);
      const lastName = spell(p.family, p.arabic, r, true);
      const motherName = p.mother ? `${spell(p.mother[0], p.arabic, r, true)} ${spell(p.mother[1], p.arabic, r, true)}` : null;
      children.push({
        id: childId,
        firstName,
        lastName,
        motherName,
        sex: p.sex,
        dateOfBirth: new Date(`${p.dob}T00:00:00Z`),
        dobEstimated: p.dobEstimated,
        birthCertificateNo: r.next() < 0.3 ? identifierKey(`${1000 + i}/${p.dob.slice(0, 4)}`) : null,
        ...nameKeys({ firstName, lastName, motherName }),
      });
      cases.push({
        id: caseId,
        reference: `MSR-BENCH-${caseId.replace(/-/g, '').slice(0, 16).toUpperCase()}`,
        childId,
        provinceCode: p.province,
        category: 'NEGLECT',
        riskLevel: 'MEDIUM',
        workflowId: `case-${caseId}`,
      });
    }
    await db.child.createMany({ data: children });
    await db.case.createMany({ data: cases });
  }
  await db.$executeRawUnsafe('ANALYZE "Child"');
  await db.$executeRawUnsafe('ANALYZE "Case"');
  const insertSeconds = Math.round((Date.now() - t0) / 100) / 10;
  log(`identification: ${o.children} children inserted in ${insertSeconds} s`);

  // Homonyms: same given and family name (any spelling) born within two years.
  const nameOf = (p: Person) => `${latinKey(p.first[0][0])}|${p.family[0][0]}`;
  const birthsByName = new Map<string, number[]>();
  for (const x of people) birthsByName.set(nameOf(x), [...(birthsByName.get(nameOf(x)) ?? []), Date.parse(x.dob)]);
  const homonym = (p: Person) => (birthsByName.get(nameOf(p)) ?? []).some((t) => Math.abs(t - Date.parse(p.dob)) <= 2 * 366 * 86_400_000);
  const matcher = new ChildMatcher(db);
  const thresholds = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
  interface Outcome {
    variant: Variant | 'none';
    truth: string | null;
    scored: { caseId: string; score: number; homonym: boolean }[];
  }
  const personOf = new Map(caseOf.map((c, i) => [c, people[i]]));
  const DAY = 86_400_000;
  const sameName = (a: Person, b: Person) => latinKey(a.first[0][0]) === latinKey(b.first[0][0]) && a.family === b.family;
  /** The candidate is a homonym of the child asked about, given what the query says of the birth. */
  const isHomonym = (asked: Person, q: ChildQuery, caseId: string) => {
    const c = personOf.get(caseId)!;
    if (!sameName(asked, c)) return false;
    if (!q.dateOfBirth && q.estimatedAge === undefined) return true;
    const dob = q.dateOfBirth ? Date.parse(q.dateOfBirth) : Date.now() - (q.estimatedAge! + 0.5) * 365.25 * DAY;
    return Math.abs(Date.parse(c.dob) - dob) <= 2 * 366 * DAY;
  };
  const outcomes: Outcome[] = [];
  const latencies: number[] = [];
  const ask = async (asked: Person, q: ChildQuery) => {
    const t = performance.now();
    await matcher.find(q);
    latencies.push(performance.now() - t);
    // the scores below the threshold too, to draw the curve (not timed); only the children this
    // phase inserted are scored: other phases' children (the population's) have names it does not know
    return (await matcher.probable(q)).filter((c) => personOf.has(c.caseId)).map((c) => ({ caseId: c.caseId, score: c.score, homonym: isHomonym(asked, q, c.caseId) }));
  };
  // warm-up
  for (let i = 0; i < 20; i++) await matcher.find(query(people[i], 'exact', r));
  latencies.length = 0;
  for (let i = 0; i < o.positives; i++) {
    const k = r.int(people.length);
    const variant = VARIANTS[i % VARIANTS.length];
    outcomes.push({ variant, truth: caseOf[k], scored: await ask(people[k], query(people[k], variant, r)) });
  }
  const nr = rng(o.seed + 1);
  let negatives = 0;
  while (negatives < o.negatives) {
    const p = person(nr, now);
    if (homonym(p)) continue;
    negatives++;
    outcomes.push({ variant: 'none', truth: null, scored: await ask(p, query(p, nr.pick(VARIANTS), nr)) });
  }

  const round = (x: number) => Math.round(x * 1000) / 1000;
  const at = (th: number, which: Outcome[] = outcomes) => {
    let tp = 0;
    let fp = 0;
    let homonyms = 0;
    let found = 0;
    let alarms = 0;
    let fairAlarms = 0;
    for (const out of which) {
      const above = out.scored.filter((c) => c.score >= th);
      const hit = above.some((c) => c.caseId === out.truth);
      const wrong = above.filter((c) => c.caseId !== out.truth);
      tp += hit ? 1 : 0;
      fp += wrong.length;
      homonyms += wrong.filter((c) => c.homonym).length;
      if (out.truth) found += hit ? 1 : 0;
      else {
        alarms += above.length ? 1 : 0;
        fairAlarms += wrong.some((c) => !c.homonym) ? 1 : 0;
      }
    }
    const positives = which.filter((x) => x.truth).length;
    const negatives = which.length - positives;
    return {
      precision: round(tp / (tp + fp || 1)),
      recall: round(found / (positives || 1)),
      falseAlarmRate: round(alarms / (negatives || 1)),
      truePositives: tp,
      falsePositives: fp,
      homonyms,
      precisionHomonymsFair: round((tp + homonyms) / (tp + fp || 1)),
      falseAlarmRateHomonymsFair: round(fairAlarms / (negatives || 1)),
      positives,
      negatives,
    };
  };
  const byVariant = Object.fromEntries(
    VARIANTS.map((v) => {
      const a = at(PROBABLE_THRESHOLD, outcomes.filter((x) => x.variant === v));
      return [v, { queries: a.positives, recall: a.recall, precision: a.precision }];
    }),
  ) as IdentificationResult['byVariant'];

  // Which indexes answer a typical query (the plan, not a scan in Node).
  const k = nameKeys({ firstName: 'Mohamed', lastName: 'Alaoui' });
  await db.$executeRawUnsafe(`SET pg_trgm.similarity_threshold = 0.4`);
  const plan = await db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
    `EXPLAIN SELECT id FROM "Child" ch WHERE ch."nameKey" % $1 OR (ch."firstNameSkeleton" = $2 AND ch."lastNameSkeleton" = $3) OR (ch."firstNameSkeleton" = $3 AND ch."lastNameSkeleton" = $2)`,
    k.nameKey,
    k.firstNameSkeleton,
    k.lastNameSkeleton,
  );
  const lines = plan.map((row) => row['QUERY PLAN']);
  const indexes = [...new Set(lines.flatMap((l) => [...l.matchAll(/on "?(Child_[A-Za-z_]+)"?/g)].map((m) => m[1])))];
  // A small table is read whole (PostgreSQL's choice, about as fast); a larger one through the indexes.
  const indexesUsed = indexes.length ? indexes : [`none: ${lines[0].split('  (')[0].trim()}`];

  return {
    options: o,
    threshold: PROBABLE_THRESHOLD,
    insertSeconds,
    atThreshold: at(PROBABLE_THRESHOLD),
    byThreshold: thresholds.map((th) => {
      const a = at(th);
      return { threshold: th, precision: a.precision, recall: a.recall, falseAlarmRate: a.falseAlarmRate };
    }),
    byVariant,
    lookupMs: summarize(latencies),
    indexesUsed,
    postgres: (await db.$queryRawUnsafe<{ v: string }[]>('SELECT version() AS v'))[0].v.split(' ').slice(0, 2).join(' '),
  };
}

/** `--only identification`: a database of its own (migrated, territory seeded, dropped), no other process. */
export async function runIdentificationAlone(baseDatabaseUrl: string, o: IdentificationOptions, root: string, log: (m: string) => void): Promise<IdentificationResult> {
  const name = `masar_bench_ident_${Math.random().toString(36).slice(2, 8)}`;
  const url = (db: string) => {
    const u = new URL(baseDatabaseUrl);
    u.pathname = `/${db}`;
    return u.toString();
  };
  const admin = new PgClient({ connectionString: url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  let db: Db | undefined;
  try {
    log(`database ${name}: migrating`);
    const migrate = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'migrate', 'deploy'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url(name) },
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
    db = createDb(url(name), { poolSize: 2 });
    const { seedReferenceData } = await import('../../prisma/seed');
    await seedReferenceData(db, { demo: false });
    return await measureIdentification(db, o, log);
  } finally {
    await db?.$disconnect().catch(() => undefined);
    if (!process.env.MASAR_BENCH_KEEP_DB) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

export const IDENTIFICATION_DEFAULTS: IdentificationOptions = { children: 10_000, positives: 1400, negatives: 600, seed: 20261202 };
