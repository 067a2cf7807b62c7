// Satisfaction surveys on the real stack (API, notifier, SMSC): the case's
// team records who is asked; the sweep over the projections (cases CLOSED,
// referrals COMPLETED) invites by SMS once per subject however often it runs;
// the link answers once; a refusal (recorded, or STOP by SMS: kept as a keyed
// digest of the number, and the older plain digests still honoured) is respected;
// the answers, anonymised, give per-provider figures with small cells hidden.
import { randomUUID } from 'node:crypto';
import { createSurveySweep } from '../../apps/notifier/src/survey-invitations';
import { surveyOptOuts, unkeyedOptOutDigest, type SurveyOptOuts } from '../../apps/notifier/src/survey-opt-out';
import { silentLog } from '../../apps/notifier/src/log';
import { openAlertOutbox, type AlertOutbox } from '../../libs/notify/queues';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
let outbox: AlertOutbox;
let sweep: ReturnType<typeof createSurveySweep>;
let optOuts: SurveyOptOuts;
const tokens: Record<string, string> = {};
const P = 'MARRAKECH';
const tail = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
const phones = { older: `+212601${tail}`, younger: `+212602${tail}`, refused: `+212603${tail}`, before: `+212604${tail}` };
const cases = { older: '', younger: '', refused: '', before: '' };
const month = new Date().toISOString().slice(0, 7);

async function fileCase(dateOfBirth: string): Promise<string> {
  const res = await api.post(
    '/api/v1/reports',
    { provinceCode: P, entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'satisfaction', child: { sex: 'M', dateOfBirth }, fileAsNew: true },
    tokens['u-marrakech-intake'],
    { 'Idempotency-Key': randomUUID() },
  );
  expect(res.status).toBe(201);
  return res.body.caseId;
}

/** What the pathway projects at closure and when a provider reports a service delivered. */
const close = (caseId: string) => stack.db.case.update({ where: { id: caseId }, data: { status: 'CLOSED', stage: 'CLOSED', closedAt: new Date() } });
const delivered = (caseId: string, organisationId: string) =>
  stack.db.referral.create({ data: { id: randomUUID(), caseId, organisationId, service: 'PSYCHOLOGICAL', status: 'COMPLETED', createdAt: new Date(), acceptedAt: new Date(), completedAt: new Date() } });

const tokenOf = (sms: string) => /\/survey\/([A-Za-z0-9_-]+)/.exec(sms)![1];
const invitationsOf = (caseId: string) => stack.db.surveyInvitation.findMany({ where: { caseId } });

beforeAll(async () => {
  // no worker: the cases' rows are this test's projections, not overwritten by a running pathway
  stack = await startStack({ worker: false, alerts: true });
  api = http(stack.baseUrl);
  for (const u of ['u-marrakech-intake', 'u-marrakech-coordinator', 'u-marrakech-head', 'u-marrakech-provider-upe']) tokens[u] = await stack.token(u);
  cases.older = await fileCase('2011-01-10'); // 15
  cases.younger = await fileCase('2018-05-02'); // 8
  cases.refused = await fileCase('2012-02-03');
  cases.before = await fileCase('2013-04-05');
  outbox = openAlertOutbox({ redisUrl: stack.config.REDIS_URL, prefix: stack.config.MASAR_REDIS_PREFIX, channels: ['SMS'] });
  // the notifier of the stack keeps the list under the same keys
  optOuts = surveyOptOuts(stack.config.MASAR_CODEC_KEYS);
  sweep = createSurveySweep({ db: stack.db, outbox, publicUrl: 'https://masar.example', optOuts, log: silentLog });
}, 120_000);

afterAll(async () => {
  await outbox?.close();
  await stack?.stop();
});

test('the team records who is asked: the child from 12, a younger child’s family, or a refusal', async () => {
  const coordinator = tokens['u-marrakech-coordinator'];
  const tooYoung = await api.post(`/api/v1/cases/${cases.younger}/survey-contact`, { respondent: 'CHILD', phone: phones.younger, language: 'fr' }, coordinator);
  expect([tooYoung.status, tooYoung.body.errors?.[0]?.field]).toEqual([422, 'respondent']);
  const noPhone = await api.post(`/api/v1/cases/${cases.older}/survey-contact`, { respondent: 'CHILD', language: 'ar' }, coordinator);
  expect([noPhone.status, noPhone.body.errors?.[0]?.field]).toEqual([422, 'phone']);
  expect(await stack.db.surveyContact.count({ where: { caseId: { in: [cases.older, cases.younger] } } })).toBe(0);
  expect((await api.post(`/api/v1/cases/${cases.older}/survey-contact`, { respondent: 'CHILD', phone: phones.older, language: 'ar' }, tokens['u-marrakech-provider-upe'])).status).toBe(403);
  for (const [id, body] of [
    [cases.older, { respondent: 'CHILD', phone: phones.older, language: 'ar' }],
    [cases.younger, { respondent: 'FAMILY', phone: phones.younger, language: 'fr' }],
    [cases.refused, { respondent: 'FAMILY', phone: phones.refused, language: 'fr', refused: true }],
  ] as const) {
    expect((await api.post(`/api/v1/cases/${id}/survey-contact`, body, coordinator)).status).toBe(200);
  }
});

test('a closure is asked about once however often the sweep runs, and the link answers once', async () => {
  await Promise.all([close(cases.older), close(cases.refused)]);
  await Promise.all([sweep(), sweep()]);
  await sweep();
  const [invitation] = await invitationsOf(cases.older);
  expect(await invitationsOf(cases.older)).toHaveLength(1);
  expect(invitation).toMatchObject({ kind: 'CLOSURE', respondent: 'CHILD', language: 'ar', status: 'SENT' });
  // the refusal recorded by the team: nobody asked
  expect(await invitationsOf(cases.refused)).toHaveLength(0);
  const sms = await eventually(() => stack.smsc!.messagesTo(phones.older)[0]);
  expect(sms).toContain('https://masar.example/survey/');
  expect(sms).toContain('لا');
  const token = tokenOf(sms);
  expect(invitation.tokenHash).not.toContain(token);
  expect((await api.get(`/api/v1/public/surveys/${token}`)).body).toMatchObject({ kind: 'CLOSURE', language: 'ar', respondent: 'CHILD' });
  expect((await api.post(`/api/v1/public/surveys/${token}`, { score: 6, listened: true })).status).toBe(400);
  expect((await api.post(`/api/v1/public/surveys/${token}`, { score: 4, listened: true })).status).toBe(201);
  const second = await api.post(`/api/v1/public/surveys/${token}`, { score: 1, listened: false });
  expect(second.status).toBe(409);
  expect((await api.get(`/api/v1/public/surveys/${token}`)).status).toBe(409);
  expect((await api.get(`/api/v1/public/surveys/${'y'.repeat(43)}`)).status).toBe(404);
  // one SMS, and one answer that names no case
  expect(stack.smsc!.messagesTo(phones.older)).toHaveLength(1);
  const answers = await stack.db.surveyAnswer.findMany({ where: { provinceCode: P, period: month, kind: 'CLOSURE' } });
  expect(answers.map((a) => [a.score, a.respondent])).toEqual([[4, 'CHILD']]);
  expect(Object.keys(answers[0]).sort()).toEqual(['id', 'kind', 'listened', 'organisationId', 'period', 'provinceCode', 'respondent', 'score']);
});

test('STOP by SMS closes the family’s invitation and keeps them from being asked again; it is no complaint', async () => {
  await delivered(cases.younger, 'org-marrakech-upe');
  await sweep();
  const sms = await eventually(() => stack.smsc!.messagesTo(phones.younger)[0]);
  expect(sms).toContain('STOP');
  expect(await stack.smsc!.sendMo(phones.younger, '2120800', 'Stop')).toBe(0);
  const [invitation] = await invitationsOf(cases.younger);
  expect(invitation).toMatchObject({ kind: 'SERVICE', status: 'REFUSED' });
  expect((await api.post(`/api/v1/public/surveys/${tokenOf(sms)}`, { score: 5, listened: true })).status).toBe(409);
  expect(await stack.db.complaint.count({ where: { replyTo: phones.younger } })).toBe(0);
  // the list holds the number's keyed digest: neither the number nor its plain digest
  expect(await stack.db.surveyOptOut.count({ where: { phoneHash: optOuts.digest(phones.younger) } })).toBe(1);
  expect(await stack.db.surveyOptOut.count({ where: { phoneHash: { in: [phones.younger, unkeyedOptOutDigest(phones.younger)] } } })).toBe(0);
  // another delivered service: not asked
  await delivered(cases.younger, 'org-marrakech-hospital');
  await sweep();
  expect(await invitationsOf(cases.younger)).toHaveLength(1);
  expect(stack.smsc!.messagesTo(phones.younger)).toHaveLength(1);
});

test('a number that answered STOP before the list was keyed is still not asked', async () => {
  const coordinator = tokens['u-marrakech-coordinator'];
  expect((await api.post(`/api/v1/cases/${cases.before}/survey-contact`, { respondent: 'CHILD', phone: phones.before, language: 'fr' }, coordinator)).status).toBe(200);
  await stack.db.surveyOptOut.create({ data: { phoneHash: unkeyedOptOutDigest(phones.before) } });
  await close(cases.before);
  await sweep();
  expect(await invitationsOf(cases.before)).toHaveLength(0);
  expect(stack.smsc!.messagesTo(phones.before)).toHaveLength(0);
});

test('per-provider satisfaction: a provider with 1 answer is "< 5", the next smallest "x", the others shown', async () => {
  // the child of the closed case had services: the UPE 5, the shelter 6, the hospital 1
  const plan: [string, number[]][] = [
    ['org-marrakech-upe', [5, 5, 4, 2, 3]],
    ['org-marrakech-shelter', [5, 4, 4, 4, 5, 2]],
    ['org-marrakech-hospital', [1]],
  ];
  for (const [org, scores] of plan) for (const _ of scores) await delivered(cases.older, org);
  await sweep();
  const invitations = (await invitationsOf(cases.older)).filter((i) => i.kind === 'SERVICE');
  expect(invitations).toHaveLength(12);
  const texts = await eventually(() => (stack.smsc!.messagesTo(phones.older).length === 13 ? stack.smsc!.messagesTo(phones.older) : null), 30_000);
  // each link answers its own invitation: match them through the stored hashes
  const byHash = new Map(invitations.map((i) => [i.tokenHash, i]));
  const { createHash } = await import('node:crypto');
  const queue = new Map(plan.map(([org, scores]) => [org, [...scores]]));
  for (const text of texts.slice(1)) {
    const token = tokenOf(text);
    const inv = byHash.get(createHash('sha256').update(token).digest('hex'))!;
    const score = queue.get(inv.organisationId!)!.shift()!;
    expect((await api.post(`/api/v1/public/surveys/${token}`, { score, listened: score >= 4 })).status).toBe(201);
  }
  const res = await api.get(`/api/v1/indicators/satisfaction?from=${month}&to=${month}`, tokens['u-marrakech-head']);
  expect(res.status).toBe(200);
  const cell = (org: string | null) => res.body.cells.find((c: { organisationId: string | null }) => c.organisationId === org);
  expect(cell('org-marrakech-hospital')).toMatchObject({ responses: '< 5', meanScore: null, suppressed: 'PRIMARY' });
  expect(cell('org-marrakech-upe')).toMatchObject({ responses: 'x', meanScore: null, suppressed: 'COMPLEMENTARY' });
  expect(cell('org-marrakech-shelter')).toMatchObject({ responses: 6, meanScore: 4, satisfiedPct: 83.3, listenedPct: 83.3 });
  // the province: 12 service answers and the closure's
  expect(cell(null)).toMatchObject({ level: 'PROVINCE', provinceCode: P, responses: 13 });
  // a provincial head reads its own province only
  expect((await api.get(`/api/v1/indicators/satisfaction?from=${month}&to=${month}&provinceCode=RABAT`, tokens['u-marrakech-head'])).status).toBe(403);
}, 120_000);
