// Complaints from outside, on the real stack (API, worker, notifier, SMSC):
// on the web with a solved proof-of-work challenge (a missing, forged or used
// one is refused and stores nothing; more than the hour's limit from one
// address is a 429), read back with the reference and secret; by SMS through
// the SMPP peer, acknowledged with the reference and answered by SMS once.
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';
import { leadingZeroBits, solveChallenge, workDigest } from '../../apps/api/src/public/proof-of-work';

let stack: Stack;
let api: ReturnType<typeof http>;
const PER_HOUR = 4;

const publicCount = () => stack.db.complaint.count({ where: { origin: 'PUBLIC' } });

async function solved(): Promise<{ nonce: string; counter: string }> {
  const c = await api.get('/api/v1/public/challenge');
  expect(c.status).toBe(200);
  expect(c.body).toMatchObject({ difficulty: 12, algorithm: 'sha256-leading-zero-bits' });
  return { nonce: c.body.nonce, counter: solveChallenge(c.body.nonce, c.body.difficulty) };
}

// This file's own complaints: the run's database is shared with files that
// file public complaints too, each counted by its own stack's rate limiter.
let startedAt: Date;
beforeAll(async () => {
  startedAt = new Date();
  stack = await startStack({ alerts: true, env: { PUBLIC_CHALLENGE_DIFFICULTY: '12', PUBLIC_COMPLAINTS_PER_HOUR: String(PER_HOUR), PUBLIC_SMS_PROVINCE: 'RABAT' } });
  api = http(stack.baseUrl);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a complaint on the web, without an account', () => {
  let filed: { reference: string; secret: string; answerAt: string };
  const body = { provinceCode: 'TANGER_ASSILAH', text: 'Personne ne nous a rappelés depuis trois semaines.' };

  test('the provinces to choose from are public, with their region', async () => {
    const res = await api.get('/api/v1/public/provinces');
    expect(res.status).toBe(200);
    expect(res.body.items.find((p: { code: string }) => p.code === 'TANGER_ASSILAH')).toMatchObject({ nameAr: 'طنجة أصيلة', region: { code: 'R01' } });
    expect(new Set(res.body.items.map((p: { region: { code: string } }) => p.region.code)).size).toBe(12);
  });

  test('with a solved challenge it gets a reference and a secret, and its deadline runs', async () => {
    const challenge = await solved();
    const res = await api.post('/api/v1/public/complaints', { ...body, challenge });
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^PLT-[0-9A-Z]{8}$/);
    expect(res.body.secret.length).toBeGreaterThanOrEqual(40);
    filed = res.body;
    const row = await stack.db.complaint.findUniqueOrThrow({ where: { reference: filed.reference } });
    expect(row).toMatchObject({ origin: 'PUBLIC', channel: 'WEB', caseId: null, provinceCode: 'TANGER_ASSILAH', language: 'fr' });
    // the complaint workflow projects its response deadline (the policy's, HIGH: 7 days)
    const due = await eventually(async () => (await stack.db.complaint.findUniqueOrThrow({ where: { id: row.id } })).dueAt);
    expect(due.getTime() - row.createdAt.getTime()).toBeGreaterThan(6 * 86_400_000);
    // the same request again (a lost answer): the same reference, nothing more stored
    const before = await publicCount();
    const again = await api.post('/api/v1/public/complaints', { ...body, challenge });
    expect([again.status, again.body.reference, again.body.secret]).toEqual([201, filed.reference, filed.secret]);
    expect(await publicCount()).toBe(before);
  });

  test('a missing, forged, unsolved or used challenge is refused and stores nothing', async () => {
    const spent = await usedChallenge();
    const before = await publicCount();
    const missing = await api.post('/api/v1/public/complaints', body);
    expect(missing.status).toBe(400);
    const fresh = await solved();
    const forgedNonce = `${fresh.nonce.slice(0, -2)}${fresh.nonce.endsWith('AA') ? 'BB' : 'AA'}`;
    const forged = await api.post('/api/v1/public/complaints', { ...body, challenge: { nonce: forgedNonce, counter: solveChallenge(forgedNonce, 12) } });
    expect([forged.status, forged.body.detail]).toEqual([422, 'the challenge is refused: forged']);
    // raise the signed difficulty: the signature no longer matches
    const [r, exp, , sig] = fresh.nonce.split('.');
    const harder = await api.post('/api/v1/public/complaints', { ...body, challenge: { nonce: `${r}.${exp}.0.${sig}`, counter: '0' } });
    expect(harder.status).toBe(422);
    // a counter that does not do the work (found by trying until one fails)
    let lazy = 0;
    while (leadingZeroBits(workDigest(fresh.nonce, lazy)) >= 12) lazy++;
    const unsolved = await api.post('/api/v1/public/complaints', { ...body, challenge: { nonce: fresh.nonce, counter: String(lazy) } });
    expect([unsolved.status, unsolved.body.detail]).toEqual([422, 'the challenge is refused: insufficient work']);
    // the challenge of the first complaint, for another text
    const used = await api.post('/api/v1/public/complaints', { ...body, text: 'Une autre plainte', challenge: spent });
    expect(used.status).toBe(409);
    expect(await publicCount()).toBe(before);
  });

  test('the answer is read with the reference and the secret, and says nothing else', async () => {
    const wrong = await api.get(`/api/v1/public/complaints/${filed.reference}?secret=${'x'.repeat(43)}`);
    const unknown = await api.get(`/api/v1/public/complaints/PLT-00000000?secret=${filed.secret}`);
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    const open = await api.get(filed.answerAt);
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ reference: filed.reference, status: 'RECEIVED', answer: null });
    expect(Object.keys(open.body).sort()).toEqual(['answer', 'answeredAt', 'receivedAt', 'reference', 'status']);

    const row = await stack.db.complaint.findUniqueOrThrow({ where: { reference: filed.reference } });
    const answer = 'La coordinatrice vous rappelle demain matin.';
    const res = await api.post(`/api/v1/complaints/${row.id}/response`, { response: answer }, await stack.token('u-tanger-delegate'));
    expect(res.status).toBe(200);
    const answered = await eventually(async () => {
      const r = await api.get(filed.answerAt);
      return r.body.status === 'ANSWERED' ? r : null;
    });
    expect(answered.body).toMatchObject({ status: 'ANSWERED', answer });
  });

  test(`more than ${PER_HOUR} complaints in the hour from one address: 429, nothing stored`, async () => {
    // those filed above count; the rest of the hour's allowance passes
    const already = await stack.db.complaint.count({ where: { origin: 'PUBLIC', channel: 'WEB', createdAt: { gte: startedAt } } });
    expect(already).toBeLessThan(PER_HOUR);
    for (let i = already; i < PER_HOUR; i++) {
      expect((await api.post('/api/v1/public/complaints', { ...body, text: `plainte ${i}`, challenge: await solved() })).status).toBe(201);
    }
    const before = await publicCount();
    const over = await api.post('/api/v1/public/complaints', { ...body, text: 'une de trop', challenge: await solved() });
    expect(over.status).toBe(429);
    expect(await publicCount()).toBe(before);
  });

  let firstChallenge: { nonce: string; counter: string } | undefined;
  async function usedChallenge() {
    if (!firstChallenge) {
      firstChallenge = await solved();
      expect((await api.post('/api/v1/public/complaints', { ...body, text: 'une plainte pour user le défi', challenge: firstChallenge })).status).toBe(201);
    }
    return firstChallenge;
  }
});

describe('a complaint by SMS to the service number', () => {
  const phone = '+212612345678';

  test('arrives through the SMPP peer, is acknowledged with its reference, and is answered by SMS once', async () => {
    const smsc = stack.smsc!;
    const text = 'السلام عليكم، ابني لم يتلق أي زيارة منذ شهر';
    expect(await smsc.sendMo(phone, '2120800', text)).toBe(0);
    const row = await eventually(() => stack.db.complaint.findFirst({ where: { replyTo: phone } }));
    expect(row).toMatchObject({ origin: 'PUBLIC', channel: 'SMS', provinceCode: 'RABAT', language: 'ar', text, caseId: null });
    const ack = await eventually(async () => smsc.messagesTo(phone).find((m) => m.includes(row.reference!)));
    expect(ack).toContain('سُجّلت شكايتكم');
    // the SMSC delivering the same message again: the same complaint
    expect(await smsc.sendMo(phone, '2120800', text)).toBe(0);
    expect(await stack.db.complaint.count({ where: { replyTo: phone } })).toBe(1);

    const delegate = await stack.token('u-rabat-delegate');
    // the province's list shows the complaint, not the number it came from
    const listed = await api.get('/api/v1/complaints?provinceCode=RABAT', delegate);
    expect(listed.status).toBe(200);
    const item = listed.body.items.find((c: { id: string }) => c.id === row.id);
    expect(item).toMatchObject({ reference: row.reference, channel: 'SMS' });
    expect(JSON.stringify(item)).not.toContain(phone.slice(4));
    expect(item).not.toHaveProperty('intakeKey');
    const answer = 'تم الاتصال بالمنسقة، وستزوركم غدا.';
    const res = await api.post(`/api/v1/complaints/${row.id}/response`, { response: answer }, delegate, { 'Idempotency-Key': 'sms-answer-1' });
    expect(res.status).toBe(200);
    const sent = await eventually(async () => smsc.messagesTo(phone).find((m) => m.includes(answer)));
    expect(sent).toBe(`مسار، الشكاية ${row.reference}: ${answer}`);
    // the same answer again (a retry): nothing sent twice
    const retry = await api.post(`/api/v1/complaints/${row.id}/response`, { response: answer }, delegate, { 'Idempotency-Key': 'sms-answer-1' });
    expect(retry.status).toBe(200);
    await eventually(async () => (await stack.db.delivery.findUnique({ where: { key: `complaint:${row.id}:answer:SMS` } }))?.status === 'DELIVERED');
    expect(smsc.messagesTo(phone)).toHaveLength(2);
    expect(await stack.db.delivery.count({ where: { address: phone } })).toBe(2);
  });
});
