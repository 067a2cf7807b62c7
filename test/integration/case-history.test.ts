// A case's history is the whole story, read from PostgreSQL: the referral's
// opening and deadline, its alert (level, role) and delivery (address masked
// where the rule says), the provider's acceptance with who accepted, the
// record and the reads of the file, in order, each with its actor; and it is
// still complete once the case's workflows are gone from Temporal.
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

let stack: Stack;
let api: ReturnType<typeof http>;
let temporal: Client;
let connection: Connection;
const t: Record<string, string> = {};
const NARRATIVE = 'Enfant vue seule au marché de Derb Ghallef';

beforeAll(async () => {
  stack = await startStack({ alerts: true });
  api = http(stack.baseUrl);
  for (const u of ['intake', 'coordinator', 'head', 'provider-upe']) t[u] = await stack.token(`u-casablanca-${u}`);
  t.supervisor = await stack.token('u-national-supervisor');
  t.auditor = await stack.token('u-national-auditor');
  // Casablanca, LOW risk: a referral must be accepted within 3 s, then a level every 10 min.
  const admin = await stack.token('u-national-admin');
  for (const [step, duration] of [['REFERRAL_ACCEPTANCE', 'PT3S'], ['ESCALATION_INTERVAL', 'PT10M']]) {
    expect((await api.put('/api/v1/policies', { provinceCode: 'CASABLANCA', step, riskLevel: 'LOW', duration }, admin)).status).toBe(200);
  }
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE! });
});
afterAll(async () => {
  await connection?.close();
  await stack?.stop();
});

interface Entry {
  at: string;
  source: string;
  type: string;
  summary: string;
  actor: { userId: string; role: string | null } | null;
  referralId?: string;
  details?: Record<string, any>;
}

const act = (caseId: string, action: string, body: unknown, who: string) => api.post(`/api/v1/cases/${caseId}/${action}`, body, t[who]);
async function history(caseId: string, who: string): Promise<{ total: number; items: Entry[]; text: string }> {
  const r = await api.get(`/api/v1/cases/${caseId}/history?pageSize=500`, t[who]);
  expect(r.status).toBe(200);
  return { total: r.body.total, items: r.body.items, text: r.text };
}

test('the history merges the case, the referral, its alert and delivery, the acceptance, the record and the reads, in order; it outlives the workflows', async () => {
  const filed = await api.post(
    '/api/v1/reports',
    { provinceCode: 'CASABLANCA', entryPoint: 'UPE', category: 'NEGLECT', riskLevel: 'LOW', narrative: NARRATIVE, fileAsNew: true, child: { firstName: 'Nouhaila', lastName: 'Berrada', sex: 'F', dateOfBirth: '2014-02-11' } },
    t.intake,
  );
  expect(filed.status).toBe(201);
  const { caseId, workflowId } = filed.body;
  await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, t.coordinator)).body.pathway?.openSteps?.length > 0);
  expect((await act(caseId, 'acknowledge', {}, 'coordinator')).status).toBe(200);
  expect((await act(caseId, 'assessment', { summary: 'Négligence confirmée, suivi psychologique', needs: ['PSYCHOLOGICAL'] }, 'coordinator')).status).toBe(200);
  expect((await act(caseId, 'consent', { givenBy: 'GUARDIAN', documentRef: 'form-7' }, 'coordinator')).status).toBe(200);
  const referral = await act(caseId, 'referrals', { organisationId: 'org-casablanca-upe', service: 'PSYCHOLOGICAL' }, 'coordinator');
  expect(referral.status).toBe(201);
  const { referralId } = referral.body;

  // The provider lets the deadline pass: level 0 of the ladder alerts them (and the row is delivered).
  await eventually(async () => (await stack.db.escalation.count({ where: { caseId, step: 'REFERRAL_ACCEPTANCE', level: 0 } })) === 1, { timeoutMs: 20_000 });
  await eventually(async () => (await stack.db.delivery.count({ where: { caseId, step: 'REFERRAL_ACCEPTANCE', level: 0, status: { in: ['SENT', 'DELIVERED'] } } })) > 0, { timeoutMs: 20_000 });
  const accepted = await api.post(`/api/v1/referrals/${referralId}/accept`, {}, t['provider-upe']);
  expect(accepted.status).toBe(200);
  await eventually(async () => (await stack.db.pathwayEvent.count({ where: { caseId, type: 'REFERRAL_ACCEPTED' } })) === 1);
  // a read of the file
  expect((await api.get(`/api/v1/cases/${caseId}`, t.head)).status).toBe(200);

  const story = await history(caseId, 'supervisor');
  const items = story.items;
  const at = (pred: (e: Entry) => boolean, what: string): number => {
    const i = items.findIndex(pred);
    if (i < 0) throw new Error(`no ${what} in ${JSON.stringify(items.map((e) => e.type))}`);
    return i;
  };
  const reported = at((e) => e.type === 'REPORT_FILED', 'report');
  const acknowledged = at((e) => e.type === 'ACKNOWLEDGED', 'acknowledgement');
  const written = at((e) => e.source === 'RECORD' && e.details?.kind === 'ASSESSMENT', 'record entry');
  const created = at((e) => e.type === 'REFERRAL_CREATED', 'referral');
  const opened = at((e) => e.type === 'STEP_OPENED' && e.referralId === referralId && e.details?.step === 'REFERRAL_ACCEPTANCE', 'referral deadline');
  const escalated = at((e) => e.type === 'ESCALATED' && e.referralId === referralId, 'escalation');
  const delivered = at((e) => e.type === 'ALERT_DELIVERY' && e.referralId === referralId && e.details?.level === 0, 'delivery');
  const acceptance = at((e) => e.type === 'REFERRAL_ACCEPTED', 'acceptance');
  const read = at((e) => e.source === 'AUDIT' && e.details?.action === 'case.read' && e.actor?.userId === 'u-casablanca-head', 'read of the file');

  expect(items[reported].actor).toEqual({ userId: 'u-casablanca-intake', role: 'INTAKE' });
  expect(items[acknowledged].actor).toEqual({ userId: 'u-casablanca-coordinator', role: 'COORDINATOR' });
  expect(items[written].actor).toEqual({ userId: 'u-casablanca-coordinator', role: 'COORDINATOR' });
  expect(items[created].actor).toEqual({ userId: 'u-casablanca-coordinator', role: 'COORDINATOR' });
  expect(items[opened].details).toMatchObject({ step: 'REFERRAL_ACCEPTANCE', provinceCode: 'CASABLANCA', dueAt: expect.any(String) });
  expect(Date.parse(items[opened].details!.dueAt) - Date.parse(items[opened].at)).toBe(3000);
  expect(items[escalated].details).toMatchObject({ step: 'REFERRAL_ACCEPTANCE', level: 0, role: 'ASSIGNEE', delivered: true });
  expect(Date.parse(items[escalated].at)).toBeGreaterThanOrEqual(Date.parse(items[opened].details!.dueAt));
  expect(items[delivered].details).toMatchObject({ recipient: { userId: 'u-casablanca-provider-upe', role: 'PROVIDER' }, level: 0 });
  expect(items[acceptance].actor).toEqual({ userId: 'u-casablanca-provider-upe', role: 'PROVIDER' });
  expect(items[acceptance].referralId).toBe(referralId);
  expect(items[read].actor).toEqual({ userId: 'u-casablanca-head', role: 'HEAD_OF_CENTRE' });

  // in order
  expect(reported).toBeLessThan(acknowledged);
  expect(acknowledged).toBeLessThan(created);
  expect(written).toBeLessThan(created);
  expect(opened).toBeLessThan(escalated);
  expect(escalated).toBeLessThan(delivered);
  expect(delivered).toBeLessThan(acceptance);
  expect(acceptance).toBeLessThan(read);
  const times = items.map((e) => Date.parse(e.at));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  // a supervisor reads the address in clear (delivery.address), the narrative too
  expect(items[delivered].details!.address).toMatch(/^[^*]+@masar\.example\.ma$|^\+212\d+$/);
  expect(story.text).toContain(NARRATIVE);

  // The auditor: initials at most, no free text, addresses masked.
  const audited = await history(caseId, 'auditor');
  expect(audited.text).not.toMatch(/Nouhaila|Berrada|Derb Ghallef|Négligence confirmée/);
  const auditedDelivery = audited.items.find((e) => e.type === 'ALERT_DELIVERY' && e.referralId === referralId && e.details?.level === 0)!;
  expect(auditedDelivery.details!.address).toContain('*');
  expect(audited.items.find((e) => e.type === 'REFERRAL_ACCEPTED')!.actor).toEqual({ userId: 'u-casablanca-provider-upe', role: 'PROVIDER' });

  // The workflows are gone from Temporal (terminated, then deleted): the history does not need them.
  const withoutReads = (es: Entry[]) => es.filter((e) => e.source !== 'AUDIT').map((e) => `${e.at} ${e.type} ${e.summary}`);
  const before = withoutReads((await history(caseId, 'supervisor')).items);
  for (const id of [workflowId, `referral-${referralId}`]) {
    await temporal.workflow.getHandle(id).terminate('retention test');
    await temporal.workflowService.deleteWorkflowExecution({ namespace: process.env.TEMPORAL_NAMESPACE!, workflowExecution: { workflowId: id } });
  }
  await eventually(async () => {
    try {
      await temporal.workflow.getHandle(workflowId).describe();
      return false;
    } catch (e) {
      if (!(e instanceof WorkflowNotFoundError)) throw e;
      return true;
    }
  }, { timeoutMs: 60_000 }); // deletion runs in the server's background: slow on a loaded machine
  const after = await history(caseId, 'supervisor');
  expect(withoutReads(after.items)).toEqual(before);
  expect(after.items.filter((e) => e.source === 'AUDIT' && e.details?.action === 'case.history.read').length).toBeGreaterThanOrEqual(3);
}, 150_000);
