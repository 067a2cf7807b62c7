// The court exchange over HTTP with real delivery: a social case redirected to
// the prosecutor with its summary (the liaison hears of it at once, the facts
// stay in the record), a court order of three measures without providers, a
// provider chosen, a court report written in Arabic and one in French, each
// approved by the head of centre and received by the court liaison as one
// email with the PDF whose text is the report's, sent once even when the
// activity runs again; weaker roles and another province refused; the judge's
// decision recorded; the judicial indicators count it all.
import { createCourtReportActivities } from '../../apps/worker/src/court-report';
import { createAlertPorts } from '../../apps/worker/src/ports/alert-ports';
import { openAlertOutbox } from '../../libs/notify/queues';
import { pdfText } from '../../libs/pdf/text';
import { closePdfRenderer } from '../../libs/pdf/render';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
let since: string;
const LIAISON = 'liaison.meknes@masar.example.ma';

beforeAll(async () => {
  since = new Date().toISOString();
  stack = await startStack({ alerts: true });
  api = http(stack.baseUrl);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await closePdfRenderer();
});

const as = (user: string) => stack.token(user);
const mailsFor = (reference: string) => stack.smtp!.to(LIAISON).filter((m) => m.mail.subject?.includes(reference));
const pdfsOf = (reference: string) => mailsFor(reference).flatMap((m) => (m.mail.attachments ?? []).filter((a) => a.contentType === 'application/pdf'));

test('a court report is approved, printed in its language and emailed once to the court liaison; weaker roles and another province are refused', async () => {
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: 'MEKNES', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'غياب متكرر عن المدرسة', child: { firstName: 'سلمى', lastName: 'الإدريسي', sex: 'F', dateOfBirth: '2014-05-02' } },
    await as('u-meknes-intake'),
  );
  expect(created.status).toBe(201);
  const { caseId, reference } = created.body as { caseId: string; reference: string };
  const coordinator = await as('u-meknes-coordinator');
  expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, coordinator)).status).toBe(200);

  // Redirected to the prosecutor with its summary: a bad ground is refused field by field and changes nothing.
  const bad = await api.post(`/api/v1/cases/${caseId}/judicial-redirection`, { reason: 'عنف', summary: { grounds: ['ARSON'], urgency: 'PRIORITY' } }, coordinator);
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toContain('summary.grounds.0');
  const facts = 'آثار ضرب لاحظها المدرس';
  const redirected = await api.post(
    `/api/v1/cases/${caseId}/judicial-redirection`,
    { reason: 'عنف داخل الأسرة', summary: { grounds: ['PHYSICAL_VIOLENCE'], facts, measuresTaken: ['HEALTH'], urgency: 'PRIORITY' } },
    coordinator,
  );
  expect(redirected.status).toBe(200);
  // the liaison hears at once that a report to the prosecutor is owed (its deadline is 24 hours away)
  const notice = await eventually(async () => mailsFor(reference)[0], { timeoutMs: 20_000 });
  expect(notice.raw).not.toContain('سلمى');
  const entry = await stack.db.recordEntry.findFirst({ where: { caseId, kind: 'JUDICIAL_REDIRECTION' } });
  expect((entry?.body as { summary?: { facts?: string } }).summary?.facts).toBe(facts);
  const event = await stack.db.pathwayEvent.findFirst({ where: { caseId, type: 'REDIRECTED_SOCIAL_TO_JUDICIAL' } });
  expect(event?.data).toMatchObject({ summary: { grounds: ['PHYSICAL_VIOLENCE'], urgency: 'PRIORITY' } });
  expect(JSON.stringify(event?.data)).not.toContain(facts);

  // The court orders three measures and names no provider: three choices wait for the coordinator.
  const liaison = await as('u-meknes-liaison');
  const orderId = `TPI-MKN-${caseId.slice(0, 6)}`;
  const order = await api.post(`/api/v1/cases/${caseId}/court-orders`, { orderId, measures: ['FAMILY_SUPPORT', 'HEALTH', 'SUPERVISED_FREEDOM'], reportEvery: 'P30D' }, liaison);
  expect(order.status).toBe(201);
  const steps = (order.body as { openSteps: { step: string; ref: string }[] }).openSteps;
  expect(steps.filter((s) => s.step === 'MEASURE_PROVIDER').map((s) => s.ref).sort()).toEqual([`${orderId}/FAMILY_SUPPORT`, `${orderId}/HEALTH`, `${orderId}/SUPERVISED_FREEDOM`]);
  const wrong = await api.post(`/api/v1/cases/${caseId}/court-orders/${orderId}/measures/HEALTH/provider`, { organisationId: 'org-meknes-upe' }, coordinator);
  expect(wrong.status).toBe(422);
  const chosen = await api.post(`/api/v1/cases/${caseId}/court-orders/${orderId}/measures/HEALTH/provider`, { organisationId: 'org-meknes-hospital' }, coordinator);
  expect(chosen.status).toBe(200);
  expect((chosen.body as { referrals: { service: string; courtOrderId: string }[] }).referrals).toEqual([expect.objectContaining({ service: 'HEALTH', courtOrderId: orderId })]);

  // The report, in Arabic. A provider and another province's coordinator may not write it.
  const arabic = { language: 'ar', summary: 'الطفلة تتابع دراستها بانتظام', progress: 'حصص الدعم النفسي مرتين في الشهر', recommendation: 'الإبقاء على التدبير' };
  const path = `/api/v1/cases/${caseId}/court-orders/${orderId}/reports`;
  expect((await api.post(path, arabic, await as('u-meknes-provider-upe'))).status).toBe(403);
  expect((await api.post(path, arabic, await as('u-tanger-coordinator'))).status).toBe(403);
  const written = await api.post(path, arabic, coordinator, { 'Idempotency-Key': `court-report-${caseId}-1` });
  expect(written.status).toBe(200);
  expect((await api.post(`/api/v1/cases/${caseId}/court-reports/approve`, {}, coordinator)).status).toBe(403);
  expect((await api.post(`/api/v1/cases/${caseId}/court-reports/approve`, {}, await as('u-tanger-head'))).status).toBe(403);
  const head = await as('u-meknes-head');
  const approved = await api.post(`/api/v1/cases/${caseId}/court-reports/approve`, {}, head);
  expect(approved.status).toBe(200);

  const [pdf] = await eventually(async () => (pdfsOf(reference).length >= 1 ? pdfsOf(reference) : undefined), { timeoutMs: 60_000 });
  const text = pdfText(pdf.content);
  expect(text).toMatch(/تتابع دراستها/);
  expect(text).toMatch(/الدعم النفسي/);
  expect(text).toContain(orderId);
  const mail = mailsFor(reference).find((m) => (m.mail.attachments ?? []).length > 0)!;
  expect(mail.to).toEqual([LIAISON]);
  expect(mail.mail.text).not.toContain('سلمى');

  // The activity again with the same report (a retry): the same document, no second delivery, no second email.
  const redisPrefix = stack.config.MASAR_REDIS_PREFIX;
  const outbox = openAlertOutbox({ redisUrl: stack.config.REDIS_URL, prefix: redisPrefix, channels: ['EMAIL'], jobOptions: {} });
  try {
    const retry = createCourtReportActivities(stack.db, createAlertPorts(stack.db, outbox));
    const input = { key: `case-${caseId}:court-report:${orderId}:1`, caseId, caseReference: reference, provinceCode: 'MEKNES', orderId, report: 1, language: 'ar' as const, approvedBy: 'u-meknes-head' };
    const first = await stack.db.caseDocument.findMany({ where: { caseId, kind: 'REPORT' }, select: { id: true } });
    const again = await retry.sendCourtReport(input);
    expect(first.map((d) => d.id)).toEqual([again.documentId]);
  } finally {
    await outbox.close();
  }
  await new Promise((r) => setTimeout(r, 3000));
  expect(pdfsOf(reference)).toHaveLength(1);
  expect(await stack.db.delivery.count({ where: { caseId, step: 'COURT_REPORT' } })).toBe(1);

  // The next report, in French, is owed at once after approval (30 days): written and sent too.
  const french = { language: 'fr', summary: 'La fillette suit sa scolarité avec assiduité', recommendation: 'Maintenir la mesure' };
  expect((await api.post(path, french, coordinator)).status).toBe(200);
  expect((await api.post(`/api/v1/cases/${caseId}/court-reports/approve`, {}, head)).status).toBe(200);
  const pdfs = await eventually(async () => (pdfsOf(reference).length >= 2 ? pdfsOf(reference) : undefined), { timeoutMs: 60_000 });
  const frText = pdfText(pdfs[1].content);
  expect(frText).toContain('Rapport d’évolution');
  expect(frText).toContain('suit sa scolarité');
  expect(frText).not.toMatch(/تتابع/);

  // The judge's decision on report 2, by the liaison only; recorded in the case's record.
  const decisions = `/api/v1/cases/${caseId}/court-orders/${orderId}/decisions`;
  expect((await api.post(decisions, { decision: 'MAINTAIN' }, coordinator)).status).toBe(403);
  const decided = await api.post(decisions, { report: 2, decision: 'MAINTAIN', reportEvery: 'P60D', note: 'جلسة 12 مارس' }, liaison);
  expect(decided.status).toBe(200);
  expect((decided.body as { courtOrders: { decisions: unknown[] }[] }).courtOrders[0].decisions).toEqual([expect.objectContaining({ report: 2, decision: 'MAINTAIN' })]);
  const recorded = await stack.db.recordEntry.findMany({ where: { caseId, kind: { in: ['COURT_REPORT', 'COURT_DECISION'] } }, orderBy: { createdAt: 'asc' } });
  expect(recorded.map((e) => [e.kind, (e.body as { report?: number }).report])).toEqual([
    ['COURT_REPORT', 1],
    ['COURT_REPORT', 2],
    ['COURT_DECISION', 2],
  ]);

  // Counted: this test's own province and period.
  const figures = await eventually(
    async () => {
      const r = await api.get(`/api/v1/indicators/judicial?provinceCode=MEKNES&from=${since}&to=${new Date(Date.now() + 60_000).toISOString()}`, await as('u-national-supervisor'));
      const row = (r.body as { provinces: Record<string, number>[] }).provinces[0];
      return row?.courtReportsSent === 2 ? row : undefined;
    },
    { timeoutMs: 15_000 },
  );
  expect(figures).toMatchObject({ redirectionsSocialToJudicial: 1, redirectionsJudicialToSocial: 1, courtOrders: 1, courtReportsSent: 2, courtReportsOnTime: 2, measuresAwaitingProvider: 2 });
  expect((await api.get(`/api/v1/indicators/judicial?provinceCode=MEKNES&from=${since}&to=${new Date().toISOString()}`, await as('u-tanger-coordinator'))).status).toBe(403);
}, 240_000);
