// Two POSTs with one Idempotency-Key at the same moment: both get the first
// answer (same status, same id), exactly one row is written, and a reuse of
// the key with another body at the same moment is refused (422), never a 500.
// Several rounds, each with a fresh key, so that the two requests do race past
// the stored-answer lookup and into the unique key at least once.
import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from '../support/stack';
import { http, type HttpResult } from '../support/http';

const ROUNDS = 5;

let stack: Stack;
let api: ReturnType<typeof http>;
let coordinator: string;
let caseId: string;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  api = http(stack.baseUrl);
  coordinator = await stack.token('u-tanger-coordinator');
  const created = await api.post('/api/v1/reports', report('the case the complaints are about'), coordinator);
  expect(created.status).toBe(201);
  caseId = created.body.caseId;
});
afterAll(async () => {
  await stack?.stop();
});

function report(narrative: string) {
  return {
    provinceCode: 'TANGER_ASSILAH',
    entryPoint: 'GREEN_LINE',
    category: 'NEGLECT',
    riskLevel: 'MEDIUM',
    narrative,
    child: { firstName: 'Salma', sex: 'F', dateOfBirth: '2014-06-01' },
  };
}

/** The same request twice at once, with one key. */
function twice(path: string, bodies: [unknown, unknown], key: string): Promise<HttpResult[]> {
  return Promise.all(bodies.map((b) => api.post(path, b, coordinator, { 'Idempotency-Key': key })));
}

test('two complaints with one key at once: both 201 with the same id, one row, one audit entry', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    for (const about of [{ caseId }, {}]) {
      const text = `complaint ${randomUUID()}`;
      const body = { provinceCode: 'TANGER_ASSILAH', channel: 'GREEN_LINE', text, ...about };
      const [a, b] = await twice('/api/v1/complaints', [body, body], `complaint-race-${randomUUID()}`);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.body.id).toBe(a.body.id);
      expect(b.body).toEqual(a.body);
      expect(await stack.db.complaint.count({ where: { text } })).toBe(1);
      expect(await stack.db.auditEntry.count({ where: { action: 'complaint.create', resource: `complaint/${a.body.id}` } })).toBe(1);
    }
  }
});

test('two reports with one key at once: both 201 with the same case and report, one row of each', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const narrative = `report ${randomUUID()}`;
    const [a, b] = await twice('/api/v1/reports', [report(narrative), report(narrative)], `report-race-${randomUUID()}`);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.caseId).toBe(a.body.caseId);
    expect(b.body.reportId).toBe(a.body.reportId);
    expect(await stack.db.report.count({ where: { narrative } })).toBe(1);
    expect(await stack.db.case.count({ where: { id: a.body.caseId } })).toBe(1);
  }
});

test('one key, two different bodies at once: one is recorded (201), the other refused (422), never a 500', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const texts = [`first ${randomUUID()}`, `second ${randomUUID()}`];
    const results = await twice(
      '/api/v1/complaints',
      [
        { provinceCode: 'TANGER_ASSILAH', channel: 'LETTER', text: texts[0] },
        { provinceCode: 'TANGER_ASSILAH', channel: 'LETTER', text: texts[1] },
      ],
      `complaint-reuse-${randomUUID()}`,
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    const refused = results.find((r) => r.status === 422)!;
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await stack.db.complaint.count({ where: { text: { in: texts } } })).toBe(1);
  }
});
