// The API as the boundary that protects children's data: roles and province
// scoping, the append-only audit trail, encrypted histories and the codec
// endpoint, the supervision timeline, policies, indicators and complaints.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { temporal } from '@temporalio/proto';
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

const execFileAsync = promisify(execFile);
let stack: Stack;
let api: ReturnType<typeof http>;
const tokens: Record<string, string> = {};
let caseId: string;
let workflowId: string;

const CHILD = { firstName: 'Nadia', lastName: 'Amrani', sex: 'F', dateOfBirth: '2014-06-02' };
const NARRATIVE = 'Signalement confidentiel numero 4711 par la cellule scolaire';

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-tanger-delegate', 'u-tanger-committee', 'u-tanger-provider-upe', 'u-meknes-coordinator', 'u-meknes-committee', 'u-national-supervisor', 'u-national-auditor', 'u-national-admin']) {
    tokens[u] = await stack.token(u);
  }
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'PSYCHOLOGICAL_VIOLENCE', riskLevel: 'HIGH', narrative: NARRATIVE, child: CHILD },
    tokens['u-tanger-intake'],
  );
  expect(created.status).toBe(201);
  caseId = created.body.caseId;
  workflowId = created.body.workflowId;
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId } })) > 0);
});
afterAll(async () => {
  await stack?.stop();
});

describe('roles and provinces', () => {
  test('a coordinator of another province cannot read the case (403); unknown case is 404', async () => {
    expect((await api.get(`/api/v1/cases/${caseId}`, tokens['u-meknes-coordinator'])).status).toBe(403);
    expect((await api.get(`/api/v1/cases/00000000-0000-4000-8000-000000000000`, tokens['u-tanger-coordinator'])).status).toBe(404);
    expect((await api.get(`/api/v1/cases/not-a-uuid`, tokens['u-tanger-coordinator'])).status).toBe(400);
  });

  test('a provider cannot open a case file; a delegate sees initials but not the name', async () => {
    expect((await api.get(`/api/v1/cases/${caseId}`, tokens['u-tanger-provider-upe'])).status).toBe(403);
    const delegate = await api.get(`/api/v1/cases/${caseId}`, tokens['u-tanger-delegate']);
    expect(delegate.status).toBe(200);
    expect(delegate.body.child.initials).toBe('N.A.');
    expect(delegate.text).not.toContain('Nadia');
    const coordinator = await api.get(`/api/v1/cases/${caseId}`, tokens['u-tanger-coordinator']);
    expect(coordinator.body.child.firstName).toBe('Nadia');
  });

  test('a forged or expired token is a 401', async () => {
    expect((await api.get(`/api/v1/cases/${caseId}`, 'not.a.token')).status).toBe(401);
    const unknownUser = await stack.token('u-nobody');
    expect((await api.get(`/api/v1/cases/${caseId}`, unknownUser)).status).toBe(401);
  });
});

describe('audit trail', () => {
  test('reads and actions are appended; auditors list them; the table refuses updates and deletes', async () => {
    await api.get(`/api/v1/cases/${caseId}`, tokens['u-tanger-coordinator'], { 'x-request-id': 'req-audit-1' });
    const list = await api.get(`/api/v1/audit?caseId=${caseId}`, tokens['u-national-auditor']);
    expect(list.status).toBe(200);
    const actions = list.body.items.map((i: { action: string }) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['report.create', 'case.read']));
    const read = list.body.items.find((i: { requestId: string }) => i.requestId === 'req-audit-1');
    expect(read).toMatchObject({ actorId: 'u-tanger-coordinator', actorRole: 'COORDINATOR', action: 'case.read', caseId });
    expect((await api.get(`/api/v1/audit`, tokens['u-tanger-coordinator'])).status).toBe(403);
    await expect(stack.db.$executeRawUnsafe(`UPDATE "AuditEntry" SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(stack.db.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
  });
});

describe('encrypted histories', () => {
  test('without the codec the history hides the name and the report; the codec endpoint reveals them to a supervisor', async () => {
    const { Connection, Client } = await import('@temporalio/client');
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    const plainClient = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE! });
    const history = await plainClient.workflow.getHandle(workflowId).fetchHistory();
    await connection.close();
    const bytes = Buffer.from(temporal.api.history.v1.History.encode(history).finish()).toString('latin1');
    expect(bytes).not.toContain('Nadia');
    expect(bytes).not.toContain('4711');

    const started = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0];
    const asJson = {
      metadata: Object.fromEntries(Object.entries(started.metadata!).map(([k, v]) => [k, Buffer.from(v as Uint8Array).toString('base64')])),
      data: Buffer.from(started.data as Uint8Array).toString('base64'),
    };
    expect((await api.post('/codec/decode', { payloads: [asJson] }, tokens['u-tanger-coordinator'])).status).toBe(403);
    const decoded = await api.post('/codec/decode', { payloads: [asJson] }, tokens['u-national-supervisor']);
    expect(decoded.status).toBe(200);
    const text = Buffer.from(decoded.body.payloads[0].data, 'base64').toString('utf8');
    expect(text).toContain('Nadia');
    expect(text).toContain('4711');
  });

  test('the Temporal CLI shows the history in clear only through the codec endpoint with a supervisor token', async () => {
    const cli = process.env.MASAR_TEMPORAL_CLI_PATH;
    if (!cli) throw new Error('the Temporal CLI is needed (npm test installs it from PyPI)');
    const base = ['workflow', 'show', '--workflow-id', workflowId, '--address', process.env.TEMPORAL_ADDRESS!, '--namespace', process.env.TEMPORAL_NAMESPACE!, '--output', 'json'];
    // Asynchronously: the CLI calls back into the API served by this very process.
    const run = async (extra: string[]) => (await execFileAsync(cli, [...base, ...extra], { encoding: 'utf8', timeout: 30_000 })).stdout;
    // The CLI prints payload bytes in base64: look at the started event's input.
    const input = (out: string) => {
      const payload = JSON.parse(out).events[0].workflowExecutionStartedEventAttributes.input.payloads[0];
      return { encoding: Buffer.from(payload.metadata.encoding, 'base64').toString(), data: Buffer.from(payload.data, 'base64').toString('latin1') };
    };
    const raw = input(await run([]));
    expect(raw.encoding).toBe('binary/encrypted');
    expect(raw.data).not.toContain('Nadia');
    const shown = input(await run(['--codec-endpoint', `${stack.baseUrl}/codec`, '--codec-auth', `Bearer ${tokens['u-national-supervisor']}`]));
    expect(shown.encoding).toBe('json/plain');
    expect(shown.data).toContain('Nadia');
    expect(shown.data).toContain('4711');
    // The codec answers a coordinator 403: the CLI retries until it gives up, and prints nothing in clear.
    await expect(run(['--codec-endpoint', `${stack.baseUrl}/codec`, '--codec-auth', `Bearer ${tokens['u-tanger-coordinator']}`])).rejects.toMatchObject({
      message: expect.stringMatching(/failed getting next history event/),
      stdout: expect.not.stringContaining('Nadia'),
    });
  });

  test('CORS on the codec endpoint admits only the configured Temporal UI origin', async () => {
    const ok = await api.options('/codec/decode', { origin: stack.config.TEMPORAL_UI_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-namespace' });
    expect(ok.headers.get('access-control-allow-origin')).toBe(stack.config.TEMPORAL_UI_ORIGIN);
    const other = await api.options('/codec/decode', { origin: 'https://evil.example', 'access-control-request-method': 'POST' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a supervisor reads the decoded timeline, paged; a coordinator may not', async () => {
    const res = await api.get(`/api/v1/cases/${caseId}/history?pageSize=50&view=temporal`, tokens['u-national-supervisor']);
    expect(res.status).toBe(200);
    expect(res.body.items[0].summary).toMatch(/pathway started/);
    expect(JSON.stringify(res.body.items[0].details)).toContain('Nadia');
    expect(res.body.items.some((i: { type: string }) => i.type === 'TIMER_STARTED')).toBe(true);
    expect((await api.get(`/api/v1/cases/${caseId}/history`, tokens['u-tanger-coordinator'])).status).toBe(403);
  });
});

describe('policies', () => {
  test('a committee sets its own province, validated; not another province; everyone reads the effective table', async () => {
    const bad = await api.put('/api/v1/policies', { provinceCode: 'TANGER_ASSILAH', step: 'ACKNOWLEDGEMENT', riskLevel: 'LOW', duration: 'four hours' }, tokens['u-tanger-committee']);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('duration');
    const other = await api.put('/api/v1/policies', { provinceCode: 'TANGER_ASSILAH', step: 'ACKNOWLEDGEMENT', riskLevel: 'LOW', duration: 'PT2H' }, tokens['u-meknes-committee']);
    expect(other.status).toBe(403);
    const ok = await api.put('/api/v1/policies', { provinceCode: 'TANGER_ASSILAH', step: 'ACKNOWLEDGEMENT', riskLevel: 'LOW', duration: 'PT2H' }, tokens['u-tanger-committee']);
    expect(ok.status).toBe(200);
    const again = await api.put('/api/v1/policies', { provinceCode: 'TANGER_ASSILAH', step: 'ACKNOWLEDGEMENT', riskLevel: 'LOW', duration: 'PT3H' }, tokens['u-tanger-committee']);
    expect(again.body.id).toBe(ok.body.id);
    const table = await api.get('/api/v1/policies?provinceCode=TANGER_ASSILAH', tokens['u-tanger-coordinator']);
    const ack = table.body.effective.find((e: { step: string }) => e.step === 'ACKNOWLEDGEMENT');
    expect(ack.byRiskLevel.LOW).toEqual({ duration: 'PT3H', source: 'province' });
    expect(ack.byRiskLevel.IMMINENT).toEqual({ duration: 'PT1H', source: 'national' });
  });
});

describe('supervision and indicators', () => {
  test('an acknowledgement left past its deadline shows in overdue with how late', async () => {
    await api.put('/api/v1/policies', { provinceCode: 'SALE', step: 'ACKNOWLEDGEMENT', riskLevel: 'LOW', duration: 'PT1S' }, tokens['u-national-admin']);
    const created = await api.post(
      '/api/v1/reports',
      { provinceCode: 'SALE', entryPoint: 'POLICE', category: 'STREET_SITUATION', riskLevel: 'LOW', narrative: 'overdue check', child: { estimatedAge: 12 } },
      await stack.token('u-sale-intake'),
    );
    expect(created.status).toBe(201);
    const overdue = await eventually(async () => {
      const r = await api.get('/api/v1/supervision/overdue?provinceCode=SALE', tokens['u-national-supervisor']);
      return r.body.byProvince?.SALE?.find((s: { caseId: string }) => s.caseId === created.body.caseId) ? r : null;
    });
    const item = overdue.body.byProvince.SALE.find((s: { caseId: string }) => s.caseId === created.body.caseId);
    expect(item.step).toBe('ACKNOWLEDGEMENT');
    expect(item.lateMs).toBeGreaterThan(0);
    expect((await api.get('/api/v1/supervision/overdue?provinceCode=SALE', tokens['u-tanger-delegate'])).status).toBe(403);
  });

  test('indicators count reports per province and period, as JSON and CSV', async () => {
    const from = new Date(Date.now() - 3600_000).toISOString();
    const to = new Date(Date.now() + 3600_000).toISOString();
    const json = await api.get(`/api/v1/indicators?provinceCode=TANGER_ASSILAH&from=${from}&to=${to}`, tokens['u-tanger-committee']);
    expect(json.status).toBe(200);
    const psych = json.body.rows.find((r: { indicator: string; dimension: string }) => r.indicator === 'reports_by_category' && r.dimension === 'PSYCHOLOGICAL_VIOLENCE');
    // a count under the suppression threshold (5) is published as "< 5"
    if (typeof psych.value === 'number') expect(psych.value).toBeGreaterThanOrEqual(5);
    else expect(psych.value).toBe('< 5');
    const csv = await api.get(`/api/v1/indicators?provinceCode=TANGER_ASSILAH&from=${from}&to=${to}&format=csv`, tokens['u-tanger-committee']);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toBe('province,indicator,dimension,value,from,to');
    expect(csv.text).toContain('TANGER_ASSILAH,reports_by_category,PSYCHOLOGICAL_VIOLENCE,');
    expect((await api.get(`/api/v1/indicators?provinceCode=MEKNES&from=${from}&to=${to}`, tokens['u-tanger-committee'])).status).toBe(403);
  });

  test('complaints are recorded and listed for the province', async () => {
    const c = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', caseId, channel: 'GREEN_LINE', text: 'Personne ne rappelle la famille.' }, tokens['u-tanger-coordinator']);
    expect(c.status).toBe(201);
    const list = await api.get('/api/v1/complaints', tokens['u-tanger-committee']);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(c.body.id);
    expect((await api.post('/api/v1/complaints', { provinceCode: 'ATLANTIS', channel: 'API', text: 'x' }, tokens['u-national-admin'])).status).toBe(422);
  });
});
