// PostgreSQL goes away under the API (every connection dropped, new ones
// refused) and comes back: while it is down the API answers 503 with
// Retry-After, never a 500 and never a partial write; then it recovers alone.
import { CuttableProxy, fileReports, startFaultStack, type FaultStack } from './fault-stack';

let s: FaultStack;
let proxy: CuttableProxy;

beforeAll(async () => {
  const db = new URL(process.env.DATABASE_URL!);
  proxy = new CuttableProxy({ host: db.hostname, port: Number(db.port || 5432) });
  await proxy.open();
  const viaProxy = new URL(db);
  viaProxy.port = String(proxy.port);
  // Only the API goes through the proxy; the worker and the test read PostgreSQL directly.
  s = await startFaultStack({ API_DATABASE_URL: viaProxy.toString() });
}, 120_000);
afterAll(async () => {
  await s?.stop();
  await proxy?.cut().catch(() => undefined);
});

test('503 with Retry-After while PostgreSQL is down, no partial write, recovery without restart', async () => {
  const [known] = await fileReports(s, 'rabat', 'RABAT', 1, 'LOW');
  const intake = await s.token('u-rabat-intake');
  const coordinator = await s.token('u-rabat-coordinator');
  const before = { cases: await s.db.case.count(), reports: await s.db.report.count(), children: await s.db.child.count() };

  await proxy.cut();
  const report = { provinceCode: 'RABAT', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'pendant la panne', child: { estimatedAge: 9 } };
  const answers = [
    await s.api.post('/api/v1/reports', report, intake, { 'Idempotency-Key': 'during-outage' }),
    await s.api.get(`/api/v1/cases/${known.caseId}`, coordinator),
    await s.api.get('/api/v1/cases', coordinator),
    await s.api.post(`/api/v1/cases/${known.caseId}/acknowledge`, {}, coordinator),
  ];
  for (const a of answers) {
    expect(a.status).toBe(503);
    expect(a.headers.get('retry-after')).toBeTruthy();
    expect(a.headers.get('content-type')).toContain('application/problem+json');
  }
  const health = await s.api.get('/health');
  expect(health.status).toBe(503);
  expect(health.body.checks.postgres.status).toBe('down');
  expect(health.body.checks.temporal.status).toBe('up');
  expect({ cases: await s.db.case.count(), reports: await s.db.report.count(), children: await s.db.child.count() }).toEqual(before);

  await proxy.open();
  const again = await s.api.post('/api/v1/reports', report, intake, { 'Idempotency-Key': 'during-outage' });
  expect(again.status).toBe(201);
  expect((await s.api.get(`/api/v1/cases/${known.caseId}`, coordinator)).status).toBe(200);
  expect(await s.db.case.count()).toBe(before.cases + 1);
});
