// Workflow test harness: the real activity factory over in-memory ports, a
// stub of the alert activity with the real contract, a real Worker on the
// time-skipping test server, and builders for inputs and actors.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { createActivities, type Activities } from '../../activities';
import type { AlertInput, AlertOutcome } from '../../activities/alert-contract';
import type {
  CaseProjection,
  EscalationRecord,
  PathwayEventRecord,
  ProviderInfo,
  ReferralProjection,
  ComplaintProjection,
  StepProjection,
} from '../../activities/ports';
import type { PolicyRuleLike } from '../../libs/domain/policy';
import { DEFAULT_POLICY, POLICY_STEPS } from '../../libs/domain/steps';
import { RISK_LEVELS, type RiskLevel } from '../../libs/domain/taxonomy';
import { createTimeSkippingEnv, workflowBundle } from '../support/temporal';
import type { Actor } from '../../workflows/actor';
import type { CaseInput, CaseState } from '../../workflows/case.workflow';
import { caseWorkflow, stateQuery } from '../../workflows/case.workflow';
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
  orgs = new Map<string, ProviderInfo>([
    ['rabat-upe', { organisationId: 'rabat-upe', provinceCode: 'RABAT', services: ['PSYCHOLOGICAL', 'LEGAL_AID', 'FAMILY_SUPPORT', 'PARENTING_SUPPORT'], active: true }],
    ['rabat-hospital', { organisationId: 'rabat-hospital', provinceCode: 'RABAT', services: ['HEALTH', 'PSYCHOLOGICAL'], active: true }],
    ['rabat-shelter', { organisationId: 'rabat-shelter', provinceCode: 'RABAT', services: ['SHELTER', 'SOCIAL_AID'], active: true }],
    ['rabat-school', { organisationId: 'rabat-school', provinceCode: 'RABAT', services: ['SCHOOLING', 'VOCATIONAL_TRAINING'], active: true }],
  ]);
  /** every call of sendAlert, retries included */
  alertCalls: AlertInput[] = [];
  /** one delivery per alert key, as the real outbox's unique key ensures */
  deliveries = new Map<string, AlertInput>();
  /** how many attempts of an alert fail after writing its delivery */
  failAttempts: (a: AlertInput) => number = () => 0;
  recipients: (a: AlertInput) => number = () => 1;

  eventsOf(caseId: string, type?: string): PathwayEventRecord[] {
    return [...this.events.values()].filter((e) => e.caseId === caseId && (!type || e.type === type));
  }
  escalationsOf(caseId: string, step?: string): EscalationRecord[] {
    return [...this.escalations.values()]
      .filter((e) => e.caseId === caseId && (!step || e.step === step))
      .sort((a, b) => a.alertedAt.localeCompare(b.alertedAt) || a.level - b.level);
  }
}

export type TestActivities = Activities & AlertActivities;

export function activitiesFor(store: MemoryStore): TestActivities {
  const real = createActivities({
    policy: { rulesFor: async (provinceCode) => store.rules.filter((r) => r.provinceCode === null || r.provinceCode === provinceCode) },
    directory: { organisation: async (id) => store.orgs.get(id) ?? null },
    projection: {
      saveCase: async (p) => void store.cases.set(p.caseId, { ...p }),
      saveStep: async (p) => void store.steps.set(p.key, { ...p }),
      closeStep: async (c) => {
        const s = store.steps.get(c.key);
        if (s) store.steps.set(c.key, { ...s, status: c.status, closedAt: c.closedAt });
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
    },
  });
  const attempts = new Map<string, number>();
  return {
    ...real,
    async sendAlert(input: AlertInput): Promise<AlertOutcome> {
      store.alertCalls.push(input);
      if (!store.deliveries.has(input.key)) store.deliveries.set(input.key, input);
      const n = (attempts.get(input.key) ?? 0) + 1;
      attempts.set(input.key, n);
      if (n <= store.failAttempts(input)) throw new Error(`SMTP unavailable (attempt ${n})`);
      return { recipients: store.recipients(input), deliveries: 1 };
    },
  };
}

export interface Harness {
  env: TestWorkflowEnvironment;
  store: MemoryStore;
  taskQueue: string;
  worker: Worker;
  running: Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const env = await createTimeSkippingEnv();
  const store = new MemoryStore();
  const taskQueue = `wf-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: workflowBundle(),
    activities: activitiesFor(store),
  });
  const running = worker.run();
  return { env, store, taskQueue, worker, running };
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  if (!h) return;
  h.worker.shutdown();
  await h.running.catch(() => undefined);
  await h.env.teardown();
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

export async function startCase(h: Harness, input: CaseInput): Promise<WorkflowHandle<typeof caseWorkflow>> {
  const handle = await h.env.client.workflow.start(caseWorkflow, {
    taskQueue: h.taskQueue,
    workflowId: `case-${input.caseId}`,
    args: [input],
  });
  await eventually(async () => (await handle.query(stateQuery)).openSteps.every((s) => s.dueAt !== null));
  return handle;
}

/**
 * Polls until the check passes (activities complete in real time). Each
 * attempt is bounded: the time-skipping server sometimes leaves a query
 * unanswered when it races a workflow task.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      let timer: NodeJS.Timeout | undefined;
      const v = await Promise.race([
        Promise.resolve(check()),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('check timed out')), 2_000);
        }),
      ]).finally(() => clearTimeout(timer));
      if (v !== false && v !== undefined && v !== null) return v as Exclude<T, false | null | undefined>;
      last = new Error(`condition still false: ${String(v)}`);
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw last;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function state(handle: WorkflowHandle): Promise<CaseState> {
  return handle.query(stateQuery);
}

/** Current time of the test server (workflow time). */
export async function serverNow(h: Harness): Promise<number> {
  return h.env.currentTimeMs();
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
