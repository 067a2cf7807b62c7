// The first vertical slice over HTTP against the real PostgreSQL, Redis and
// Temporal dev server: a report opens a case and its pathway; the pathway is
// visible to the Temporal CLI; idempotency, validation and province checks.
import { execFileSync } from 'node:child_process';
import { hashApiKey } from '../../apps/api/src/auth/authenticator';
import { startStack, eventually, type Stack } from '../support/stack';

let stack: Stack;
let intake: string;
let coordinator: string;

beforeAll(async () => {
  stack = await startStack();
  intake = await stack.token('u-tanger-intake');
  coordinator = await stack.token('u-tanger-coordinator');
});
afterAll(async () => {
  await stack?.stop();
});

const report = (over: Record<string, unknown> = {}) => ({
  provinceCode: 'TANGER_ASSILAH',
  entryPoint: 'GREEN_LINE',
  category: 'NEGLECT',
  riskLevel: 'MEDIUM',
  narrative: 'Enfant seul le soir, signalé par une voisine.',
  child: { firstName: 'Yasmine', lastName: 'Benali', sex: 'F', dateOfBirth: '2015-03-14' },
  // each test files about another girl of the same name (identification: test/integration/identification.test.ts)
  fileAsNew: true,
  ...over,
});

async function post(path: string, body: unknown, token: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, any> };
}

async function get(path: string, token?: string) {
  const res = await fetch(`${stack.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

test('a report opens a case whose pathway runs and is visible to the Temporal CLI', async () => {
  const created = await post('/api/v1/reports', report(), intake);
  expect(created.status).toBe(201);
  expect(created.body.workflowId).toBe(`case-${created.body.caseId}`);
  expect(created.body.reference).toMatch(/^MSR-\d{4}-[0-9A-F]{8}$/);

  const row = await stack.db.case.findUniqueOrThrow({ where: { id: created.body.caseId } });
  expect(row.provinceCode).toBe('TANGER_ASSILAH');

  const cli = process.env.MASAR_TEMPORAL_CLI_PATH;
  if (cli) {
    const out = execFileSync(cli, ['workflow', 'describe', '--workflow-id', created.body.workflowId, '--address', process.env.TEMPORAL_ADDRESS!, '--namespace', process.env.TEMPORAL_NAMESPACE!, '--output', 'json'], { encoding: 'utf8' });
    const described = JSON.parse(out);
    expect(described.workflowExecutionInfo.status).toBe('WORKFLOW_EXECUTION_STATUS_RUNNING');
    expect(described.workflowExecutionInfo.type.name).toBe('caseWorkflow');
    // Encrypted: the child's name is not readable in what the server stores.
    expect(out).not.toContain('Yasmine');
  }

  const seen = await eventually(async () => {
    const r = await get(`/api/v1/cases/${created.body.caseId}`, coordinator);
    return r.status === 200 && r.body.pathway.openSteps.length > 0 ? r : null;
  });
  expect(seen.body.pathway.stage).toBe('REPORTED');
  expect(seen.body.pathway.openSteps[0].step).toBe('ACKNOWLEDGEMENT');
  expect(seen.body.child.firstName).toBe('Yasmine');
});

test('the same Idempotency-Key returns the same case, not a second one', async () => {
  const key = `key-${Date.now()}`;
  const body = report({ narrative: 'idempotency check' });
  const [a, b] = await Promise.all([post('/api/v1/reports', body, intake, { 'Idempotency-Key': key }), post('/api/v1/reports', body, intake, { 'Idempotency-Key': key })]);
  const c = await post('/api/v1/reports', body, intake, { 'Idempotency-Key': key });
  expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
  expect(b.body.caseId).toBe(a.body.caseId);
  expect(c.body.caseId).toBe(a.body.caseId);
  expect(await stack.db.report.count({ where: { narrative: 'idempotency check' } })).toBe(1);
  const reused = await post('/api/v1/reports', { ...body, narrative: 'another body' }, intake, { 'Idempotency-Key': key });
  expect(reused.status).toBe(422);
});

test('an invalid report is a 400 problem listing each field, and writes nothing', async () => {
  const before = await stack.db.report.count();
  const bad = await post('/api/v1/reports', { provinceCode: 'tanger', category: 'NOPE', riskLevel: 3, child: { dateOfBirth: '14/03/2015' } }, intake);
  expect(bad.status).toBe(400);
  expect(bad.type).toContain('application/problem+json');
  const fields = bad.body.errors.map((e: { field: string }) => e.field);
  expect(fields).toEqual(expect.arrayContaining(['provinceCode', 'entryPoint', 'category', 'riskLevel', 'narrative', 'child.dateOfBirth']));
  const notJson = await post('/api/v1/reports', '{not json', intake);
  expect(notJson.status).toBe(400);
  expect(await stack.db.report.count()).toBe(before);
});

test('an unknown province or a birth date in the future is a 422, and writes nothing', async () => {
  // The national green line files for every province with an API key.
  const key = `greenline-${Date.now()}`;
  await stack.db.apiKey.create({ data: { id: key, name: 'green line', hash: hashApiKey(key), prefix: key.slice(-12), role: 'INTAKE', scope: 'NATIONAL', provinceCode: null, expiresAt: new Date(Date.now() + 3_600_000) } });
  const before = await stack.db.case.count();
  const unknown = await post('/api/v1/reports', report({ provinceCode: 'ATLANTIS' }), '', { 'X-Api-Key': key });
  expect(unknown.status).toBe(422);
  expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'provinceCode' })]);
  const future = await post('/api/v1/reports', report({ child: { dateOfBirth: '2999-01-01' } }), intake);
  expect(future.status).toBe(422);
  expect(future.body.errors[0].field).toBe('child.dateOfBirth');
  expect(await stack.db.case.count()).toBe(before);
});

test('the case team cannot file for another province (an intake agent files for any); a supervisor does not file', async () => {
  const other = await post('/api/v1/reports', report({ provinceCode: 'MEKNES' }), coordinator);
  expect(other.status).toBe(403);
  const supervisor = await post('/api/v1/reports', report(), await stack.token('u-national-supervisor'));
  expect(supervisor.status).toBe(403);
});

test('without a token: 401; health reports each service', async () => {
  const res = await fetch(`${stack.baseUrl}/api/v1/reports`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(401);
  const health = await get('/health');
  expect(health.status).toBe(200);
  expect(health.body.checks).toEqual({
    postgres: expect.objectContaining({ status: 'up' }),
    redis: expect.objectContaining({ status: 'up' }),
    temporal: expect.objectContaining({ status: 'up' }),
  });
});

test('the OpenAPI document lists the endpoints', async () => {
  const doc = await get('/api/docs-json');
  expect(doc.status).toBe(200);
  expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/reports', '/api/v1/cases/{id}', '/health']));
});
