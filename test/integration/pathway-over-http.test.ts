// A child's whole pathway driven over HTTP against the real stack, the way
// coordinators, the head of centre, providers and the court liaison use it.
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['intake', 'coordinator', 'head', 'liaison', 'provider-upe', 'provider-hospital']) t[u] = await stack.token(`u-tanger-${u}`);
  t['meknes-head'] = await stack.token('u-meknes-head');
});
afterAll(async () => {
  await stack?.stop();
});

async function fileReport(over: Record<string, unknown> = {}) {
  const r = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'UPE', category: 'NEGLECT', riskLevel: 'HIGH', narrative: 'Enfant non scolarisé, seul la journée', child: { firstName: 'Omar', lastName: 'Idrissi', sex: 'M', dateOfBirth: '2013-09-01' }, ...(over.caseId ? {} : { fileAsNew: true }), ...over },
    t.intake,
  );
  expect(r.status).toBe(201);
  return r.body as { caseId: string; workflowId: string; reportId: string };
}

const act = (caseId: string, action: string, body: unknown, who: string, headers?: Record<string, string>) => api.post(`/api/v1/cases/${caseId}/${action}`, body, t[who], headers);

test('from report to integration and closure, then reopened by a new report', async () => {
  const { caseId } = await fileReport();
  await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, t.coordinator)).body.pathway?.openSteps?.length > 0);

  const ack = await act(caseId, 'acknowledge', {}, 'coordinator', { 'Idempotency-Key': `ack-${caseId}` });
  expect(ack.status).toBe(200);
  expect(ack.body.stage).toBe('URGENT_PROTECTION');
  expect(ack.body.openSteps.map((s: { step: string }) => s.step)).toContain('CHILD_SEEN');
  // The same key again is the same action: same answer, no second acknowledgement.
  const ackAgain = await act(caseId, 'acknowledge', {}, 'coordinator', { 'Idempotency-Key': `ack-${caseId}` });
  expect(ackAgain.status).toBe(200);
  // Without the key, a second acknowledgement conflicts with the pathway.
  const conflict = await act(caseId, 'acknowledge', {}, 'coordinator');
  expect(conflict.status).toBe(409);
  expect(conflict.body.detail).toMatch(/acknowledg/i);

  expect((await act(caseId, 'child-seen', { medicalCare: true }, 'coordinator')).body.stage).toBe('ASSESSMENT');
  expect((await act(caseId, 'assessment', { summary: 'Protocole standard: négligence confirmée', needs: ['PSYCHOLOGICAL', 'SCHOOLING'] }, 'coordinator')).status).toBe(200);
  expect((await act(caseId, 'approve', { subject: 'ASSESSMENT' }, 'meknes-head')).status).toBe(403);
  expect((await act(caseId, 'approve', { subject: 'ASSESSMENT' }, 'coordinator')).status).toBe(403);
  expect((await act(caseId, 'approve', { subject: 'ASSESSMENT' }, 'head')).body.stage).toBe('CARE_PLAN');
  expect((await act(caseId, 'care-plan', { objectives: ['Retour à l’école'], placement: 'FAMILY' }, 'coordinator')).status).toBe(200);
  expect((await act(caseId, 'approve', { subject: 'CARE_PLAN' }, 'head')).body.stage).toBe('FOLLOW_UP');

  // Sharing the child's information needs consent (or a court order).
  const noConsent = await act(caseId, 'referrals', { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL' }, 'coordinator');
  expect(noConsent.status).toBe(409);
  expect(noConsent.body.detail).toMatch(/consent/);
  const wrongService = await act(caseId, 'referrals', { organisationId: 'org-tanger-upe', service: 'SHELTER' }, 'coordinator');
  expect(wrongService.status).toBe(422);
  expect((await act(caseId, 'consent', { givenBy: 'GUARDIAN', documentRef: 'form-12' }, 'coordinator')).status).toBe(200);
  const referral = await act(caseId, 'referrals', { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL' }, 'coordinator');
  expect(referral.status).toBe(201);
  const referralId = referral.body.referralId;

  // The provider sees the referral (initials and age, never the name); another provider cannot act on it.
  const mine = await eventually(async () => {
    const r = await api.get('/api/v1/referrals', t['provider-upe']);
    return r.body.items?.find((i: { id: string }) => i.id === referralId) ? r : null;
  });
  expect(mine.text).not.toContain('Omar');
  expect(mine.body.items.find((i: { id: string }) => i.id === referralId).child.initials).toBe('O.I.');
  expect((await api.post(`/api/v1/referrals/${referralId}/accept`, {}, t['provider-hospital'])).status).toBe(403);
  expect((await api.post(`/api/v1/referrals/${referralId}/start`, {}, t['provider-upe'])).status).toBe(409);
  expect((await api.post(`/api/v1/referrals/${referralId}/accept`, {}, t['provider-upe'])).body.status).toBe('ACCEPTED');
  expect((await api.post(`/api/v1/referrals/${referralId}/start`, {}, t['provider-upe'])).body.status).toBe('STARTED');
  expect((await api.post(`/api/v1/referrals/${referralId}/complete`, { summary: '8 séances' }, t['provider-upe'])).body.status).toBe('COMPLETED');
  await eventually(async () => {
    const c = await api.get(`/api/v1/cases/${caseId}`, t.coordinator);
    return c.body.pathway.referrals.find((r: { referralId: string; status: string }) => r.referralId === referralId)?.status === 'COMPLETED';
  });

  expect((await act(caseId, 'integration', { kind: 'SCHOOL' }, 'coordinator')).status).toBe(200);
  expect((await act(caseId, 'close', { reason: 'INTEGRATED' }, 'coordinator')).status).toBe(200);
  expect((await act(caseId, 'approve', { subject: 'CLOSURE' }, 'head')).status).toBe(200);
  await eventually(async () => (await stack.db.case.findUnique({ where: { id: caseId } }))?.status === 'CLOSED');
  const integration = await stack.db.pathwayEvent.count({ where: { caseId, type: 'INTEGRATION' } });
  expect(integration).toBe(1);

  // A new report about the same child reopens the case: the same case, a new run, triaged at the new report's risk.
  const again = await fileReport({ caseId, narrative: 'Nouvelle absence prolongée', riskLevel: 'LOW' });
  expect(again.caseId).toBe(caseId);
  const reopened = await eventually(async () => {
    const c = await api.get(`/api/v1/cases/${caseId}`, t.coordinator);
    return c.body.pathway?.status === 'OPEN' && c.body.pathway.openSteps.some((s: { step: string }) => s.step === 'ACKNOWLEDGEMENT') ? c : null;
  });
  // The new life of the pathway starts from the new report; the reopening is a counted fact.
  expect(reopened.body.pathway.reports).toEqual([again.reportId]);
  expect(reopened.body.pathway.riskLevel).toBe('LOW');
  expect(reopened.body.pathway.openSteps.map((s: { step: string }) => s.step)).toEqual(['ACKNOWLEDGEMENT']);
  await eventually(async () => (await stack.db.pathwayEvent.count({ where: { caseId, type: 'REOPENED' } })) === 1);
  expect(await stack.db.report.count({ where: { caseId } })).toBe(2);
  // its timeline is the new life's (the rows of the earlier one stay in the table)
  const timeline = await api.get(`/api/v1/cases/${caseId}/timeline`, t.coordinator);
  expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(['REPORTED', 'REOPENED']);
  expect(await stack.db.timelineEntry.count({ where: { caseId, type: 'ACKNOWLEDGED' } })).toBe(1);
});

test('judicial track: prosecutor report due, court order redirects to social measures, court reports until the order closes', async () => {
  const { caseId } = await fileReport({ category: 'BEGGING_EXPLOITATION', riskLevel: 'MEDIUM', entryPoint: 'POLICE' });
  const opened = await eventually(async () => {
    const c = await api.get(`/api/v1/cases/${caseId}`, t.coordinator);
    return c.body.pathway?.openSteps?.some((s: { step: string }) => s.step === 'PROSECUTOR_REPORT') ? c : null;
  });
  expect(opened.body.pathway.track).toBe('JUDICIAL');
  expect((await act(caseId, 'acknowledge', {}, 'coordinator')).status).toBe(200);
  expect((await act(caseId, 'prosecutor-report', { reference: 'PR-2026-77' }, 'coordinator')).status).toBe(200);

  const order = await act(caseId, 'court-orders', { orderId: 'TPI-TNG-2026-15', measures: ['FAMILY_SUPPORT'], referrals: [{ organisationId: 'org-tanger-upe', service: 'FAMILY_SUPPORT' }] }, 'liaison');
  expect(order.status).toBe(201);
  expect(order.body.track).toBe('SOCIAL');
  expect(order.body.openSteps.map((s: { step: string }) => s.step)).toContain('COURT_REPORT');
  expect(order.body.referrals).toHaveLength(1);
  expect(order.body.referrals[0].basis).toBe('COURT_ORDER');
  expect((await act(caseId, 'court-orders', { orderId: 'X', measures: ['HEALTH'] }, 'coordinator')).status).toBe(403);

  expect((await act(caseId, 'court-orders/TPI-TNG-2026-15/reports', { summary: 'Suivi familial en cours' }, 'coordinator')).status).toBe(200);
  expect((await act(caseId, 'close', { reason: 'INTEGRATED' }, 'coordinator')).status).toBe(409); // the order is open
  const closed = await act(caseId, 'court-orders/TPI-TNG-2026-15/close', {}, 'liaison');
  expect(closed.status).toBe(200);
  expect(closed.body.openSteps.map((s: { step: string }) => s.step)).not.toContain('COURT_REPORT');
  await eventually(async () => (await stack.db.pathwayEvent.count({ where: { caseId, type: 'REDIRECTED_JUDICIAL_TO_SOCIAL' } })) === 1);
});

test('bad actions: invalid bodies are 400 field by field; unknown transfer province is 422; nothing changes', async () => {
  const { caseId } = await fileReport({ riskLevel: 'LOW' });
  await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, t.coordinator)).body.pathway?.openSteps?.length > 0);
  const before = (await api.get(`/api/v1/cases/${caseId}`, t.coordinator)).body.pathway;
  const bad = await act(caseId, 'care-plan', { objectives: [], placement: 'MOON', extra: 1 }, 'coordinator');
  expect(bad.status).toBe(400);
  expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['objectives', 'placement']));
  const transfer = await act(caseId, 'transfer', { toProvinceCode: 'ATLANTIS' }, 'coordinator');
  expect(transfer.status).toBe(422);
  const early = await act(caseId, 'assessment', { summary: 'trop tôt' }, 'coordinator');
  expect(early.status).toBe(409);
  const after = (await api.get(`/api/v1/cases/${caseId}`, t.coordinator)).body.pathway;
  expect(after.stage).toBe(before.stage);
  expect(after.openSteps).toEqual(before.openSteps);
});
