// Workflow test harness: the real activity factory over in-memory ports, a
// stub of the alert activity with the real contract, a real Worker on the
// time-skipping test server, and builders for inputs and actors.
//
// Every test gets its own server, store and worker (`workflowTest`), and the
// worker stops when the test's body settles. Tests never poll: they advance
// workflow time (`settle`, `sleepUntil`, `env.sleep`) and then read the
// workflow or the store. The test server does not skip time while a workflow
// task or an activity is outstanding, so when a sleep returns, everything due
// before its end has run.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection, Worker } from '@temporalio/worker';
import { ApplicationFailure, Client, Connection, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { createActivities, type Activities } from '../../activities';
import type { AlertInput, AlertOutcome } from '../../activities/alert-contract';
import type { CourtReportDelivery, CourtReportSent } from '../../activities/court-report-contract';
import type {
  CaseProjection,
  EscalationRecord,
  PathwayEventRecord,
  ProviderInfo,
  ReferralProjection,
  ComplaintProjection,
  StepProjection,
  TimelineNotes,
} from '../../activities/ports';
import { FORBIDDEN_ACTION } from '../../libs/domain/permissions';
import type { PolicyRuleLike } from '../../libs/domain/policy';
import { DEFAULT_POLICY, POLICY_STEPS } from '../../libs/domain/steps';
import { RISK_LEVELS, type RiskLevel } from '../../libs/domain/taxonomy';
import { createTimeSkippingEnv, workflowBundle } from '../support/temporal';
import type { Actor } from '../../workflows/actor';
import { stateQuery, type CaseInput, type CaseState } from '../../workflows/case.messages';
import { caseWorkflow } from '../../workflows';
import type { AlertActivities } from '../../workflows/escalation';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The seeded national defaults, as PolicyRule rows. */
export function defaultRules(): PolicyRuleLike[] {
  return POLICY_STEPS.flatMap((step) =>
    RISK_LEVELS.map((riskLevel: RiskLevel) => ({ provinceCode: null, category: null, riskLevel, step, duration: DEFAULT_POLICY[step][riskLevel] })),
  );
}

/** PostgreSQL stand-in: the same idempotency keys as the Prisma ports. */
export class MemoryStore {
  rules: PolicyRuleLike[] = defaultRules();
  cases = new Map<string, CaseProjection>();
  steps = new Map<string, StepProjection>();
  events = new Map<string, PathwayEventRecord>();
  escalations = new Map<string, EscalationRecord>();
  referrals = new Map<string, ReferralProjection>();
  complaints = new Map<string, ComplaintProjection>();
  /** the case's view as its batches write it (what GET /cases/:id reads) */
  views = new Map<string, unknown>();
  /** timeline rows by caseId:cycle:seq, each written once as the real table's unique key ensures */
  notes = new Map<string, TimelineNotes['entries'][number] & { caseId: string; cycle: string; seq: number }>();
  orgs = new Map<string, ProviderInfo>([
    ['rabat-upe', { organisationId: 'rabat-upe', provinceCode: 'RABAT', services: ['PSYCHOLOGICAL', 'LEGAL_AID', 'FAMILY_SUPPORT', 'PARENTING_SUPPORT'], active: true }],
    ['rabat-hospital', { organisationId: 'rabat-hospital', provinceCode: 'RABAT', services: ['HEALTH', 'PSYCHOLOGICAL'], active: true }],
    ['rabat-shelter', { organisationId: 'rabat-shelter', provinceCode: 'RABAT', services: ['SHELTER', 'SOCIAL_AID'], active: true }],
    ['rabat-school', { organisationId: 'rabat-school', provinceCode: 'RABAT', services: ['SCHOOLING', 'VOCATIONAL_TRAINING'], active: true }],
  ]);
  /** every call of sendAlert, retries included (feedback to reporting structures apart) */
  alertCalls: AlertInput[] = [];
  /** sendAlert's calls that tell a reporting structure (receipt, outcome) */
  feedbackCalls: AlertInput[] = [];
  /** one delivery per alert key, as the real outbox's unique key ensures */
  deliveries = new Map<string, AlertInput>();
  /** how many attempts of an alert fail after writing its delivery */
  failAttempts: (a: AlertInput) => number = () => 0;
  recipients: (a: AlertInput) => number = () => 1;
  /** every call of sendCourtReport (a court report approved: printed and sent), retries included */
  courtReports: CourtReportDelivery[] = [];
  /** awaited before a case row is written: a test holds a projection (a run between its write and its end) */
  beforeSaveCase: (p: CaseProjection) => Promise<void> = async () => undefined;
  /** awaited before an alert or a feedback is sent: a test holds one in flight (a run that cannot end yet) */
  beforeAlert: (input: AlertInput) => Promise<void> = async () => undefined;

  /** the case's timeline rows of its current life (the latest cycle written), in order */
  notesOf(caseId: string): { type: string; seq: number; cycle: string; at: string }[] {
    const rows = [...this.notes.values()].filter((n) => n.caseId === caseId);
    const last = rows.reduce<(typeof rows)[number] | undefined>((a, b) => (!a || b.at > a.at || (b.at === a.at && b.seq > a.seq) ? b : a), undefined);
    return rows.filter((n) => n.cycle === last?.cycle).sort((a, b) => a.seq - b.seq);
  }

  eventsOf(caseId: string, type?: string): PathwayEventRecord[] {
    return [...this.events.values()].filter((e) => e.caseId === caseId && (!type || e.type === type));
  }
  escalationsOf(caseId: string, step?: string): EscalationRecord[] {
    return [...this.escalations.values()]
      .filter((e) => e.caseId === caseId && (!step || e.step === step))
      .sort((a, b) => a.alertedAt.localeCompare(b.alertedAt) || a.level - b.level);
  }
}

export type TestActivities = Activities & AlertActivities & { sendCourtReport(input: CourtReportDelivery): Promise<CourtReportSent> };

export function activitiesFor(store: MemoryStore): TestActivities {
  const real = createActivities({
    policy: { rulesFor: async (provinceCode) => store.rules.filter((r) => r.provinceCode === null || r.provinceCode === provinceCode) },
    directory: { organisation: async (id) => store.orgs.get(id) ?? null },
    projection: {
      saveCase: async (p) => {
        await store.beforeSaveCase(p);
        store.cases.set(p.caseId, { ...p });
      },
      saveStep: async (p) => void store.steps.set(p.key, { ...p }),
      closeStep: async (c) => {
        const s = store.steps.get(c.key);
        if (s) store.steps.set(c.key, { ...s, status: c.status, closedAt: c.closedAt, version: c.version });
      },
      recordEvent: async (e) => {
        if (!store.events.has(e.key)) store.events.set(e.key, { ...e });
      },
      saveEscalation: async (e) => {
        store.escalations.set(e.key, { ...e });
        const s = store.steps.get(e.stepKey);
        if (s && s.level < e.level) store.steps.set(e.stepKey, { ...s, level: e.level });
      },
      saveReferral: async (r) => void store.referrals.set(r.id, { ...r }),
      saveComplaint: async (c) => void store.complaints.set(c.id, { ...c }),
      saveView: async (caseId, view) => void store.views.set(caseId, view),
      saveNotes: async (n) =>
        n.entries.forEach((entry, i) => {
          const seq = n.first + i;
          const key = `${n.caseId}:${n.cycle}:${seq}`;
          if (!store.notes.has(key)) store.notes.set(key, { ...entry, caseId: n.caseId, cycle: n.cycle, seq });
        }),
    },
  });
  const attempts = new Map<string, number>();
  return {
    ...real,
    async sendAlert(input: AlertInput): Promise<AlertOutcome> {
      await store.beforeAlert(input);
      if (input.feedback) {
        store.feedbackCalls.push(input);
        return { recipients: 1, deliveries: 1 };
      }
      store.alertCalls.push(input);
      if (!store.deliveries.has(input.key)) store.deliveries.set(input.key, input);
      const n = (attempts.get(input.key) ?? 0) + 1;
      attempts.set(input.key, n);
      if (n <= store.failAttempts(input)) throw new Error(`SMTP unavailable (attempt ${n})`);
      return { recipients: store.recipients(input), deliveries: 1 };
    },
    async sendCourtReport(input: CourtReportDelivery): Promise<CourtReportSent> {
      store.courtReports.push(input);
      return { documentId: `document-${input.key}`, recipients: 1 };
    },
  };
}

export interface Harness {
  env: TestWorkflowEnvironment;
  store: MemoryStore;
  taskQueue: string;
}

/**
 * One test on its own time-skipping server, with a fresh store and a worker
 * that runs exactly as long as the body (`worker.runUntil`): nothing is shared
 * with the other tests of the file, and nothing outlives the test.
 */
export function workflowTest(body: (h: Harness) => Promise<void>): () => Promise<void> {
  return async () => {
    const env = await createTimeSkippingEnv();
    try {
      const store = new MemoryStore();
      const taskQueue = `wf-${randomUUID()}`;
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowBundle: workflowBundle(),
        activities: activitiesFor(store),
      });
      await worker.runUntil(() => body({ env, store, taskQueue }));
    } finally {
      await env.teardown();
    }
  };
}

export interface DevServerHarness {
  client: Client;
  taskQueue: string;
  store: MemoryStore;
}

/**
 * For the few specs that need the run's dev server rather than time skipping
 * (search attributes, listing, the real server's handling of rejected
 * updates): a fresh store and worker per test, ended with the test.
 */
export function devServerTest(body: (h: DevServerHarness) => Promise<void>): () => Promise<void> {
  return () => onDevServer(body);
}

/**
 * Runs `body` beside a worker of its own on the run's dev server and answers
 * what it answers. `make` builds the worker from the SDK's call (a test that
 * sets how the worker is made wraps it); the default calls it as it is.
 */
export async function onDevServer<T>(body: (h: DevServerHarness) => Promise<T>, make: (create: () => Promise<Worker>) => Promise<Worker> = (create) => create()): Promise<T> {
  const address = process.env.TEMPORAL_ADDRESS as string;
  const namespace = process.env.TEMPORAL_NAMESPACE as string;
  const connection = await Connection.connect({ address });
  const native = await NativeConnection.connect({ address });
  try {
    const store = new MemoryStore();
    const taskQueue = `dev-${randomUUID()}`;
    const worker = await make(() => Worker.create({ connection: native, namespace, taskQueue, workflowBundle: workflowBundle(), activities: activitiesFor(store) }));
    return await worker.runUntil(() => body({ client: new Client({ connection, namespace }), taskQueue, store }));
  } finally {
    await native.close();
    await connection.close();
  }
}

export const MINUTE = 60_000;

/**
 * Lets the workflows finish what they are doing: advances workflow time by a
 * minute (default). Time stands still while work is outstanding, so every
 * activity, child start and signal in flight completes first; a minute is far
 * shorter than any deadline of the policy.
 */
export async function settle(h: Harness, ms = MINUTE): Promise<void> {
  await h.env.sleep(ms);
}

/** Advances workflow time to an instant (epoch ms or ISO string). */
export async function sleepUntil(h: Harness, at: number | string): Promise<void> {
  const target = typeof at === 'number' ? at : Date.parse(at);
  const now = await h.env.currentTimeMs();
  if (target <= now) throw new Error(`sleepUntil: ${new Date(target).toISOString()} is not after now (${new Date(now).toISOString()})`);
  await h.env.sleep(target - now);
}

export function caseInput(overrides: Partial<CaseInput> = {}): CaseInput {
  const caseId = overrides.caseId ?? randomUUID();
  const category = overrides.category ?? 'NEGLECT';
  const riskLevel = overrides.riskLevel ?? 'MEDIUM';
  return {
    caseId,
    reference: `RAB-${caseId.slice(0, 6)}`,
    provinceCode: 'RABAT',
    category,
    riskLevel,
    openedAt: new Date().toISOString(),
    adultAt: null,
    dobEstimated: false,
    report: { reportId: randomUUID(), entryPoint: 'GREEN_LINE', category, riskLevel, receivedAt: new Date().toISOString() },
    // every spec at another continue-as-new bound: MASAR_TEST_HISTORY_LIMIT=100 npm test -- test/workflows
    ...(process.env.MASAR_TEST_HISTORY_LIMIT ? { historyLimit: Number(process.env.MASAR_TEST_HISTORY_LIMIT) } : {}),
    ...overrides,
  };
}

export const actors = {
  coordinator: (provinceCode = 'RABAT', userId = `coord-${provinceCode}`): Actor => ({ userId, role: 'COORDINATOR', provinceCode }),
  head: (provinceCode = 'RABAT'): Actor => ({ userId: `head-${provinceCode}`, role: 'HEAD_OF_CENTRE', provinceCode }),
  delegate: (provinceCode = 'RABAT'): Actor => ({ userId: `delegate-${provinceCode}`, role: 'DELEGATE', provinceCode }),
  liaison: (provinceCode = 'RABAT'): Actor => ({ userId: `liaison-${provinceCode}`, role: 'JUDICIAL_LIAISON', provinceCode }),
  provider: (organisationId = 'rabat-upe'): Actor => ({ userId: `focal-${organisationId}`, role: 'PROVIDER', provinceCode: 'RABAT', organisationId }),
  intake: (): Actor => ({ userId: 'intake-1', role: 'INTAKE', provinceCode: 'RABAT' }),
};

/** The failure an update was refused with (its validator's or handler's error). */
export async function refusalOf(update: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await update.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (err as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

/** The update was refused with a reason matching `reason`. */
export async function expectRefused(update: Promise<unknown>, reason: RegExp): Promise<void> {
  expect((await refusalOf(update)).message).toMatch(reason);
}

/** The update was refused by the permission table (role, province or organisation). */
export async function expectForbidden(update: Promise<unknown>): Promise<void> {
  expect((await refusalOf(update)).type).toBe(FORBIDDEN_ACTION);
}

/** Starts a case and lets it open its first steps (their deadlines known). */
export async function startCase(h: Harness, input: CaseInput): Promise<WorkflowHandle<typeof caseWorkflow>> {
  const handle = await h.env.client.workflow.start(caseWorkflow, {
    taskQueue: h.taskQueue,
    workflowId: `case-${input.caseId}`,
    args: [input],
  });
  await settle(h);
  const pending = (await handle.query(stateQuery)).openSteps.filter((s) => s.dueAt === null);
  if (pending.length) throw new Error(`startCase: steps still without a deadline: ${pending.map((s) => s.step).join(', ')}`);
  return handle;
}

export async function state(handle: WorkflowHandle): Promise<CaseState> {
  return handle.query(stateQuery);
}

/**
 * Writes a workflow's history as a replay fixture when MASAR_RECORD_FIXTURES
 * is set (`MASAR_RECORD_FIXTURES=1 npx jest test/workflows --runInBand`).
 * Recorded fixtures are checked in; replay.spec.ts replays them all.
 */
export async function recordFixture(handle: WorkflowHandle, name: string): Promise<void> {
  if (!process.env.MASAR_RECORD_FIXTURES) return;
  const { historyToJSON } = await import('@temporalio/common/lib/proto-utils');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const history = await handle.fetchHistory();
  fs.writeFileSync(path.join(__dirname, 'fixtures', `${name}.json`), historyToJSON(history));
}

/**
 * A hook held open by a test: the hook awaits `hold()`, the test awaits `reached` (the hook
 * is there) and calls `release()`. Holds a projection or an activity to open a race.
 */
export function gate(): { hold: () => Promise<void>; reached: Promise<void>; release: () => void } {
  let release!: () => void;
  const open = new Promise<void>((r) => (release = r));
  let reach!: () => void;
  const reached = new Promise<void>((r) => (reach = r));
  return {
    hold: () => {
      reach();
      return open;
    },
    reached,
    release,
  };
}
