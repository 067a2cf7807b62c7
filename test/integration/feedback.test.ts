// Feedback to the reporting structure (measure 59), over HTTP with the SMTP
// sink: a school's intake user files a report and receives an acknowledgement
// of receipt; when the case closes, the outcome in general terms. Neither
// carries the child's name, the narrative or a link to the file; the other
// intake users of the province hear nothing.
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};
const SCHOOL_MAIL = 'intake-school.rabat@masar.example.ma';
const NARRATIVE = 'Élève arrivée avec des marques au bras, dit avoir peur de rentrer';

beforeAll(async () => {
  stack = await startStack({ alerts: true });
  api = http(stack.baseUrl);
  for (const u of ['intake-school', 'coordinator', 'head']) t[u] = await stack.token(`u-rabat-${u}`);
});
afterAll(async () => {
  await stack?.stop();
});

const forReport = (reportId: string) => (m: { mail: { subject?: string } }) => !!m.mail.subject?.includes(reportId.slice(0, 8).toUpperCase());

test('the school receives a receipt when its report is filed and the outcome at closure, without the child', async () => {
  const filed = await api.post(
    '/api/v1/reports',
    { provinceCode: 'RABAT', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: NARRATIVE, fileAsNew: true, child: { firstName: 'Zineb', lastName: 'Tazi', sex: 'F', dateOfBirth: '2012-05-20' } },
    t['intake-school'],
  );
  expect(filed.status).toBe(201);
  const { caseId, reportId, reference } = filed.body;

  const receipt = await eventually(async () => stack.smtp!.to(SCHOOL_MAIL).find(forReport(reportId)), { timeoutMs: 20_000 });
  expect(receipt.mail.subject).toMatch(/Accusé de réception/);
  expect(receipt.mail.text).toMatch(/bien été reçu par le centre d’accompagnement/);

  // The coordinator takes the case; the head approves its closure.
  await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, t.coordinator)).body.pathway?.openSteps?.length > 0);
  expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, t.coordinator)).status).toBe(200);
  expect((await api.post(`/api/v1/cases/${caseId}/close`, { reason: 'NO_LONGER_AT_RISK' }, t.coordinator)).status).toBe(200);
  // no outcome before the closure is approved
  expect(stack.smtp!.to(SCHOOL_MAIL).filter(forReport(reportId))).toHaveLength(1);
  const closed = await api.post(`/api/v1/cases/${caseId}/approve`, { subject: 'CLOSURE' }, t.head);
  expect(closed.status).toBe(200);
  expect(closed.body.status).toBe('CLOSED');

  const outcome = await eventually(async () => stack.smtp!.to(SCHOOL_MAIL).find((m) => forReport(reportId)(m) && /Suite donnée/.test(m.mail.subject ?? '')), { timeoutMs: 20_000 });
  expect(outcome.mail.text).toMatch(/pris en charge puis clôturé : l’enfant n’est plus en danger/);

  for (const m of [receipt, outcome]) {
    expect(m.raw).not.toMatch(/Zineb|Tazi|marques au bras|peur de rentrer/);
    expect(m.mail.text).not.toContain(reference);
    expect(m.mail.text).not.toContain(caseId);
    expect(m.mail.html).not.toContain('/cases/');
  }
  // Once each: one delivery per kind for the school's intake user, none for the province's UPE intake.
  const rows = await stack.db.delivery.findMany({ where: { caseId, key: { startsWith: 'feedback:' } }, select: { recipientId: true, step: true, level: true } });
  expect(rows.map((r) => r.recipientId).sort()).toEqual(['u-rabat-intake-school', 'u-rabat-intake-school']);
  expect(stack.smtp!.to('intake.rabat@masar.example.ma').filter(forReport(reportId))).toHaveLength(0);
});
