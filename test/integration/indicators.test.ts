// Publishable indicators on the real stack: reports filed over HTTP in a
// period of their own (a few days back, so no other test's report falls in
// it), read back broken down by sex and age band, suppressed under 5 in JSON
// and CSV, rolled up from the provinces to the region and the nation, and
// held to the province of a provincial head.
import { randomUUID } from 'node:crypto';
import { http } from '../support/http';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const tokens: Record<string, string> = {};

// A window of 40 minutes, 4 to 5 days ago, at a random minute.
const base = Date.now() - 4 * 86_400_000 - Math.floor(Math.random() * 1440) * 60_000;
const from = new Date(base - 60_000).toISOString();
const to = new Date(base + 40 * 60_000).toISOString();
const period = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

interface Filed {
  provinceCode: string;
  sex: 'F' | 'M';
  age: number;
  category: string;
  entryPoint: string;
}
/** RABAT: girls 6-11 ×6, boys 12-14 ×5, boys 15-17 ×2 (13); SALE: girls 0-5 ×5. Region R04 holds both. */
const COHORT: Filed[] = [
  ...Array.from({ length: 6 }, () => ({ provinceCode: 'RABAT', sex: 'F' as const, age: 8, category: 'NEGLECT', entryPoint: 'SCHOOL' })),
  ...Array.from({ length: 5 }, () => ({ provinceCode: 'RABAT', sex: 'M' as const, age: 13, category: 'STREET_SITUATION', entryPoint: 'GREEN_LINE' })),
  ...Array.from({ length: 2 }, () => ({ provinceCode: 'RABAT', sex: 'M' as const, age: 16, category: 'STREET_SITUATION', entryPoint: 'GREEN_LINE' })),
  ...Array.from({ length: 5 }, () => ({ provinceCode: 'SALE', sex: 'F' as const, age: 3, category: 'NEGLECT', entryPoint: 'HOSPITAL' })),
];
const caseIds: { caseId: string; filed: Filed }[] = [];

/** A date of birth that makes the child `age` at `at` (100 days past the birthday). */
const dobFor = (age: number, at: number) => {
  const d = new Date(at - 100 * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return d.toISOString().slice(0, 10);
};

type Cell = { indicator: string; level: string; territory: string; breakdown: string; sex: string | null; ageBand: string | null; category: string | null; value: number | string; suppressed?: string };
const cell = (cells: Cell[], w: Partial<Cell>) => {
  const found = cells.filter((c) => Object.entries(w).every(([k, v]) => c[k as keyof Cell] === v));
  expect(found).toHaveLength(1);
  return found[0];
};

beforeAll(async () => {
  stack = await startStack({ worker: false });
  api = http(stack.baseUrl);
  for (const u of ['u-rabat-intake', 'u-sale-intake', 'u-rabat-head', 'u-national-supervisor']) tokens[u] = await stack.token(u);
  let i = 0;
  for (const f of COHORT) {
    const receivedAt = base + ++i * 30_000;
    const res = await api.post(
      '/api/v1/reports',
      {
        provinceCode: f.provinceCode,
        entryPoint: f.entryPoint,
        category: f.category,
        riskLevel: 'LOW',
        narrative: 'indicators',
        receivedAt: new Date(receivedAt).toISOString(),
        child: { sex: f.sex, dateOfBirth: dobFor(f.age, receivedAt) },
        fileAsNew: true,
      },
      tokens[f.provinceCode === 'RABAT' ? 'u-rabat-intake' : 'u-sale-intake'],
      { 'Idempotency-Key': randomUUID() },
    );
    expect(res.status).toBe(201);
    caseIds.push({ caseId: res.body.caseId, filed: f });
  }
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('indicators by sex, age band and territory', () => {
  test('the breakdown by sex and age band matches the reports filed', async () => {
    const res = await api.get(`/api/v1/indicators/breakdown?provinceCode=RABAT&${period}`, tokens['u-national-supervisor']);
    expect(res.status).toBe(200);
    const cells: Cell[] = res.body.cells;
    expect(new Set(cells.map((c) => c.territory))).toEqual(new Set(['RABAT']));
    const rabat = { indicator: 'reports_received', level: 'PROVINCE', territory: 'RABAT' };
    expect(cell(cells, { ...rabat, breakdown: 'TOTAL' }).value).toBe(13);
    expect(cell(cells, { ...rabat, breakdown: 'SEX', sex: 'F' }).value).toBe(6);
    expect(cell(cells, { ...rabat, breakdown: 'SEX', sex: 'M' }).value).toBe(7);
    expect(cell(cells, { ...rabat, breakdown: 'AGE_BAND', ageBand: '6-11' }).value).toBe(6);
    expect(cell(cells, { ...rabat, breakdown: 'SEX_AGE_BAND', sex: 'F', ageBand: '6-11' }).value).toBe(6);
    expect(cell(cells, { ...rabat, breakdown: 'CATEGORY', category: 'STREET_SITUATION' }).value).toBe(7);
    // no child of RABAT is in these bands
    expect(cells.filter((c) => c.indicator === 'reports_received' && ['0-5', '18-22'].includes(c.ageBand ?? ''))).toEqual([]);
    // one report per new case: the cases opened are the same children
    expect(cell(cells, { indicator: 'cases_opened', territory: 'RABAT', breakdown: 'SEX', sex: 'M' }).value).toBe(7);
  });

  test('a cell of 2 is shown as "< 5" in JSON and CSV, and the cell that would give it back is hidden', async () => {
    const json = await api.get(`/api/v1/indicators/breakdown?provinceCode=RABAT&${period}`, tokens['u-national-supervisor']);
    const rabat = { indicator: 'reports_received', territory: 'RABAT' };
    const teen = cell(json.body.cells, { ...rabat, breakdown: 'AGE_BAND', ageBand: '15-17' });
    expect(teen).toMatchObject({ value: '< 5', suppressed: 'PRIMARY' });
    expect(JSON.stringify(json.body)).not.toMatch(/"ageBand":"15-17"[^}]*"value":2\b/);
    // 13 in all, 6 aged 6-11: the 12-14 cell (5) would give the 2 back
    expect(cell(json.body.cells, { ...rabat, breakdown: 'AGE_BAND', ageBand: '12-14' })).toMatchObject({ value: 'x', suppressed: 'COMPLEMENTARY' });
    expect(json.body.suppression).toMatchObject({ threshold: 5, shownAs: '< 5' });

    const csv = await api.get(`/api/v1/indicators/breakdown?provinceCode=RABAT&${period}`, tokens['u-national-supervisor'], { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('indicator,level,territory,region,province,breakdown,sex,age_band,category,entry_point,value,suppressed,from,to');
    expect(lines).toContainEqual(expect.stringMatching(/^reports_received,PROVINCE,RABAT,R04,RABAT,AGE_BAND,,15-17,,,< 5,PRIMARY,/));
    expect(lines).toContainEqual(expect.stringMatching(/^reports_received,PROVINCE,RABAT,R04,RABAT,SEX,F,,,,6,,/));
    expect(lines.filter((l) => /,AGE_BAND,,15-17,/.test(l) && !/,< 5,PRIMARY,/.test(l))).toEqual([]);
    // format=csv says the same
    const byParam = await api.get(`/api/v1/indicators/breakdown?provinceCode=RABAT&${period}&format=csv`, tokens['u-national-supervisor']);
    expect(byParam.text).toBe(csv.text);
  });

  test('the region and the nation sum their provinces', async () => {
    const res = await api.get(`/api/v1/indicators/breakdown?${period}`, tokens['u-national-supervisor']);
    expect(res.status).toBe(200);
    const cells: Cell[] = res.body.cells;
    const total = (territory: string, level: string, w: Partial<Cell> = { breakdown: 'TOTAL' }) => cell(cells, { indicator: 'reports_received', level, territory, ...w }).value;
    expect(total('RABAT', 'PROVINCE')).toBe(13);
    expect(total('SALE', 'PROVINCE')).toBe(5);
    expect(total('R04', 'REGION')).toBe(18);
    expect(total('MA', 'NATION')).toBe(18);
    // girls: 6 in RABAT, 5 in SALE
    expect(total('R04', 'REGION', { breakdown: 'SEX', sex: 'F' })).toBe(11);
    expect(total('MA', 'NATION', { breakdown: 'SEX', sex: 'F' })).toBe(11);
    // the provinces of every region with a figure sum to it, where nothing is hidden
    const provinces = cells.filter((c) => c.indicator === 'cases_opened' && c.level === 'PROVINCE' && c.breakdown === 'TOTAL');
    const regions = cells.filter((c) => c.indicator === 'cases_opened' && c.level === 'REGION' && c.breakdown === 'TOTAL');
    expect(regions.map((r) => r.territory)).toEqual(['R04']);
    const sum = provinces.reduce((s, p) => s + (p.value as number), 0);
    expect(regions[0].value).toBe(sum);
    expect(cell(cells, { indicator: 'cases_opened', level: 'NATION', breakdown: 'TOTAL' }).value).toBe(sum);
    // a region asked for: the region and its provinces, not the nation
    const region = await api.get(`/api/v1/indicators/breakdown?regionCode=R04&${period}`, tokens['u-national-supervisor']);
    expect(new Set(region.body.cells.map((c: Cell) => c.level))).toEqual(new Set(['REGION', 'PROVINCE']));
  });

  test('a provincial head sees their province only', async () => {
    const own = await api.get(`/api/v1/indicators/breakdown?${period}`, tokens['u-rabat-head']);
    expect(own.status).toBe(200);
    expect(new Set(own.body.cells.map((c: Cell) => `${c.level}:${c.territory}`))).toEqual(new Set(['PROVINCE:RABAT']));
    expect((await api.get(`/api/v1/indicators/breakdown?provinceCode=SALE&${period}`, tokens['u-rabat-head'])).status).toBe(403);
    expect((await api.get(`/api/v1/indicators/breakdown?regionCode=R04&${period}`, tokens['u-rabat-head'])).status).toBe(403);
    expect((await api.get(`/api/v1/indicators/breakdown?level=NATION&${period}`, tokens['u-rabat-head'])).status).toBe(403);
    expect((await api.get(`/api/v1/indicators/press-figures?provinceCode=SALE&${period}`, tokens['u-rabat-head'])).status).toBe(403);
    expect((await api.get(`/api/v1/indicators/breakdown?${period}`, await stack.token('u-rabat-coordinator'))).status).toBe(403);
  });

  test('the press figures are counted from the pathway facts', async () => {
    // Facts as the case workflow records them: school for the six girls of RABAT, vocational
    // training for its two older boys (one of them twice: counted once), emergency shelter for three.
    const at = new Date(base + 20 * 60_000);
    const fact = (caseId: string, type: string, data: object, n: number) =>
      stack.db.pathwayEvent.create({ data: { key: `indicators-test:${caseId}:${type}:${n}`, caseId, provinceCode: 'RABAT', type, data, at } });
    const rabat = caseIds.filter((c) => c.filed.provinceCode === 'RABAT');
    const girls = rabat.filter((c) => c.filed.sex === 'F');
    const older = rabat.filter((c) => c.filed.age === 16);
    for (const g of girls) await fact(g.caseId, 'INTEGRATION', { kind: 'SCHOOL' }, 1);
    for (const b of older) await fact(b.caseId, 'INTEGRATION', { kind: 'VOCATIONAL_TRAINING' }, 1);
    await fact(older[0].caseId, 'INTEGRATION', { kind: 'VOCATIONAL_TRAINING' }, 2);
    for (const g of girls.slice(0, 3)) await fact(g.caseId, 'EMERGENCY_SHELTER', {}, 1);

    const res = await api.get(`/api/v1/indicators/press-figures?regionCode=R04&${period}`, tokens['u-national-supervisor']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ level: 'REGION', territory: 'R04' });
    // 6 girls and 2 boys: the boys' 2 is hidden, and so the girls' 6 (8 - 6 would give it back)
    expect(res.body.figures.childrenIntegrated).toMatchObject({ value: 8, bySex: { F: 'x', M: '< 5' } });
    expect(res.body.figures.backToSchool).toMatchObject({ value: 6, bySex: { F: 6 } });
    expect(res.body.figures.intoVocationalTraining).toMatchObject({ value: '< 5', suppressed: 'PRIMARY' });
    expect(res.body.figures.socialEmergencyInterventions).toMatchObject({ value: '< 5' });
    const head = await api.get(`/api/v1/indicators/press-figures?${period}`, tokens['u-rabat-head']);
    expect(head.body).toMatchObject({ level: 'PROVINCE', territory: 'RABAT' });
    expect(head.body.figures.backToSchool.value).toBe(6);
  });

  test('a case merged into another is left out (its reports count through the case that goes on)', async () => {
    const sale = caseIds.filter((c) => c.filed.provinceCode === 'SALE');
    const read = async () => (await api.get(`/api/v1/indicators/breakdown?provinceCode=SALE&${period}`, tokens['u-national-supervisor'])).body.cells as Cell[];
    expect(cell(await read(), { indicator: 'reports_received', breakdown: 'TOTAL' }).value).toBe(5);
    await stack.db.case.update({ where: { id: sale[0].caseId }, data: { status: 'MERGED' } });
    expect(cell(await read(), { indicator: 'reports_received', breakdown: 'TOTAL' })).toMatchObject({ value: '< 5', suppressed: 'PRIMARY' });
    expect(cell(await read(), { indicator: 'cases_opened', breakdown: 'TOTAL' }).value).toBe('< 5');
  });
});
