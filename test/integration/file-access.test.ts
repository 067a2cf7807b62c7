// Own-file access on the real stack: a parent asks on the public page with the
// case reference, their CNIE recorded on the child and the child's date of
// birth (any mismatch: one and the same 422); the request's pathway opens its
// 30-day step; the case's team answers; the requester downloads the file once,
// and it holds the child's own data but no third party's (reporter, staff,
// complainant); a coordinator records a request at the centre. Audited.
import { randomUUID } from 'node:crypto';
import { solveWithoutBlocking } from '../support/proof-of-work';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const tokens: Record<string, string> = {};
let caseId = '';
let reference = '';
const DOB = '2015-03-14';
const REPORTER = { name: 'Khadija Voisine-Témoin', phone: '+212611223344' };
const COMPLAINT = 'Plainte de la tante, Mme Rachida Plaignante';

beforeAll(async () => {
  stack = await startStack({ env: { PUBLIC_CHALLENGE_DIFFICULTY: '8' } });
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-meknes-coordinator', 'u-tanger-provider-upe']) tokens[u] = await stack.token(u);
  const res = await api.post(
    '/api/v1/reports',
    {
      provinceCode: 'TANGER_ASSILAH',
      entryPoint: 'GREEN_LINE',
      category: 'NEGLECT',
      riskLevel: 'MEDIUM',
      narrative: `Appel de ${REPORTER.name} (${REPORTER.phone}) : Salma reste seule le soir.`,
      reporter: REPORTER,
      child: { firstName: 'Salma', lastName: `Fichier${randomUUID().slice(0, 6)}`, sex: 'F', dateOfBirth: DOB, parentCnies: ['K 445566'] },
      fileAsNew: true,
    },
    tokens['u-tanger-intake'],
    { 'Idempotency-Key': randomUUID() },
  );
  expect(res.status).toBe(201);
  caseId = res.body.caseId;
  reference = res.body.reference;
  const note = await api.post(`/api/v1/cases/${caseId}/notes`, { text: 'Visite faite ; la mère, jointe au +212699887766, est coopérative.' }, tokens['u-tanger-coordinator'], { 'Idempotency-Key': randomUUID() });
  expect(note.status).toBe(201);
  const complaint = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', caseId, channel: 'IN_PERSON', text: COMPLAINT }, tokens['u-tanger-coordinator'], { 'Idempotency-Key': randomUUID() });
  expect(complaint.status).toBe(201);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

async function challenge() {
  const c = await api.get('/api/v1/public/file-requests/challenge');
  expect(c.status).toBe(200);
  return { nonce: c.body.nonce, counter: await solveWithoutBlocking(c.body.nonce, c.body.difficulty) };
}

const ask = async (over: Record<string, unknown> = {}) =>
  api.post('/api/v1/public/file-requests', { reference, requester: 'PARENT', cnie: 'k445566', dateOfBirth: DOB, language: 'fr', challenge: await challenge(), ...over });

describe('a parent asks for the file on the public page', () => {
  let filed: { id: string; reference: string; secret: string; statusAt: string };

  test('a proof that does not match is refused like an unknown reference, and opens nothing', async () => {
    const before = await stack.db.fileAccessRequest.count({ where: { caseId } });
    const wrongCnie = await ask({ cnie: 'K999999' });
    const wrongBirth = await ask({ dateOfBirth: '2015-03-15' });
    const minorAsSubject = await ask({ requester: 'SUBJECT' });
    const unknown = await ask({ reference: 'MSR-2026-00000000' });
    for (const r of [wrongCnie, wrongBirth, minorAsSubject, unknown]) expect([r.status, r.body.detail]).toEqual([422, unknown.body.detail]);
    expect(await stack.db.fileAccessRequest.count({ where: { caseId } })).toBe(before);
  });

  test('with the right proof: a reference and a secret, and the 30-day step opens on the case', async () => {
    const res = await ask();
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^FAR-[0-9A-Z]{8}$/);
    filed = res.body;
    const row = await stack.db.fileAccessRequest.findUniqueOrThrow({ where: { reference: filed.reference } });
    expect(row).toMatchObject({ caseId, requester: 'PARENT', origin: 'PUBLIC', status: 'OPEN', workflowId: `file-access-${row.id}` });
    const step = await eventually(() => stack.db.openStep.findUnique({ where: { key: `${row.workflowId}:c:FILE_ACCESS_RESPONSE:1` } }), 30_000);
    expect(step).toMatchObject({ caseId, status: 'OPEN', step: 'FILE_ACCESS_RESPONSE' });
    expect(step.dueAt.getTime() - step.openedAt.getTime()).toBe(30 * 86_400_000);
    const status = await api.get(filed.statusAt);
    expect(status.body).toMatchObject({ reference: filed.reference, status: 'RECEIVED', downloadAt: null, dueAt: step.dueAt.toISOString() });
    expect((await api.get(`/api/v1/public/file-requests/${filed.reference}?secret=${'x'.repeat(43)}`)).status).toBe(404);
  });

  test('the case’s team answers once; another province cannot', async () => {
    const id = (await stack.db.fileAccessRequest.findUniqueOrThrow({ where: { reference: filed.reference } })).id;
    expect((await api.post(`/api/v1/file-requests/${id}/answer`, {}, tokens['u-meknes-coordinator'])).status).toBe(403);
    const listed = await api.get('/api/v1/file-requests?status=OPEN', tokens['u-tanger-coordinator']);
    expect(listed.body.items.map((i: { reference: string }) => i.reference)).toContain(filed.reference);
    const res = await api.post(`/api/v1/file-requests/${id}/answer`, {}, tokens['u-tanger-coordinator']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ANSWERED', exportSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await api.post(`/api/v1/file-requests/${id}/answer`, {}, tokens['u-tanger-coordinator'])).status).toBe(409);
    await eventually(async () => (await stack.db.openStep.findFirst({ where: { key: `file-access-${id}:c:FILE_ACCESS_RESPONSE:1`, status: 'DONE' } })) !== null, 30_000);
  });

  test('the file is downloaded once, with the child’s data and without any third party’s', async () => {
    const status = await api.get(filed.statusAt);
    expect(status.body.status).toBe('READY');
    const first = await api.get(status.body.downloadAt);
    expect(first.status).toBe(200);
    const text = JSON.stringify(first.body.file);
    expect(first.body.file).toMatchObject({ requester: 'PARENT', case: { reference }, child: { firstName: 'Salma' } });
    expect(text).toContain('Salma reste seule le soir');
    for (const third of ['Khadija', 'Voisine-Témoin', '611223344', '699887766', 'u-tanger-coordinator', 'u-tanger-intake', 'Rachida', 'Plaignante']) expect(text).not.toContain(third);
    // the complaint stays as a fact, without its text
    expect(first.body.file.complaints).toEqual([expect.objectContaining({ status: 'OPEN' })]);
    const again = await api.get(status.body.downloadAt);
    expect(again.status).toBe(409);
    const row = await stack.db.fileAccessRequest.findUniqueOrThrow({ where: { reference: filed.reference } });
    expect([row.export, row.downloadedAt]).toEqual([null, expect.any(Date)]);
    expect((await api.get(filed.statusAt)).body).toMatchObject({ status: 'DOWNLOADED', downloadAt: null });
    const audited = await stack.db.auditEntry.findMany({ where: { caseId, action: { startsWith: 'file-access.' } }, select: { action: true } });
    expect(audited.map((a) => a.action).sort()).toEqual(['file-access.answer', 'file-access.download', 'file-access.record']);
  });
});

test('a coordinator records a request at the centre; a provider cannot', async () => {
  expect((await api.post(`/api/v1/cases/${caseId}/file-requests`, { requester: 'PARENT', language: 'ar' }, tokens['u-tanger-provider-upe'])).status).toBe(403);
  const bad = await api.post(`/api/v1/cases/${caseId}/file-requests`, { requester: 'COUSIN', language: 'ar' }, tokens['u-tanger-coordinator']);
  expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'requester']);
  const res = await api.post(`/api/v1/cases/${caseId}/file-requests`, { requester: 'PARENT', language: 'ar' }, tokens['u-tanger-coordinator']);
  expect(res.status).toBe(201);
  expect(await stack.db.fileAccessRequest.findUniqueOrThrow({ where: { reference: res.body.reference } })).toMatchObject({ origin: 'CENTRE', recordedBy: 'u-tanger-coordinator' });
});
