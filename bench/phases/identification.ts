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
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { ChildMatcher, PROBABLE_THRESHOLD, type ChildQuery } from '../../apps/api/src/children/child-matcher';
import { createDb, type Db } from '../../libs/db/prisma';
import { identifierKey, latinKey, nameKeys } from '../../libs/domain/names';
import { row, table, writeResults, type Row, type Written } from '../lib/report';
import { summarize, type Summary } from '../lib/stats';

// ── names: [Latin spellings (first is the usual one), Arabic] ────────────────
type Name = [string[], string];
const GIRLS: Name[] = [
  [['Fatima', 'Fatma', 'Fatimah'], 'فاطمة'], [['Khadija', 'Khadidja'], 'خديجة'], [['Aicha', 'Aïcha', 'Aisha'], 'عائشة'], [['Yasmine', 'Yasmin', 'Yasmina'], 'ياسمين'],
  [['Salma', 'Selma'], 'سلمى'], [['Meryem', 'Maryam', 'Mariam'], 'مريم'], [['Zineb', 'Zaynab', 'Zainab'], 'زينب'], [['Hajar', 'Hajer'], 'هاجر'],
  [['Imane', 'Iman'], 'إيمان'], [['Nora', 'Noura'], 'نورة'], [['Nadia', 'Nadiya'], 'نادية'], [['Sara', 'Sarah'], 'سارة'], [['Hiba', 'Heba'], 'هبة'],
  [['Oumaima', 'Oumayma'], 'أميمة'], [['Chaimae', 'Chaima', 'Shaima'], 'شيماء'], [['Douae', 'Doua'], 'دعاء'], [['Kenza'], 'كنزة'], [['Soukaina', 'Soukayna'], 'سكينة'],
  [['Ikram'], 'إكرام'], [['Hasnae', 'Hasna'], 'حسناء'], [['Asmae', 'Asma'], 'أسماء'], [['Rim', 'Reem'], 'ريم'], [['Ghita'], 'غيثة'], [['Wiam'], 'وئام'],
  [['Malak'], 'ملاك'], [['Lina'], 'لينا'], [['Rania'], 'رانيا'], [['Amina', 'Amena'], 'أمينة'], [['Latifa'], 'لطيفة'], [['Najat'], 'نجاة'],
  [['Siham'], 'سهام'], [['Btissam', 'Ibtissam'], 'ابتسام'], [['Loubna'], 'لبنى'], [['Samira'], 'سميرة'], [['Karima'], 'كريمة'], [['Houda', 'Huda'], 'هدى'],
];
const BOYS: Name[] = [
  [['Mohamed', 'Mohammed', 'Muhammad'], 'محمد'], [['Ahmed', 'Ahmad'], 'أحمد'], [['Youssef', 'Yousef', 'Youssouf'], 'يوسف'], [['Yassine', 'Yassin'], 'ياسين'],
  [['Ayoub', 'Ayyoub'], 'أيوب'], [['Omar', 'Umar'], 'عمر'], [['Othmane', 'Otmane'], 'عثمان'], [['Hamza'], 'حمزة'], [['Ilyas', 'Ilias'], 'إلياس'],
  [['Karim'], 'كريم'], [['Mehdi', 'Mahdi'], 'مهدي'], [['Adam'], 'آدم'], [['Rayan', 'Rayane'], 'ريان'], [['Anas', 'Anass'], 'أنس'],
  [['Zakaria', 'Zakariya'], 'زكرياء'], [['Abdellah', 'Abdallah'], 'عبد الله'], [['Said', 'Saïd'], 'سعيد'], [['Samir'], 'سمير'], [['Younes', 'Younès'], 'يونس'],
  [['Rachid', 'Rachide'], 'رشيد'], [['Hicham'], 'هشام'], [['Khalid', 'Khaled'], 'خالد'], [['Nabil'], 'نبيل'], [['Soufiane', 'Sofiane'], 'سفيان'],
  [['Badr'], 'بدر'], [['Walid'], 'وليد'], [['Bilal'], 'بلال'], [['Ismail', 'Smail'], 'إسماعيل'], [['Amine'], 'أمين'], [['Tarik', 'Tariq'], 'طارق'],
  [['Abdelkader'], 'عبد القادر'], [['Driss'], 'إدريس'], [['Mustapha', 'Mostafa'], 'مصطفى'], [['Brahim'], 'إبراهيم'], [['Jamal'], 'جمال'], [['Noureddine'], 'نور الدين'],
];
const FAMILIES: Name[] = [
  [['El Idrissi', 'Idrissi'], 'الإدريسي'], [['Alaoui', 'El Alaoui'], 'العلوي'], [['Benali', 'Ben Ali'], 'بنعلي'], [['Bennani', 'Benani'], 'بناني'],
  [['Tazi'], 'التازي'], [['Amrani', 'El Amrani'], 'العمراني'], [['Ouazzani', 'Wazzani'], 'الوزاني'], [['El Fassi', 'Fassi'], 'الفاسي'], [['Berrada'], 'برادة'],
  [['Chraibi'], 'الشرايبي'], [['Haddad'], 'الحداد'], [['Tahiri'], 'الطاهري'], [['Naciri', 'Nasiri'], 'الناصري'], [['Benjelloun'], 'بنجلون'],
  [['Lahlou'], 'لحلو'], [['Hassani'], 'الحساني'], [['Mansouri'], 'المنصوري'], [['Kettani'], 'الكتاني'], [['Sqalli', 'Skalli'], 'الصقلي'],
  [['Benkirane'], 'بنكيران'], [['Belhaj'], 'بلحاج'], [['Bouazza'], 'بوعزة'], [['Ziani'], 'الزياني'], [['Cherkaoui'], 'الشرقاوي'], [['Filali'], 'الفيلالي'],
  [['Rifi'], 'الريفي'], [['Soussi'], 'السوسي'], [['Sahraoui'], 'الصحراوي'], [['Zerhouni'], 'الزرهوني'], [['Guessous'], 'كسوس'], [['Bensaid'], 'بنسعيد'],
  [['Benomar'], 'بنعمر'], [['Benyoussef'], 'بنيوسف'], [['Boukhari'], 'البخاري'], [['Jabri'], 'الجابري'], [['Kabbaj'], 'القباج'], [['Lamrani'], 'لمراني'],
  [['Mernissi'], 'المرنيسي'], [['Naji'], 'الناجي'], [['Ouali'], 'الوالي'], [['Raji'], 'الراجي'], [['Sebti'], 'السبتي'], [['Tounsi'], 'التونسي'],
  [['Yacoubi'], 'اليعقوبي'], [['Zaari'], 'الزعري'], [['Hilali'], 'الهلالي'], [['Bakkali'], 'البقالي'], [['Doukkali'], 'الدكالي'], [['Ghazi'], 'الغازي'],
  [['Harti'], 'الحارثي'], [['Mouline'], 'مولين'], [['Slaoui'], 'السلاوي'], [['Marrakchi'], 'المراكشي'], [['Tadlaoui'], 'التادلاوي'], [['Baroudi'], 'البارودي'],
];
// Family names built on a given name, as civil registers hold many: Benahmed / بنأحمد, Ait Omar / آيت عمر.
for (const [latin, arabic] of BOYS.slice(0, 24)) {
  FAMILIES.push([[`Ben${latin[0].toLowerCase()}`], `بن${arabic}`]);
  FAMILIES.push([[`Ait ${latin[0]}`], `آيت ${arabic}`]);
}
const PROVINCES = ['TANGER_ASSILAH', 'RABAT', 'SALE', 'CASABLANCA', 'MARRAKECH', 'MEKNES'];

/** A seeded generator (mulberry32): the same population every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}
type Rng = ReturnType<typeof rng>;

interface Person {
  first: Name;
  family: Name;
  mother: [Name, Name] | null;
  arabic: boolean;
  sex: 'F' | 'M';
  dob: string;
  dobEstimated: boolean;
  province: string;
}

const spell = (n: Name, arabic: boolean, r: Rng, variant = false) => (arabic ? n[1] : variant ? r.pick(n[0]) : n[0][0]);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function person(r: Rng, now: number): Person {
  const sex = r.next() < 0.5 ? 'F' : 'M';
  const ageDays = 30 + r.int(17 * 365);
  return {
    sex,
    first: r.pick(sex === 'F' ? GIRLS : BOYS),
    family: r.pick(FAMILIES),
    mother: r.next() < 0.7 ? [r.pick(GIRLS), r.pick(FAMILIES)] : null,
    arabic: r.next() < 0.4,
    dob: iso(now - ageDays * 86_400_000),
    dobEstimated: r.next() < 0.1,
    province: r.pick(PROVINCES),
  };
}

/** One letter substituted, dropped or doubled (not the first letter). */
function typo(s: string, r: Rng): string {
  const chars = [...s];
  if (chars.length < 4) return s;
  const i = 1 + r.int(chars.length - 2);
  const kind = r.int(3);
  if (kind === 0) chars.splice(i, 1);
  else if (kind === 1) chars.splice(i, 0, chars[i]);
  else chars[i] = chars[i] === 'a' || chars[i] === 'ا' ? (chars[i] === 'a' ? 'e' : 'ي') : chars[i] === 'e' ? 'a' : /[\u0600-\u06FF]/.test(chars[i]) ? 'ا' : 'e';
  return chars.join('');
}

const VARIANTS = ['exact', 'typo', 'transliteration', 'script', 'swapped', 'age±1', 'no dob'] as const;
type Variant = (typeof VARIANTS)[number];

function query(p: Person, v: Variant, r: Rng): ChildQuery {
  let first = spell(p.first, p.arabic, r);
  let last = spell(p.family, p.arabic, r);
  let dob: string | undefined = p.dob;
  let estimatedAge: number | undefined;
  if (v === 'typo') {
    if (r.next() < 0.5) first = typo(first, r);
    else last = typo(last, r);
  }
  if (v === 'transliteration') {
    // another Latin spelling of both names (a record in Arabic is asked in Latin)
    first = r.pick(p.first[0]);
    last = r.pick(p.family[0]);
  }
  if (v === 'script') {
    first = spell(p.first, !p.arabic, r, true);
    last = spell(p.family, !p.arabic, r, true);
  }
  if (v === 'swapped') [first, last] = [last, first];
  if (v === 'age±1') {
    if (r.next() < 0.5) dob = iso(Date.parse(p.dob) + (r.next() < 0.5 ? -1 : 1) * (200 + r.int(160)) * 86_400_000);
    else {
      dob = undefined;
      estimatedAge = Math.max(0, Math.floor((Date.now() - Date.parse(p.dob)) / (365.25 * 86_400_000)) + (r.next() < 0.5 ? -1 : 1));
    }
  }
  if (v === 'no dob') dob = undefined;
  return {
    firstName: first,
    lastName: last,
    sex: r.next() < 0.8 ? p.sex : undefined,
    dateOfBirth: dob,
    estimatedAge,
    motherName: p.mother && r.next() < 0.5 ? `${spell(p.mother[0], p.arabic, r)} ${spell(p.mother[1], p.arabic, r)}` : undefined,
    provinceCode: r.next() < 0.8 ? p.province : r.pick(PROVINCES),
  };
}

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

/** The rows of the results table (bench/lib/report). */
export function identificationRows(x: IdentificationResult): Row[] {
  const a = x.atThreshold;
  return [
    row(`Identification precision at ${x.threshold} (${x.options.children} children, ${a.positives} variant queries, ${a.negatives} non-matches)`, `${a.precision} (${a.truePositives} true, ${a.falsePositives} false candidates)`, '≥ 0.9', a.precision >= 0.9),
    row(`Identification recall at ${x.threshold}`, `${a.recall}`, '≥ 0.9', a.recall >= 0.9),
    row('Identification precision at the same threshold, a homonym counted as a fair candidate', `${a.precisionHomonymsFair} (${a.homonyms} of the false candidates are homonyms)`, '≥ 0.9', a.precisionHomonymsFair >= 0.9),
    row('Non-matches that get a candidate (a 409 at intake with a full name); homonyms fair', `${a.falseAlarmRate}; ${a.falseAlarmRateHomonymsFair}`),
    row('Identification lookup (exact then probable, one at a time)', `p50 ${x.lookupMs.p50} ms, p95 ${x.lookupMs.p95} ms, p99 ${x.lookupMs.p99} ms`, 'p99 < 100 ms', x.lookupMs.p99 < 100),
  ];
}

export function identificationNote(x: IdentificationResult): string {
  return (
    `**Identification** — recall / precision by variant at ${x.threshold}: ${Object.entries(x.byVariant).map(([v, s]) => `${v} ${s.recall} / ${s.precision} (${s.queries})`).join(', ')}. ` +
    `Precision / recall / false alarms by threshold: ${x.byThreshold.map((t) => `${t.threshold}: ${t.precision} / ${t.recall} / ${t.falseAlarmRate}`).join('; ')}. ` +
    `Indexes in the plan of a name query: ${x.indexesUsed.join(', ') || 'none'}. Population inserted in ${x.insertSeconds} s.`
  );
}

/** The results of `--only identification`: JSON and Markdown under the output folder, with the machine and the commit. */
export function writeIdentificationResults(outDir: string, x: IdentificationResult, runSeconds: number, argv: string[]): Written {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: path.resolve(__dirname, '..', '..'), encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain']).length > 0;
  const date = new Date().toISOString().slice(0, 10);
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10, node: process.version, os: `${os.type()} ${os.release()} ${os.arch()}` };
  const md = [
    `# Masar benchmark (identification) — ${date}, commit ${commit}${dirty ? ' (working tree had uncommitted changes)' : ''}`,
    '',
    `Machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}. PostgreSQL: ${x.postgres}.`,
    `Run: ${runSeconds} s; \`npm run bench -- ${argv.join(' ')}\`. Children generated with seed ${x.options.seed}: Moroccan given, family and mothers' names, 40 % in Arabic script, 10 % with an estimated date of birth, six provinces.`,
    '',
    table(identificationRows(x)),
    '',
    identificationNote(x),
    '',
    'How it is measured: bench/phases/identification.ts (header) and bench/README.md.',
    '',
  ].join('\n');
  return writeResults(outDir, `${date}-${commit}-identification`, { date: new Date().toISOString(), commit, dirtyWorkingTree: dirty, runSeconds, machine, identification: x }, md, false);
}
