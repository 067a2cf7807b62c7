// What one caller sends never answers for another: an Idempotency-Key belongs
// to its caller and operation (a report, a pathway action), the answers that
// can carry personal data are not stored by browsers or proxies, and a name
// that opens with an emoji gives well-formed initials.
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-meknes-intake', 'u-meknes-coordinator', 'u-tanger-coordinator', 'u-tanger-head', 'u-tanger-delegate']) tokens[u] = await stack.token(u);
});
afterAll(async () => {
  await stack?.stop();
});

const report = (child: Record<string, unknown> = { firstName: 'Salma', sex: 'F', dateOfBirth: '2016-02-10' }) => ({
  provinceCode: 'TANGER_ASSILAH',
  entryPoint: 'GREEN_LINE',
  category: 'NEGLECT',
  riskLevel: 'LOW',
  narrative: 'caller-scoped keys',
  child,
});

describe('Idempotency-Key per caller and operation', () => {
  test("another caller's replay of a report key is a request of its own: its own case, or its own refusal", async () => {
    const key = `report-${Date.now()}`;
    const first = await api.post('/api/v1/reports', report(), tokens['u-tanger-intake'], { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    const again = await api.post('/api/v1/reports', report(), tokens['u-tanger-intake'], { 'Idempotency-Key': key });
    expect(again.body.caseId).toBe(first.body.caseId);

    // A coordinator of Meknès may not file in Tanger: the key does not open the first caller's answer.
    const stranger = await api.post('/api/v1/reports', report(), tokens['u-meknes-coordinator'], { 'Idempotency-Key': key });
    expect(stranger.status).toBe(403);
    expect(stranger.text).not.toContain(first.body.caseId);
    expect(stranger.text).not.toContain(first.body.reference);

    // An intake agent elsewhere may file for Tanger: a case of its own, not the first one.
    const other = await api.post('/api/v1/reports', report(), tokens['u-meknes-intake'], { 'Idempotency-Key': key });
    expect(other.status).toBe(201);
    expect(other.body.caseId).not.toBe(first.body.caseId);
    expect(other.body.reference).not.toBe(first.body.reference);
    expect(await stack.db.idempotencyRecord.count({ where: { key } })).toBe(2);
  });

  test('a key is per operation: the same key on a complaint is not the report', async () => {
    const key = `op-${Date.now()}`;
    const filed = await api.post('/api/v1/reports', report(), tokens['u-tanger-coordinator'], { 'Idempotency-Key': key });
    expect(filed.status).toBe(201);
    const complaint = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', channel: 'API', text: 'same key, another operation' }, tokens['u-tanger-coordinator'], { 'Idempotency-Key': key });
    expect(complaint.status).toBe(201);
    expect(complaint.body.id).not.toBe(filed.body.caseId);
  });

  test("a pathway action: another caller's replay of the key is a fresh update, judged on its own", async () => {
    const created = await api.post('/api/v1/reports', report(), tokens['u-tanger-intake']);
    const caseId = created.body.caseId as string;
    await eventually(async () => (await stack.db.openStep.count({ where: { caseId, step: 'ACKNOWLEDGEMENT' } })) > 0);
    const key = `ack-${caseId}`;
    const ack = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, tokens['u-tanger-coordinator'], { 'Idempotency-Key': key });
    expect(ack.status).toBe(200);
    // the same caller's retry: the same update, the same answer
    const retry = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, tokens['u-tanger-coordinator'], { 'Idempotency-Key': key });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(ack.body);
    // the head of centre with the coordinator's key: no step awaits an acknowledgement any more
    const head = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, tokens['u-tanger-head'], { 'Idempotency-Key': key });
    expect(head.status).toBe(409);
    // a coordinator of another province: refused, whatever the key
    expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, tokens['u-meknes-coordinator'], { 'Idempotency-Key': key })).status).toBe(403);
  });
});

describe('answers that can carry personal data', () => {
  test('every /api/v1 answer says Cache-Control: no-store, errors included', async () => {
    const created = await api.post('/api/v1/reports', report(), tokens['u-tanger-intake']);
    const answers = [
      created,
      await api.get(`/api/v1/cases/${created.body.caseId}`, tokens['u-tanger-coordinator']),
      await api.get('/api/v1/cases', tokens['u-tanger-coordinator']),
      await api.get(`/api/v1/cases/${created.body.caseId}`, tokens['u-meknes-coordinator']),
      await api.get('/api/v1/cases'),
    ];
    expect(answers.map((r) => [r.status, r.headers.get('cache-control')])).toEqual([
      [201, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
      [403, 'no-store'],
      [401, 'no-store'],
    ]);
  });

  test('initials are whole characters: an emoji, a letter with its combining accent, a family emoji', async () => {
    const names: [Record<string, unknown>, string][] = [
      [{ firstName: '😀Ali', lastName: 'Benali' }, '😀.B.'],
      [{ firstName: 'E\u0301lodie', lastName: '👨‍👩‍👧 Idrissi' }, 'E\u0301.👨‍👩‍👧.'],
    ];
    for (const [child, initials] of names) {
      const created = await api.post('/api/v1/reports', report({ ...child, sex: 'F', dateOfBirth: '2015-05-05' }), tokens['u-tanger-intake']);
      expect(created.status).toBe(201);
      const seen = await api.get(`/api/v1/cases/${created.body.caseId}`, tokens['u-tanger-delegate']);
      expect(seen.status).toBe(200);
      expect(seen.body.child.initials).toBe(initials);
      expect(seen.text).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    }
  });
});
