// The yearly diagnosis on the real stack: a province's 2019 and 2018 written
// as projections (no other test dates anything in those years), read back as
// JSON and as PDFs in French and Arabic whose extracted text holds the same
// figures; small counts are "< 5"; the province rule of the permission table.
import { randomUUID } from 'node:crypto';
import { closePdfRenderer } from '../../libs/pdf/render';
import { pdfText } from '../../libs/pdf/text';
import { http } from '../support/http';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const P = 'TANGER_ASSILAH';
const HOUR = 3_600_000;
const at = (iso: string, plusHours = 0) => new Date(Date.parse(iso) + plusHours * HOUR);

async function newCase(receivedAt: string): Promise<string> {
  const child = await stack.db.child.create({ data: { sex: 'F', dateOfBirth: new Date('2010-06-01') } });
  const id = randomUUID();
  await stack.db.case.create({ data: { id, reference: `DX-${id.slice(0, 8).toUpperCase()}`, childId: child.id, provinceCode: P, category: 'NEGLECT', riskLevel: 'HIGH', stage: 'FOLLOW_UP', workflowId: `case-${id}`, openedAt: at(receivedAt) } });
  await stack.db.report.create({ data: { caseId: id, entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'HIGH', narrative: 'diagnosis', receivedAt: at(receivedAt) } });
  return id;
}

beforeAll(async () => {
  stack = await startStack({ worker: false });
  api = http(stack.baseUrl);
  // 2019: 7 cases; 2018: 6
  const cases2019 = [];
  for (let i = 0; i < 7; i++) cases2019.push(await newCase(`2019-03-0${i + 1}T10:00:00Z`));
  for (let i = 0; i < 6; i++) await newCase(`2018-04-0${i + 1}T10:00:00Z`);
  // referrals: the UPE 6 decided, all accepted (5 in time) after 2, 4, 6, 8, 10 and 30 hours: median 7; the hospital 2 (suppressed)
  const hours = [2, 4, 6, 8, 10, 30];
  for (const [i, h] of hours.entries()) {
    const created = at('2019-05-01T08:00:00Z', i * 24);
    await stack.db.referral.create({ data: { id: randomUUID(), caseId: cases2019[i], organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL', status: 'ACCEPTED', createdAt: created, acceptDueAt: new Date(created.getTime() + 24 * HOUR), acceptedAt: new Date(created.getTime() + h * HOUR) } });
  }
  for (let i = 0; i < 2; i++) {
    await stack.db.referral.create({ data: { id: randomUUID(), caseId: cases2019[i], organisationId: 'org-tanger-hospital', service: 'HEALTH', status: 'DECLINED', declineReason: 'full', createdAt: at('2019-06-01T08:00:00Z', i) } });
  }
  // 5 redirections to the prosecutor's protection in 2019, none the year before
  for (let i = 0; i < 5; i++) await stack.db.pathwayEvent.create({ data: { key: randomUUID(), caseId: cases2019[i], provinceCode: P, type: 'REDIRECTED_SOCIAL_TO_JUDICIAL', at: at('2019-07-01T08:00:00Z', i) } });
  // 6 steps answered late after the head of centre was alerted (level 1); their escalations
  for (let i = 0; i < 6; i++) {
    const due = at('2019-08-01T08:00:00Z', i);
    await stack.db.openStep.create({ data: { key: `dx-${randomUUID()}`, caseId: cases2019[i], provinceCode: P, step: 'ASSESSMENT', dueAt: due, level: 1, status: 'DONE', openedAt: at('2019-07-20T08:00:00Z'), closedAt: new Date(due.getTime() + 30 * HOUR) } });
    for (const [level, role] of [[0, 'ASSIGNEE'], [1, 'HEAD_OF_CENTRE']] as const) {
      await stack.db.escalation.create({ data: { key: `dx-${randomUUID()}`, caseId: cases2019[i], provinceCode: P, step: 'ASSESSMENT', level, role, dueAt: due, alertedAt: new Date(due.getTime() + (level + 1) * HOUR) } });
    }
  }
  // complaints: 8 in 2019 (6 answered, 5 in time), 3 in 2018
  for (let i = 0; i < 8; i++) {
    const created = at('2019-09-01T08:00:00Z', i * 24);
    await stack.db.complaint.create({ data: { provinceCode: P, channel: 'GREEN_LINE', text: 'dx', createdAt: created, dueAt: new Date(created.getTime() + 72 * HOUR), ...(i < 6 ? { status: 'ANSWERED', respondedAt: new Date(created.getTime() + (i < 5 ? 24 : 100) * HOUR), response: 'ok' } : {}) } });
  }
  for (let i = 0; i < 3; i++) await stack.db.complaint.create({ data: { provinceCode: P, channel: 'GREEN_LINE', text: 'dx', createdAt: at('2018-09-01T08:00:00Z', i) } });
  // satisfaction: the shelter 7 answers of 4, the UPE 6 (5 5 4 4 3 2), the hospital 2 (1 1): 15 answers, mean 3.53
  const answers = [...[4, 4, 4, 4, 4, 4, 4].map((s) => ['org-tanger-shelter', s]), ...[5, 5, 4, 4, 3, 2].map((s) => ['org-tanger-upe', s]), ...[1, 1].map((s) => ['org-tanger-hospital', s])] as [string, number][];
  for (const [org, score] of answers) await stack.db.surveyAnswer.create({ data: { kind: 'SERVICE', provinceCode: P, organisationId: org, respondent: 'FAMILY', period: '2019-10', score, listened: score >= 4 } });
}, 180_000);

afterAll(async () => {
  await closePdfRenderer();
  await stack?.stop();
});

async function pdf(lang: 'ar' | 'fr', token: string) {
  const res = await fetch(`${stack.baseUrl}/api/v1/indicators/diagnosis?year=2019&lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/pdf/);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  return pdfText(bytes);
}

/**
 * pdftotext marks right-to-left runs with bidi controls, and gives the lam-alef
 * ligature back as its letters in another order ("إلى" as "إىل"): both taken
 * out, and alef, lam and ya forms left out of the comparison.
 */
const fold = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\u0622\u0623\u0625\u0627\u0644\u0649\u064a]/g, '');

/** The line of the extracted text that holds the label, as its whitespace-separated words. */
function row(text: string, label: string): string[] {
  const line = fold(text).split('\n').find((l) => l.includes(fold(label)));
  expect(line).toBeDefined();
  return line!.trim().split(/\s+/);
}

test('the figures as JSON: the year against the previous one, by level, by provider, suppressed under 5', async () => {
  const res = await api.get('/api/v1/indicators/diagnosis?year=2019&format=json', await stack.token('u-tanger-committee'));
  expect(res.status).toBe(200);
  const d = res.body;
  const ind = (name: string) => d.indicators.find((i: { indicator: string }) => i.indicator === name);
  expect(ind('reports_received')).toEqual({ indicator: 'reports_received', current: 7, previous: 6 });
  expect(ind('cases_opened')).toMatchObject({ current: 7, previous: 6 });
  expect(ind('referrals_decided')).toMatchObject({ current: 8, previous: 0 });
  expect(ind('referrals_accepted_within_deadline')).toMatchObject({ current: 5 });
  expect(d.redirections.socialToJudicial).toEqual({ current: 5, previous: 0 });
  expect(d.overdueSteps).toEqual([{ level: 1, count: 6 }]);
  expect(d.escalations).toEqual([
    { level: 0, role: 'ASSIGNEE', count: 6 },
    { level: 1, role: 'HEAD_OF_CENTRE', count: 6 },
  ]);
  const upe = d.referralAcceptance.find((r: { organisationId: string }) => r.organisationId === 'org-tanger-upe');
  const hospital = d.referralAcceptance.find((r: { organisationId: string }) => r.organisationId === 'org-tanger-hospital');
  expect(upe).toMatchObject({ decided: 6, accepted: 6, withinDeadline: 5, medianHours: 7 });
  expect(hospital).toMatchObject({ decided: '< 5', accepted: 0, medianHours: null });
  expect(d.complaints).toMatchObject({ received: { current: 8, previous: '< 5' }, answered: 6, answeredInTime: 5 });
  const province = d.satisfaction.cells.find((c: { level: string }) => c.level === 'PROVINCE');
  expect(province).toMatchObject({ responses: 15, meanScore: 3.53 });
  // the hospital's 2 answers are hidden, and the next smallest provider with them
  const byOrg = (id: string) => d.satisfaction.cells.find((c: { organisationId: string }) => c.organisationId === id);
  expect(byOrg('org-tanger-hospital')).toMatchObject({ responses: '< 5', meanScore: null, suppressed: 'PRIMARY' });
  expect(byOrg('org-tanger-upe')).toMatchObject({ responses: 'x', meanScore: null, suppressed: 'COMPLEMENTARY' });
  expect(byOrg('org-tanger-shelter')).toMatchObject({ responses: 7, meanScore: 4, satisfiedPct: 100 });
});

test('the PDF in French and in Arabic prints the same figures', async () => {
  const token = await stack.token('u-tanger-committee');
  const fr = await pdf('fr', token);
  expect(fr).toContain('Diagnostic annuel de la protection de l’enfance');
  expect(fr).toContain('Tanger-Assilah');
  expect(row(fr, 'Signalements reçus').slice(-2)).toEqual(['7', '6']);
  expect(row(fr, 'Du social vers le judiciaire').slice(-2)).toEqual(['5', '0']);
  expect(row(fr, 'Unité de protection de l’enfance').slice(-4)).toEqual(['6', '6', '5', '7']);
  // the previous year's 3 complaints: suppressed
  expect(row(fr, 'Reçues').join(' ')).toMatch(/ 8 < ?5$/);
  expect(row(fr, 'Toute la province')).toEqual(expect.arrayContaining(['15', '3.53']));

  const ar = await pdf('ar', token);
  expect(ar).toMatch(/التشخيص السنوي/);
  expect(ar).toContain('طنجة أصيلة');
  // laid out right to left: the label, this year's 7, last year's 6 (pdftotext writes the line from the left)
  expect(row(ar, 'التبليغات الواردة')).toEqual(['6', '7', fold('التبليغات'), fold('الواردة')]);
  expect(row(ar, 'من الاجتماعي إلى القضائي')).toEqual(expect.arrayContaining(['5', '0']));
  expect(row(ar, 'مجموع الإقليم')).toEqual(expect.arrayContaining(['15', '3.53']));
  expect(ar).not.toContain('Signalements reçus');
}, 120_000);

test('who may have it: the committee and delegate of the province, national supervision naming one', async () => {
  const q = '/api/v1/indicators/diagnosis?year=2019&format=json';
  expect((await api.get(q, await stack.token('u-meknes-committee'))).status).toBe(200); // its own province
  expect((await api.get(`${q}&provinceCode=${P}`, await stack.token('u-meknes-committee'))).status).toBe(403);
  expect((await api.get(q, await stack.token('u-tanger-coordinator'))).status).toBe(403);
  expect((await api.get(q, await stack.token('u-tanger-delegate'))).status).toBe(200);
  const national = await api.get(q, await stack.token('u-national-supervisor'));
  expect([national.status, national.body.errors?.[0]?.field]).toEqual([422, 'provinceCode']);
  expect((await api.get(`${q}&provinceCode=${P}`, await stack.token('u-national-supervisor'))).status).toBe(200);
  const bad = await api.get('/api/v1/indicators/diagnosis?year=19&format=json', await stack.token('u-tanger-committee'));
  expect(bad.status).toBe(400);
});

test('the per-province indicators hide small counts too, and give rates as they are', async () => {
  const token = await stack.token('u-tanger-committee');
  const rows = async (from: string, to: string) => (await api.get(`/api/v1/indicators?from=${from}&to=${to}`, token)).body.rows as { indicator: string; dimension: string; value: number | string }[];
  const of = (r: Awaited<ReturnType<typeof rows>>, indicator: string, dimension = '') => r.find((x) => x.indicator === indicator && x.dimension === dimension)?.value;
  const y2019 = await rows('2019-01-01T00:00:00Z', '2020-01-01T00:00:00Z');
  expect(of(y2019, 'reports_by_category', 'NEGLECT')).toBe(7);
  expect(of(y2019, 'complaints', 'GREEN_LINE')).toBe(8);
  expect(of(y2019, 'referrals_accepted_within_deadline_pct')).toBe(62.5);
  const y2018 = await rows('2018-01-01T00:00:00Z', '2019-01-01T00:00:00Z');
  expect(of(y2018, 'complaints', 'GREEN_LINE')).toBe('< 5');
  expect(of(y2018, 'reports_by_category', 'NEGLECT')).toBe(6);
});
