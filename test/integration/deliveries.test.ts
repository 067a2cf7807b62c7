// The alerts of a case over HTTP: a real ladder (a policy of seconds), real
// deliveries (SMTP sink, SMSC with receipts), then the listing grouped by
// alert, newest first, with addresses masked for everyone but supervisors and
// administrators, province-scoped and audited.
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

let stack: Stack;
let api: ReturnType<typeof http>;
let caseId: string;

const COORDINATOR_EMAIL = 'coordinator.marrakech@masar.example.ma';
const HEAD_EMAIL = 'head.marrakech@masar.example.ma';

interface DeliveryView {
  recipientId: string;
  channel: string;
  address: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}
interface AlertView {
  alertKey: string;
  workflowId: string;
  step: string;
  level: number;
  ladderRole: string;
  createdAt: string;
  deliveries: DeliveryView[];
}

beforeAll(async () => {
  stack = await startStack({ alerts: true });
  api = http(stack.baseUrl);
  const admin = await stack.token('u-national-admin');
  // Marrakech: acknowledgement due in 2 s, then a level every 2 s. A MEDIUM report: the alerts
  // listed are the ladder's only (an urgent report also alerts on arrival: escalation-over-http).
  for (const [step, duration] of [['ACKNOWLEDGEMENT', 'PT2S'], ['ESCALATION_INTERVAL', 'PT2S']]) {
    const r = await api.put('/api/v1/policies', { provinceCode: 'MARRAKECH', step, riskLevel: 'MEDIUM', duration }, admin);
    expect(r.status).toBe(200);
  }
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: 'MARRAKECH', entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'MEDIUM', narrative: 'طفل وحده في الليل', child: { firstName: 'Salma', dateOfBirth: '2014-05-02' } },
    await stack.token('u-marrakech-intake'),
  );
  expect(created.status).toBe(201);
  caseId = created.body.caseId;
  const { reference } = created.body;

  // Level 0 (the coordinators), then level 1 (the head of centre); the acknowledgement stops the ladder there.
  await eventually(async () => stack.smtp!.to(HEAD_EMAIL).some((m) => m.mail.subject?.includes(reference)), { timeoutMs: 20_000 });
  const ack = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, await stack.token('u-marrakech-coordinator'));
  expect(ack.status).toBe(200);
  // Every email accepted, every SMS receipted.
  await eventually(
    async () => {
      const rows = await stack.db.delivery.findMany({ where: { caseId }, select: { channel: true, status: true } });
      return rows.length === 4 && rows.every((r) => r.status === (r.channel === 'EMAIL' ? 'SENT' : 'DELIVERED'));
    },
    { timeoutMs: 20_000 },
  );
});
afterAll(async () => {
  await stack?.stop();
});

test('a coordinator of the province sees each alert with its deliveries, newest first, addresses masked; the read is audited', async () => {
  const r = await api.get(`/api/v1/cases/${caseId}/deliveries`, await stack.token('u-marrakech-coordinator'));
  expect(r.status).toBe(200);
  expect(r.body.caseId).toBe(caseId);
  expect(r.body.nextCursor).toBeNull();
  const items = r.body.items as AlertView[];
  expect(items.map((a) => [a.level, a.ladderRole, a.step])).toEqual([
    [1, 'HEAD_OF_CENTRE', 'ACKNOWLEDGEMENT'],
    [0, 'ASSIGNEE', 'ACKNOWLEDGEMENT'],
  ]);
  expect(Date.parse(items[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(items[1].createdAt));
  const rows = await stack.db.delivery.findMany({ where: { caseId } });
  for (const alert of items) {
    expect(alert.workflowId).toBe(`case-${caseId}`);
    expect(alert.alertKey.startsWith(`case-${caseId}:`)).toBe(true);
    // One per recipient and channel, all of this alert's rows and only them.
    const own = rows.filter((d) => d.key.startsWith(`${alert.alertKey}:`));
    expect(alert.deliveries.map((d) => `${d.recipientId}:${d.channel}`).sort()).toEqual(own.map((d) => `${d.recipientId}:${d.channel}`).sort());
  }
  const [head, coordinator] = items;
  expect(head.deliveries.map((d) => [d.recipientId, d.channel, d.status])).toEqual([
    ['u-marrakech-head', 'EMAIL', 'SENT'],
    ['u-marrakech-head', 'SMS', 'DELIVERED'],
  ]);
  expect(coordinator.deliveries.map((d) => [d.recipientId, d.channel, d.status])).toEqual([
    ['u-marrakech-coordinator', 'EMAIL', 'SENT'],
    ['u-marrakech-coordinator', 'SMS', 'DELIVERED'],
  ]);
  for (const d of [...head.deliveries, ...coordinator.deliveries]) {
    expect(d.attempts).toBe(1);
    expect(Date.parse(d.sentAt!)).toBeGreaterThanOrEqual(Date.parse(d.createdAt));
    expect(d.failedAt).toBeNull();
    if (d.channel === 'SMS') expect(Date.parse(d.deliveredAt!)).toBeGreaterThanOrEqual(Date.parse(d.sentAt!));
    else expect(d.deliveredAt).toBeNull();
  }
  expect(head.deliveries[0].address).toBe('h***@masar.example.ma');
  expect(coordinator.deliveries[0].address).toBe('c***@masar.example.ma');
  expect(head.deliveries[1].address).toMatch(/^\+2126\*{4}\d\d$/);
  // No address in clear anywhere in the answer.
  for (const row of rows) expect(r.text).not.toContain(row.address.replace(/^\+/, ''));

  const audited = await stack.db.auditEntry.findMany({ where: { caseId, action: 'case.deliveries.read', actorId: 'u-marrakech-coordinator' } });
  expect(audited).toHaveLength(1);
  expect(audited[0]).toMatchObject({ actorRole: 'COORDINATOR', outcome: 'OK' });
  expect(audited[0].requestId).toBe(r.headers.get('x-request-id'));
});

test('a supervisor sees the addresses in clear; an auditor sees them masked', async () => {
  const rows = await stack.db.delivery.findMany({ where: { caseId } });
  const supervisor = await api.get(`/api/v1/cases/${caseId}/deliveries`, await stack.token('u-national-supervisor'));
  expect(supervisor.status).toBe(200);
  const seen = (supervisor.body.items as AlertView[]).flatMap((a) => a.deliveries.map((d) => [`${d.recipientId}:${d.channel}`, d.address]));
  expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(rows.map((d) => [`${d.recipientId}:${d.channel}`, d.address])));
  expect(seen.map(([, a]) => a)).toEqual(expect.arrayContaining([HEAD_EMAIL, COORDINATOR_EMAIL]));

  const auditor = await api.get(`/api/v1/cases/${caseId}/deliveries`, await stack.token('u-national-auditor'));
  expect(auditor.status).toBe(200);
  for (const row of rows) expect(auditor.text).not.toContain(row.address.replace(/^\+/, ''));
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'case.deliveries.read', actorId: { in: ['u-national-supervisor', 'u-national-auditor'] } } })).toBe(2);
});

test('paged by alert: a cursor leads to the older alerts; a forged cursor is refused', async () => {
  const token = await stack.token('u-marrakech-head');
  const first = await api.get(`/api/v1/cases/${caseId}/deliveries?limit=1`, token);
  expect(first.status).toBe(200);
  expect(first.body.items.map((a: AlertView) => a.level)).toEqual([1]);
  expect(first.body.nextCursor).toEqual(expect.any(String));
  const second = await api.get(`/api/v1/cases/${caseId}/deliveries?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`, token);
  expect(second.status).toBe(200);
  expect(second.body.items.map((a: AlertView) => a.level)).toEqual([0]);
  expect(second.body.items[0].deliveries).toHaveLength(2);
  expect(second.body.nextCursor).toBeNull();

  const forged = await api.get(`/api/v1/cases/${caseId}/deliveries?cursor=bm90LWEtY3Vyc29y`, token);
  expect(forged.status).toBe(400);
  expect(forged.headers.get('content-type')).toContain('application/problem+json');
  const tooMany = await api.get(`/api/v1/cases/${caseId}/deliveries?limit=1000`, token);
  expect(tooMany.status).toBe(400);
});

test('another province’s coordinator is refused (403), a role outside the file too; an unknown case is 404', async () => {
  const other = await api.get(`/api/v1/cases/${caseId}/deliveries`, await stack.token('u-tanger-coordinator'));
  expect(other.status).toBe(403);
  expect(other.headers.get('content-type')).toContain('application/problem+json');
  expect(other.text).not.toContain('masar.example.ma');
  const intake = await api.get(`/api/v1/cases/${caseId}/deliveries`, await stack.token('u-marrakech-intake'));
  expect(intake.status).toBe(403);
  const provider = await api.get(`/api/v1/cases/${caseId}/deliveries`, await stack.token('u-marrakech-provider-upe'));
  expect(provider.status).toBe(403);
  const unknown = await api.get('/api/v1/cases/00000000-0000-4000-8000-000000000000/deliveries', await stack.token('u-national-supervisor'));
  expect(unknown.status).toBe(404);
  expect(unknown.body.status).toBe(404);
  // refused reads are in the trail as refusals, never as reads
  const refusedReaders = { caseId, action: 'case.deliveries.read', actorId: { in: ['u-tanger-coordinator', 'u-marrakech-intake', 'u-marrakech-provider-upe'] } };
  expect(await stack.db.auditEntry.count({ where: { ...refusedReaders, outcome: 'OK' } })).toBe(0);
  expect(await stack.db.auditEntry.count({ where: { ...refusedReaders, outcome: 'REFUSED' } })).toBe(3);
});

test('the OpenAPI document describes the answer', async () => {
  const doc = await api.get('/api/docs-json');
  const op = doc.body.paths['/api/v1/cases/{id}/deliveries'].get;
  const schema = op.responses['200'].content['application/json'].schema;
  const resolved = schema.$ref ? doc.body.components.schemas[schema.$ref.split('/').pop()] : schema;
  expect(Object.keys(resolved.properties)).toEqual(expect.arrayContaining(['caseId', 'items', 'nextCursor']));
  expect(JSON.stringify(doc.body.components.schemas)).toContain('UNDELIVERABLE');
  expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'limit', 'cursor']));
});
