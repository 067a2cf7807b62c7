// The case workflow: one per case (id case-<caseId>), the durable pathway of
// one child from the report to closure (and after-care, 18-22). Update
// handlers validate, change state, open or close awaited steps and return;
// the steps' ladders own every timer. The contract (input, state, messages)
// is in case.messages.ts and re-exported here.
import {
  allHandlersFinished,
  ApplicationFailure,
  ActivityFailure,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { referralWorkflowId } from '../libs/domain/ids';
import {
  APPROVAL_SUBJECTS,
  CLOSURE_REASONS,
  CONSENT_GIVERS,
  COURT_MEASURES,
  INTEGRATION_KINDS,
  PLACEMENTS,
  type ClosureReason,
  type SharingBasis,
  type Stage,
} from '../libs/domain/pathway';
import type { Step } from '../libs/domain/steps';
import { CATEGORIES, RISK_LEVELS, SERVICES, URGENT_RISK_LEVELS, type Role, type Service } from '../libs/domain/taxonomy';
import type { Actor } from './actor';
import {
  acknowledgeUpdate,
  alertDeliveryFailedSignal,
  approveUpdate,
  closeCourtOrderUpdate,
  closeUpdate,
  createReferralUpdate,
  newReportSignal,
  recordCheckInUpdate,
  recordChildSeenUpdate,
  recordConsentUpdate,
  recordCourtOrderUpdate,
  recordIntegrationUpdate,
  recordReviewUpdate,
  redirectToJudicialUpdate,
  rejectUpdate,
  reportToProsecutorUpdate,
  stateQuery,
  submitAssessmentUpdate,
  submitAutonomyPlanUpdate,
  submitCarePlanUpdate,
  submitCourtReportUpdate,
  timelineQuery,
  transferUpdate,
  type CaseInput,
  type CaseMemory,
  type CaseState,
  type ReferralSummary,
} from './case.messages';
import { StepBook, type AwaitedStep, type StepSpec } from './escalation';
import { projections } from './projections';
import { cancelReferralSignal, referralStatusSignal, referralWorkflow, type ReferralInput } from './referral.workflow';
import { SA_PROVINCE, SA_STAGE } from './search-attributes';

export * from './case.messages';

/** Events per run before continuing as new, unless the SDK suggests it first. */
export const DEFAULT_HISTORY_LIMIT = 2_000;
const TIMELINE_KEPT = 300;

const COORDINATION: readonly Role[] = ['COORDINATOR', 'HEAD_OF_CENTRE'];
const PROVINCIAL: readonly Role[] = ['INTAKE', 'COORDINATOR', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'JUDICIAL_LIAISON'];
/** Steps that wait for the case's coordinator (their ladder's ASSIGNEE level). */
const COORDINATOR_STEPS: readonly Step[] = [
  'CHILD_SEEN',
  'ASSESSMENT',
  'CARE_PLAN',
  'REORIENTATION',
  'CASE_REVIEW',
  'INSTITUTION_REVIEW',
  'PROSECUTOR_REPORT',
  'COURT_REPORT',
  'AUTONOMY_PLAN',
  'AFTERCARE_CHECKIN',
];
const ACTIVE_REFERRAL = ['PENDING', 'ACCEPTED', 'STARTED'];

function freshMemory(input: CaseInput): CaseMemory {
  const info = workflowInfo();
  return {
    caseId: input.caseId,
    reference: input.reference,
    provinceCode: input.provinceCode,
    category: input.category,
    riskLevel: input.riskLevel,
    track: CATEGORIES[input.category]?.offence ? 'JUDICIAL' : 'SOCIAL',
    stage: 'REPORTED',
    status: 'OPEN',
    assigneeId: null,
    reports: [input.report.reportId],
    assessment: 'PENDING',
    carePlan: 'NONE',
    placement: null,
    inInstitution: false,
    referrals: [],
    consents: [],
    courtOrders: [],
    prosecutorReported: false,
    integrations: [],
    adultAt: input.adultAt ?? null,
    dobEstimated: input.dobEstimated ?? false,
    adult: false,
    afterCare: null,
    closure: null,
    closedAt: null,
    escalations: 0,
    runs: 1,
    cycle: info.firstExecutionRunId.slice(0, 8),
    openedAt: input.openedAt,
    afterCareEndsAt: input.afterCareEndsAt ?? null,
    steps: [],
    seq: 0,
    eventSeq: 0,
    timeline: [],
    searchAttributes: info.typedSearchAttributes.get(SA_PROVINCE) !== undefined,
    started: false,
  };
}

/** The 22nd birthday: adultAt plus four calendar years, on the UTC date. */
function plusFourYears(iso: string): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + 4);
  return d.toISOString();
}

/** Activity failures surface as failed updates with the business reason. */
function asFailure(err: unknown): unknown {
  if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) {
    return ApplicationFailure.create({ message: err.cause.message, type: err.cause.type ?? undefined, nonRetryable: true });
  }
  return err;
}

export async function caseWorkflow(input: CaseInput): Promise<CaseState> {
  const workflowId = workflowInfo().workflowId;
  const m: CaseMemory = input.carried ?? freshMemory(input);
  if (input.carried) m.runs += 1;
  const now = () => new Date().toISOString();

  const book = new StepBook(m, {
    workflowId,
    caseWorkflowId: workflowId,
    caseId: m.caseId,
    caseReference: () => m.reference,
    category: () => m.category,
    riskLevel: () => m.riskLevel,
    onEscalated: (s, level, role, outcome) => {
      m.escalations += 1;
      note('ESCALATED', undefined, { step: s.step, stepKey: s.key, level, role, recipients: outcome.recipients });
    },
    onPolicyMissing: (s, message) => note('POLICY_MISSING', undefined, { step: s.step, message }),
  });

  // ── state helpers ─────────────────────────────────────────────────────────
  function note(type: string, by?: Actor, data?: Record<string, unknown>): void {
    m.timeline.push({ at: now(), type, ...(by ? { by } : {}), ...(data ? { data } : {}) });
    if (m.timeline.length > TIMELINE_KEPT) m.timeline.splice(0, m.timeline.length - TIMELINE_KEPT);
  }

  /** A fact indicators count: on the timeline and in PathwayEvent (key unique per case life). */
  async function fact(type: string, data: Record<string, unknown> = {}, by?: Actor): Promise<void> {
    note(type, by, data);
    const n = ++m.eventSeq;
    const at = now();
    await book.track(() =>
      projections().recordEvent({
        key: `${workflowId}:${m.cycle}:${n}:${type}`,
        caseId: m.caseId,
        provinceCode: m.provinceCode,
        type,
        data: { ...data, ...(by ? { by: by.userId, role: by.role } : {}) },
        at,
      }),
    );
  }

  async function project(): Promise<void> {
    if (m.searchAttributes) {
      upsertSearchAttributes([
        { key: SA_PROVINCE, value: m.provinceCode },
        { key: SA_STAGE, value: m.stage },
      ]);
    }
    await book.track(() =>
      projections().projectCase({
        caseId: m.caseId,
        stage: m.stage,
        status: m.status,
        track: m.track,
        provinceCode: m.provinceCode,
        assigneeId: m.assigneeId,
        riskLevel: m.riskLevel,
        closedAt: m.closedAt,
      }),
    );
  }

  async function setStage(stage: Stage): Promise<void> {
    if (m.stage !== stage) note(`STAGE:${stage}`);
    m.stage = stage;
    await project();
  }

  const forCoordinator = (step: Step, extra: Partial<StepSpec> = {}): StepSpec => ({
    step,
    provinceCode: m.provinceCode,
    assigneeUserId: COORDINATOR_STEPS.includes(step) ? m.assigneeId : null,
    ...extra,
  });
  const open = (step: Step, extra: Partial<StepSpec> = {}) => book.openStep(forCoordinator(step, extra));
  const closeSteps = (step: Step, status: 'DONE' | 'CANCELLED' = 'DONE', ref?: string | null) =>
    book.closeAll((s) => s.step === step && (ref === undefined || s.ref === ref), status);

  const activeReferrals = () => m.referrals.filter((r) => ACTIVE_REFERRAL.includes(r.status));
  const openOrders = () => m.courtOrders.filter((o) => !o.closedAt);

  function view(): CaseState {
    const { cycle, openedAt, afterCareEndsAt, steps, seq, eventSeq, timeline, searchAttributes, started, ...rest } = m;
    void [cycle, openedAt, afterCareEndsAt, seq, eventSeq, timeline, searchAttributes, started];
    return {
      ...rest,
      openSteps: steps.map((s) => ({
        key: s.key,
        step: s.step,
        dueAt: s.dueAt,
        level: s.level,
        overdue: s.level >= 0,
        provinceCode: s.provinceCode,
        ref: s.ref,
      })),
    };
  }

  // ── validation helpers (validators throw plain Errors: the API answers 409) ─
  function allow(actor: Actor | undefined, roles: readonly Role[], what: string): void {
    if (!actor?.userId || !actor.role) throw new Error('the action carries no acting user');
    if (!roles.includes(actor.role)) throw new Error(`${what} is reserved to ${roles.join(' or ')}`);
    if (PROVINCIAL.includes(actor.role) && actor.provinceCode != null && actor.provinceCode !== m.provinceCode) {
      throw new Error(`${what}: the case belongs to province ${m.provinceCode}`);
    }
  }
  function isOpen(): void {
    if (m.status !== 'OPEN') throw new Error('the case is closed');
  }
  function awaited(step: Step, ref: string | null | undefined, message: string): AwaitedStep {
    const s = book.find(step, ref);
    if (!s) throw new Error(message);
    return s;
  }
  function text(value: unknown, what: string): void {
    if (typeof value !== 'string' || !value.trim()) throw new Error(`${what} is required`);
  }
  function oneOf<T>(value: unknown, allowed: readonly T[], what: string): void {
    if (!allowed.includes(value as T)) throw new Error(`${what} must be one of ${allowed.join(', ')}`);
  }
  function referralIdFree(id: unknown): void {
    text(id, 'referralId');
    if (m.referrals.some((r) => r.referralId === id)) throw new Error(`referral ${String(id)} already exists`);
  }
  function sharingBasis(service: Service, shares: boolean): SharingBasis | null {
    if (!shares) return 'NONE';
    if (openOrders().some((o) => o.coversInformationSharing)) return 'COURT_ORDER';
    if (m.consents.some((c) => c.services === null || c.services.includes(service))) return 'CONSENT';
    return null;
  }

  /** Registers an update: validator first (no trace when it throws), then the handler. */
  function on<A extends { actor: Actor }>(def: UpdateDefinition<CaseState, [A]>, validate: (a: A) => void, run: (a: A) => Promise<void>): void {
    setHandler(
      def,
      async (a: A) => {
        try {
          await run(a);
        } catch (err) {
          throw asFailure(err);
        }
        return view();
      },
      {
        validator: (a: A) => {
          if (!a || typeof a !== 'object') throw new Error('the action has no body');
          validate(a);
        },
      },
    );
  }

  // ── pathway transitions ───────────────────────────────────────────────────
  async function afterAcknowledgement(): Promise<void> {
    if (URGENT_RISK_LEVELS.includes(m.riskLevel)) {
      await setStage('URGENT_PROTECTION');
      await open('CHILD_SEEN');
    } else {
      await setStage('ASSESSMENT');
      await open('ASSESSMENT');
    }
  }

  async function placeInInstitution(): Promise<void> {
    if (m.inInstitution) return;
    m.inInstitution = true;
    if (!book.find('INSTITUTION_REVIEW') && !m.afterCare) await open('INSTITUTION_REVIEW');
  }

  async function leaveInstitution(): Promise<void> {
    m.inInstitution = false;
    await closeSteps('INSTITUTION_REVIEW', 'CANCELLED');
  }

  async function requestClosure(reason: ClosureReason, noteText: string | null, by: Actor): Promise<void> {
    m.closure = { reason, note: noteText, requestedBy: by.userId };
    await fact('CLOSURE_REQUESTED', { reason }, by);
    await open('APPROVAL', { ref: 'CLOSURE' });
  }

  async function finish(reason: ClosureReason, by: Actor | null): Promise<void> {
    if (m.status === 'CLOSED') return;
    m.status = 'CLOSED';
    m.stage = 'CLOSED';
    m.closedAt = now();
    m.closure = { reason, note: m.closure?.note ?? null, requestedBy: m.closure?.requestedBy ?? by?.userId ?? null };
    await book.closeAll(() => true, 'CANCELLED');
    for (const r of activeReferrals()) {
      r.status = 'CANCELLED';
      await book.track(async () => {
        try {
          await getExternalWorkflowHandle(referralWorkflowId(r.referralId)).signal(cancelReferralSignal, { reason: 'case closed' });
        } catch {
          // already finished
        }
      });
    }
    await fact('CLOSED', { reason }, by ?? undefined);
    await project();
  }

  async function startReferral(
    spec: { referralId: string; organisationId: string; service: Service },
    basis: SharingBasis,
    by: Actor,
    extra: { courtOrderId?: string | null; replaces?: string | null } = {},
  ): Promise<void> {
    const summary: ReferralSummary = {
      referralId: spec.referralId,
      organisationId: spec.organisationId,
      service: spec.service,
      basis,
      status: 'PENDING',
      reason: null,
      courtOrderId: extra.courtOrderId ?? null,
      replaces: extra.replaces ?? null,
    };
    m.referrals.push(summary); // reserves the id while the directory is checked
    try {
      await book.track(() => projections().checkProvider({ organisationId: spec.organisationId, service: spec.service }));
      const child: ReferralInput = {
        referralId: spec.referralId,
        caseId: m.caseId,
        caseWorkflowId: workflowId,
        caseReference: m.reference,
        provinceCode: m.provinceCode,
        category: m.category,
        riskLevel: m.riskLevel,
        organisationId: spec.organisationId,
        service: spec.service,
        basis,
        courtOrderId: extra.courtOrderId ?? null,
        createdBy: by,
        createdAt: now(),
      };
      await book.track(() =>
        startChild(referralWorkflow, {
          workflowId: referralWorkflowId(spec.referralId),
          args: [child],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        }),
      );
    } catch (err) {
      m.referrals = m.referrals.filter((r) => r !== summary);
      throw err;
    }
    if (extra.replaces) await closeSteps('REORIENTATION', 'DONE', extra.replaces);
    await fact('REFERRAL_CREATED', { referralId: spec.referralId, organisationId: spec.organisationId, service: spec.service, basis }, by);
    if (m.stage === 'FOLLOW_UP') await setStage('REFERRALS');
  }

  async function turn18(): Promise<void> {
    m.adult = true;
    await fact('TURNED_18', { estimated: m.dobEstimated });
    const openPlan = m.carePlan === 'SUBMITTED' || m.carePlan === 'APPROVED';
    if (!m.inInstitution && !openPlan) {
      note('NO_AFTERCARE', undefined, { reason: 'neither in an institution nor under an open plan' });
      return;
    }
    const endsAt = m.afterCareEndsAt ?? plusFourYears(m.adultAt as string);
    m.afterCare = { enteredAt: now(), endsAt, autonomyPlan: false };
    await book.closeAll((s) => s.step === 'CASE_REVIEW' || s.step === 'INSTITUTION_REVIEW', 'CANCELLED');
    await fact('AFTERCARE_ENTERED', { estimated: m.dobEstimated, endsAt });
    await setStage('AFTER_CARE');
    await open('AUTONOMY_PLAN');
  }

  async function watchAdulthood(): Promise<void> {
    if (!m.adultAt) return;
    if (!m.adult) {
      const wait = Date.parse(m.adultAt) - Date.now();
      if (wait > 0) await condition(() => m.status === 'CLOSED', wait);
      if (m.status === 'CLOSED') return;
      await book.track(turn18);
    }
    if (m.afterCare) {
      const wait = Date.parse(m.afterCare.endsAt) - Date.now();
      if (wait > 0) await condition(() => m.status === 'CLOSED', wait);
      if (m.status === 'CLOSED') return;
      await book.track(() => finish('AGE_LIMIT', null));
    }
  }

  // ── queries and signals ───────────────────────────────────────────────────
  // The first steps exist before any handler is registered: an action that
  // arrives with the first workflow task (the SDK delivers it as soon as its
  // handler is set) finds the step it closes.
  const firstRun = !m.started;
  if (firstRun) {
    m.started = true;
    book.start(forCoordinator('ACKNOWLEDGEMENT'));
    if (m.track === 'JUDICIAL') book.start(forCoordinator('PROSECUTOR_REPORT'));
    note('REPORTED', undefined, { reportId: input.report.reportId, entryPoint: input.report.entryPoint });
  }

  setHandler(stateQuery, view);
  setHandler(timelineQuery, () => m.timeline);
  setHandler(alertDeliveryFailedSignal, (f) => book.deliveryFailed(f.stepKey, f.level));

  setHandler(newReportSignal, async (r) => {
    if (!r?.reportId || m.reports.includes(r.reportId) || m.status === 'CLOSED') return;
    m.reports.push(r.reportId);
    const moreUrgent = RISK_LEVELS.indexOf(r.riskLevel) >= 0 && RISK_LEVELS.indexOf(r.riskLevel) < RISK_LEVELS.indexOf(m.riskLevel);
    if (moreUrgent) m.riskLevel = r.riskLevel;
    await fact('REPORT_ATTACHED', { reportId: r.reportId, entryPoint: r.entryPoint, category: r.category, riskLevel: r.riskLevel });
    if (moreUrgent) await project();
  });

  setHandler(referralStatusSignal, async (c) => {
    const r = m.referrals.find((x) => x.referralId === c.referralId);
    if (!r || r.status === c.status) return;
    r.status = c.status;
    r.reason = c.reason ?? r.reason;
    note(`REFERRAL_${c.status}`, undefined, { referralId: c.referralId, ...(c.reason ? { reason: c.reason } : {}) });
    if (m.status === 'CLOSED') return;
    if (c.status === 'DECLINED' || c.status === 'EXPIRED') {
      // The decision returns to the coordinator, who re-orients.
      await open('REORIENTATION', { ref: c.referralId });
    }
    if (m.stage === 'REFERRALS' && activeReferrals().length === 0) await setStage('FOLLOW_UP');
  });

  // ── updates ───────────────────────────────────────────────────────────────
  on(
    acknowledgeUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'acknowledging a report');
      isOpen();
      awaited('ACKNOWLEDGEMENT', undefined, 'no report is waiting for acknowledgement');
    },
    async (a) => {
      m.assigneeId = a.assigneeId ?? a.actor.userId;
      await closeSteps('ACKNOWLEDGEMENT');
      for (const s of book.open) if (s.assigneeUserId === null && COORDINATOR_STEPS.includes(s.step)) s.assigneeUserId = m.assigneeId;
      note('ACKNOWLEDGED', a.actor, { assigneeId: m.assigneeId });
      if (m.stage === 'REPORTED') {
        m.stage = 'ACKNOWLEDGED';
        await afterAcknowledgement();
      } else {
        await project();
      }
    },
  );

  on(
    recordChildSeenUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'recording the child seen');
      isOpen();
      awaited('CHILD_SEEN', undefined, 'the child has already been seen or no urgent protection is under way');
    },
    async (a) => {
      await closeSteps('CHILD_SEEN');
      note('CHILD_SEEN', a.actor, { emergencyShelter: !!a.emergencyShelter, medicalCare: !!a.medicalCare });
      if (a.emergencyShelter) {
        await fact('EMERGENCY_SHELTER', {}, a.actor);
        await placeInInstitution();
      }
      if (m.stage === 'URGENT_PROTECTION') {
        await setStage('ASSESSMENT');
        await open('ASSESSMENT');
      }
    },
  );

  on(
    submitAssessmentUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'submitting the assessment');
      isOpen();
      awaited('ASSESSMENT', undefined, 'no assessment is awaited');
      text(a.summary, 'the assessment summary');
      if (a.riskLevel !== undefined) oneOf(a.riskLevel, RISK_LEVELS, 'riskLevel');
      for (const n of a.needs ?? []) oneOf(n, SERVICES, 'each need');
    },
    async (a) => {
      await closeSteps('ASSESSMENT');
      m.assessment = 'SUBMITTED';
      if (a.riskLevel) m.riskLevel = a.riskLevel;
      note('ASSESSMENT_SUBMITTED', a.actor, { needs: a.needs ?? [], riskLevel: m.riskLevel });
      await open('APPROVAL', { ref: 'ASSESSMENT' });
      await project();
    },
  );

  const approvalValidator = (a: { actor: Actor; subject: string }) => {
    if (a.actor?.role !== 'HEAD_OF_CENTRE' || a.actor.provinceCode !== m.provinceCode) {
      throw new Error(`approvals are reserved to the head of the accompaniment centre of ${m.provinceCode}`);
    }
    isOpen();
    oneOf(a.subject, APPROVAL_SUBJECTS, 'subject');
    awaited('APPROVAL', a.subject, `no ${a.subject.toLowerCase().replace('_', ' ')} awaits approval`);
  };

  on(approveUpdate, approvalValidator, async (a) => {
    await closeSteps('APPROVAL', 'DONE', a.subject);
    await fact('APPROVED', { subject: a.subject }, a.actor);
    if (a.subject === 'ASSESSMENT') {
      m.assessment = 'APPROVED';
      m.carePlan = 'PENDING';
      await setStage('CARE_PLAN');
      await open('CARE_PLAN');
    } else if (a.subject === 'CARE_PLAN') {
      m.carePlan = 'APPROVED';
      if (m.placement === 'INSTITUTION') await placeInInstitution();
      if (!book.find('CASE_REVIEW') && !m.afterCare) await open('CASE_REVIEW');
      if (m.stage === 'CARE_PLAN') await setStage(activeReferrals().length > 0 ? 'REFERRALS' : 'FOLLOW_UP');
    } else {
      await finish(m.closure?.reason ?? 'OTHER', a.actor);
    }
  });

  on(
    rejectUpdate,
    (a) => {
      approvalValidator(a);
      text(a.reason, 'a rejection reason');
    },
    async (a) => {
      await closeSteps('APPROVAL', 'DONE', a.subject);
      await fact('REJECTED', { subject: a.subject, reason: a.reason }, a.actor);
      if (a.subject === 'ASSESSMENT') {
        m.assessment = 'PENDING';
        await open('ASSESSMENT', { ref: 'REWORK' });
      } else if (a.subject === 'CARE_PLAN') {
        m.carePlan = 'PENDING';
        await open('CARE_PLAN', { ref: 'REWORK' });
      } else {
        m.closure = null;
      }
    },
  );

  on(
    submitCarePlanUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'submitting the care plan');
      isOpen();
      awaited('CARE_PLAN', undefined, 'no care plan is awaited (the assessment must be approved first)');
      if (!Array.isArray(a.objectives) || a.objectives.length === 0 || a.objectives.some((o) => typeof o !== 'string' || !o.trim())) {
        throw new Error('the care plan needs at least one objective');
      }
      oneOf(a.placement, PLACEMENTS, 'placement');
      for (const s of a.services ?? []) oneOf(s, SERVICES, 'each service');
    },
    async (a) => {
      await closeSteps('CARE_PLAN');
      m.carePlan = 'SUBMITTED';
      m.placement = a.placement;
      note('CARE_PLAN_SUBMITTED', a.actor, { placement: a.placement, services: a.services ?? [] });
      await open('APPROVAL', { ref: 'CARE_PLAN' });
    },
  );

  on(
    recordConsentUpdate,
    (a) => {
      allow(a.actor, ['COORDINATOR'], 'recording consent');
      isOpen();
      oneOf(a.givenBy, CONSENT_GIVERS, 'givenBy');
      for (const s of a.services ?? []) oneOf(s, SERVICES, 'each service');
    },
    async (a) => {
      m.consents.push({
        givenBy: a.givenBy,
        services: a.services && a.services.length > 0 ? a.services : null,
        documentRef: a.documentRef ?? null,
        recordedBy: a.actor.userId,
        at: now(),
      });
      await fact('CONSENT_RECORDED', { givenBy: a.givenBy, services: a.services ?? null }, a.actor);
    },
  );

  on(
    createReferralUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'referring the child');
      isOpen();
      if (m.stage === 'REPORTED') throw new Error('the report must be acknowledged first');
      referralIdFree(a.referralId);
      text(a.organisationId, 'organisationId');
      oneOf(a.service, SERVICES, 'service');
      if (sharingBasis(a.service, a.sharesInformation ?? true) === null) {
        throw new Error('sharing the child’s information needs the recorded consent of the child or guardian, or a court order covering it');
      }
      if (a.replaces !== undefined) awaited('REORIENTATION', a.replaces, `referral ${a.replaces} is not waiting for re-orientation`);
    },
    async (a) => {
      const basis = sharingBasis(a.service, a.sharesInformation ?? true) as SharingBasis;
      await startReferral(a, basis, a.actor, { replaces: a.replaces ?? null });
    },
  );

  on(
    reportToProsecutorUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'reporting to the prosecutor');
      isOpen();
      awaited('PROSECUTOR_REPORT', undefined, 'no report to the prosecutor is awaited');
    },
    async (a) => {
      await closeSteps('PROSECUTOR_REPORT');
      m.prosecutorReported = true;
      await fact('PROSECUTOR_REPORTED', { reference: a.reference ?? null }, a.actor);
    },
  );

  on(
    redirectToJudicialUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'redirecting to judicial protection');
      isOpen();
      if (m.track !== 'SOCIAL') throw new Error('the case is already on the judicial track');
      text(a.reason, 'a reason');
    },
    async (a) => {
      m.track = 'JUDICIAL';
      await fact('REDIRECTED_SOCIAL_TO_JUDICIAL', { reason: a.reason }, a.actor);
      await open('PROSECUTOR_REPORT');
      await project();
    },
  );

  on(
    recordCourtOrderUpdate,
    (a) => {
      allow(a.actor, ['JUDICIAL_LIAISON'], 'recording a court order');
      isOpen();
      text(a.orderId, 'orderId');
      if (m.courtOrders.some((o) => o.orderId === a.orderId)) throw new Error(`court order ${a.orderId} is already recorded`);
      if (!Array.isArray(a.measures) || a.measures.length === 0) throw new Error('a court order names at least one measure');
      for (const x of a.measures) oneOf(x, COURT_MEASURES, 'each measure');
      const ids = new Set<string>();
      for (const r of a.referrals ?? []) {
        referralIdFree(r.referralId);
        if (ids.has(r.referralId)) throw new Error(`referral ${r.referralId} appears twice`);
        ids.add(r.referralId);
        text(r.organisationId, 'organisationId');
        if (!a.measures.includes(r.service)) throw new Error(`referral ${r.referralId}: ${r.service} is not an ordered measure`);
      }
    },
    async (a) => {
      const covers = a.coversInformationSharing ?? true;
      m.courtOrders.push({ orderId: a.orderId, measures: a.measures, coversInformationSharing: covers, receivedAt: now(), closedAt: null });
      await fact('COURT_ORDER_RECEIVED', { orderId: a.orderId, measures: a.measures }, a.actor);
      if (m.track === 'JUDICIAL') {
        m.track = 'SOCIAL';
        await fact('REDIRECTED_JUDICIAL_TO_SOCIAL', { orderId: a.orderId, measures: a.measures }, a.actor);
        await closeSteps('PROSECUTOR_REPORT', 'CANCELLED');
      }
      await project();
      await open('COURT_REPORT', { ref: a.orderId });
      for (const r of a.referrals ?? []) {
        const basis: SharingBasis = covers ? 'COURT_ORDER' : (sharingBasis(r.service, true) ?? 'NONE');
        await startReferral(r, basis, a.actor, { courtOrderId: a.orderId });
      }
    },
  );

  on(
    submitCourtReportUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'reporting to the court');
      isOpen();
      awaited('COURT_REPORT', a.orderId, `no progress report is owed for court order ${a.orderId}`);
      text(a.summary, 'the report summary');
    },
    async (a) => {
      await closeSteps('COURT_REPORT', 'DONE', a.orderId);
      await fact('COURT_REPORT_SENT', { orderId: a.orderId }, a.actor);
      await open('COURT_REPORT', { ref: a.orderId });
    },
  );

  on(
    closeCourtOrderUpdate,
    (a) => {
      allow(a.actor, ['JUDICIAL_LIAISON'], 'closing a court order');
      isOpen();
      if (!openOrders().some((o) => o.orderId === a.orderId)) throw new Error(`court order ${a.orderId} is not open`);
    },
    async (a) => {
      const order = m.courtOrders.find((o) => o.orderId === a.orderId);
      if (order) order.closedAt = now();
      await closeSteps('COURT_REPORT', 'CANCELLED', a.orderId);
      await fact('COURT_ORDER_CLOSED', { orderId: a.orderId }, a.actor);
    },
  );

  on(
    recordReviewUpdate,
    (a) => {
      oneOf(a.kind, ['CASE', 'INSTITUTION'], 'kind');
      if (a.kind === 'CASE') allow(a.actor, COORDINATION, 'a case review');
      else allow(a.actor, ['JUDICIAL_LIAISON', 'COORDINATOR'], 'a placement review');
      isOpen();
      awaited(a.kind === 'CASE' ? 'CASE_REVIEW' : 'INSTITUTION_REVIEW', undefined, `no ${a.kind.toLowerCase()} review is due`);
      text(a.summary, 'the review summary');
    },
    async (a) => {
      const step: Step = a.kind === 'CASE' ? 'CASE_REVIEW' : 'INSTITUTION_REVIEW';
      await closeSteps(step);
      await fact('REVIEW', { kind: a.kind }, a.actor);
      await open(step);
    },
  );

  on(
    recordIntegrationUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'recording an integration');
      isOpen();
      if (m.stage === 'REPORTED') throw new Error('the report must be acknowledged first');
      oneOf(a.kind, INTEGRATION_KINDS, 'kind');
    },
    async (a) => {
      m.integrations.push({ kind: a.kind, at: now() });
      await fact('INTEGRATION', { kind: a.kind }, a.actor);
      if (a.kind === 'FAMILY' && m.inInstitution) await leaveInstitution();
      if (m.stage !== 'AFTER_CARE') await setStage('INTEGRATION');
    },
  );

  on(
    submitAutonomyPlanUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'the autonomy plan');
      isOpen();
      awaited('AUTONOMY_PLAN', undefined, 'no autonomy plan is awaited');
      if (!Array.isArray(a.goals) || a.goals.length === 0) throw new Error('the autonomy plan needs at least one goal');
    },
    async (a) => {
      await closeSteps('AUTONOMY_PLAN');
      if (m.afterCare) m.afterCare.autonomyPlan = true;
      await fact('AUTONOMY_PLAN', { goals: a.goals.length }, a.actor);
      await open('AFTERCARE_CHECKIN');
    },
  );

  on(
    recordCheckInUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'an after-care check-in');
      isOpen();
      awaited('AFTERCARE_CHECKIN', undefined, 'no after-care check-in is due');
    },
    async (a) => {
      await closeSteps('AFTERCARE_CHECKIN');
      await fact('AFTERCARE_CHECKIN', { autonomyReached: !!a.autonomyReached }, a.actor);
      if (a.autonomyReached) await requestClosure('AUTONOMY', a.note ?? null, a.actor);
      else await open('AFTERCARE_CHECKIN');
    },
  );

  on(
    transferUpdate,
    (a) => {
      allow(a.actor, ['COORDINATOR', 'HEAD_OF_CENTRE', 'DELEGATE'], 'transferring the case');
      isOpen();
      text(a.toProvinceCode, 'toProvinceCode');
      if (a.toProvinceCode === m.provinceCode) throw new Error(`the case is already in ${m.provinceCode}`);
    },
    async (a) => {
      const from = m.provinceCode;
      m.provinceCode = a.toProvinceCode;
      m.assigneeId = a.assigneeId ?? null;
      await fact('TRANSFERRED', { from, to: a.toProvinceCode, reason: a.reason ?? null }, a.actor);
      // Every awaited step starts again in the new province: its policy, its ladder.
      const moved = [...book.open];
      await Promise.all(moved.map((s) => book.close(s, 'CANCELLED')));
      const reopened = moved.map((s) =>
        book.start(forCoordinator(s.step, { ref: s.ref, organisationId: s.organisationId, expires: s.expires })),
      );
      if (!m.assigneeId && !book.find('ACKNOWLEDGEMENT')) reopened.push(book.start(forCoordinator('ACKNOWLEDGEMENT')));
      await Promise.all(reopened.map((s) => book.opened(s)));
      await project();
    },
  );

  on(
    closeUpdate,
    (a) => {
      allow(a.actor, COORDINATION, 'closing the case');
      isOpen();
      oneOf(a.reason, CLOSURE_REASONS, 'reason');
      if (book.find('APPROVAL', 'CLOSURE')) throw new Error('a closure already awaits approval');
      if (openOrders().length > 0) throw new Error('a court order is open: the judge closes it first');
    },
    async (a) => {
      await requestClosure(a.reason, a.note ?? null, a.actor);
    },
  );

  // ── the run ───────────────────────────────────────────────────────────────
  if (firstRun) {
    if (input.reopened) await fact('REOPENED', { reportId: input.report.reportId });
    await project();
  } else {
    book.resume();
  }
  void watchAdulthood();

  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const renew = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit;
  await condition(() => m.status === 'CLOSED' || renew());
  await condition(() => allHandlersFinished() && book.idle());
  if (m.status === 'CLOSED') return view();
  // Long life: a new run carries the whole state; ladders resume from their level.
  return continueAsNew<typeof caseWorkflow>({ ...input, reopened: false, carried: m });
}
