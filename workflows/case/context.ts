// What every stage of the case workflow shares: the memory `m` (plain JSON,
// carried across continue-as-new), the StepBook of awaited steps, and the few
// effects a stage uses: a timeline note, a counted fact, the projection of the
// case row, the one writer of the stage, opening and closing steps, the view,
// and `on`, which registers an update with its validator.
import { ActivityFailure, ApplicationFailure, condition, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { PATCH, since } from '../patches';
import type { UpdateDefinition } from '@temporalio/common';
import type { Stage } from '../../libs/domain/pathway';
import { assertPermitted, ForbiddenAction, type Action } from '../../libs/domain/permissions';
import { canMove, LEGACY_STAGE_MOVES, stageRefusal } from '../../libs/domain/stages';
import type { Step } from '../../libs/domain/steps';
import type { Actor } from '../actor';
import { TIMELINE_KEPT, type CaseInput, type CaseMemory, type CaseState, type CourtOrder, type ReferralSummary, type TimelineEntry } from '../case.messages';
import { StepBook, type AwaitedStep, type StepSpec } from '../escalation';
import { post, projectionsBatched, projectionsIdle, projectViewIfChanged, projectViewWith, writesPosted } from '../projections';
import { caseSearchAttributes, SA_PROVINCE, SA_STAGE } from '../search-attributes';
import { refused } from '../refusal';
import { freshMemory } from './memory';

/** Steps that wait for the case's coordinator (their ladder's ASSIGNEE level). */
export const COORDINATOR_STEPS: readonly Step[] = [
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
  'RUNAWAY',
  'FAMILY_VISIT',
];
const ACTIVE_REFERRAL = ['PENDING', 'ACCEPTED', 'STARTED'];

export type CaseContext = ReturnType<typeof caseContext>;

/** Activity failures surface as failed updates with the business reason. */
function asFailure(err: unknown): unknown {
  if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) {
    return ApplicationFailure.create({ message: err.cause.message, type: err.cause.type ?? undefined, nonRetryable: true });
  }
  return err;
}

const isLegacyMove = (from: Stage, to: Stage) => LEGACY_STAGE_MOVES.some(([f, t]) => f === from && t === to);

export function caseContext(input: CaseInput) {
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
    onUrgentAlerted: (s, role, outcome) => note('URGENT_ALERT', undefined, { step: s.step, stepKey: s.key, role, recipients: outcome.recipients }),
  });

  // ── effects ───────────────────────────────────────────────────────────────
  function note(type: string, by?: Actor, data?: Record<string, unknown>): void {
    const entry: TimelineEntry = { at: now(), type, ...(by ? { by } : {}), ...(data ? { data } : {}) };
    m.timeline.push(entry);
    if (m.timeline.length > TIMELINE_KEPT) m.timeline.splice(0, m.timeline.length - TIMELINE_KEPT);
    projectNote(entry);
  }

  /**
   * The note goes to PostgreSQL with the task's other writes: GET /cases/:id/timeline
   * reads it there instead of querying the pathway, which replays its whole run when it
   * is not in a worker's cache. The life's first note since the change brings the kept
   * timeline with it, so the rows are the whole timeline from the moment any exists.
   */
  function projectNote(entry: TimelineEntry): void {
    // the change is asked first: a history without its marker asks nothing else here (older histories record their markers in order)
    if (!since(PATCH.TIMELINE_ROWS) || !writesPosted()) return;
    const entries = m.noteSeq === undefined ? [...m.timeline] : [entry];
    const first = (m.noteSeq ?? 0) + 1;
    m.noteSeq = first + entries.length - 1;
    post({ kind: 'notes', caseId: m.caseId, cycle: m.cycle, first, entries });
  }

  /** A fact indicators count: on the timeline and in PathwayEvent (key unique per case life). */
  async function fact(type: string, data: Record<string, unknown> = {}, by?: Actor): Promise<void> {
    note(type, by, data);
    const n = ++m.eventSeq;
    const at = now();
    await book.write('recordEvent', {
      key: `${workflowId}:${m.cycle}:${n}:${type}`,
      caseId: m.caseId,
      provinceCode: m.provinceCode,
      type,
      data: { ...data, ...(by ? { by: by.userId, role: by.role } : {}) },
      at,
    });
  }

  /** The case row in PostgreSQL, and the search attributes lists filter on. */
  async function project(): Promise<void> {
    if (m.searchAttributes) {
      upsertSearchAttributes(
        since(PATCH.CURRENT_SEARCH_ATTRIBUTES)
          ? caseSearchAttributes(m)
          : [
              { key: SA_PROVINCE, value: m.provinceCode },
              { key: SA_STAGE, value: m.stage },
            ],
      );
    }
    await book.write('projectCase', {
      caseId: m.caseId,
      stage: m.stage,
      status: m.status,
      track: m.track,
      provinceCode: m.provinceCode,
      assigneeId: m.assigneeId,
      riskLevel: m.riskLevel,
      closedAt: m.closedAt,
    });
  }

  /**
   * The only writer of the stage. A move outside the table (libs/domain/stages.ts)
   * is a bug, since validators refuse the actions that would make one; moves
   * older rules allowed pass, so that histories which made them replay.
   * Silent: the acknowledgement's passing stage and the closure are not noted.
   */
  function moveTo(stage: Stage): void {
    if (m.stage === stage) return;
    if (!canMove(m.stage, stage) && !isLegacyMove(m.stage, stage)) {
      throw new Error(`the pathway does not go from ${m.stage} to ${stage}: an action's validator let it through`);
    }
    m.stage = stage;
  }

  /** Moves to a stage (noted on the timeline) and projects the case. */
  async function setStage(stage: Stage): Promise<void> {
    const from = m.stage;
    moveTo(stage);
    if (from !== stage) note(`STAGE:${stage}`);
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

  /** The child has been seen or received (older pathways: a CHILD_SEEN note on the timeline). */
  const childSeen = () => !!m.childSeen || m.timeline.some((t) => t.type === 'CHILD_SEEN');

  const activeReferrals = (): ReferralSummary[] => m.referrals.filter((r) => ACTIVE_REFERRAL.includes(r.status));
  const openOrders = (): CourtOrder[] => m.courtOrders.filter((o) => !o.closedAt);

  function view(): CaseState {
    const { cycle, openedAt, afterCareEndsAt, steps, seq, eventSeq, timeline, noteSeq, searchAttributes, started, ...rest } = m;
    void [cycle, openedAt, afterCareEndsAt, seq, eventSeq, timeline, noteSeq, searchAttributes, started];
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

  // ── validation (validators throw: ForbiddenAction → 403, a refusal with its code → 409) ─
  /** The permission table decides who acts on this case (libs/domain/permissions.ts). */
  function permit(action: Action, actor: Actor | undefined): void {
    if (!actor?.userId) throw new ForbiddenAction('the action carries no acting user');
    assertPermitted(action, actor, { provinceCode: m.provinceCode });
  }
  function isOpen(): void {
    if (m.status !== 'OPEN') throw refused('case_closed', 'the case is closed');
  }
  /** The stage table decides where the pathway goes (libs/domain/stages.ts). */
  function mayMoveTo(stage: Stage): void {
    const why = stageRefusal(m.stage, stage);
    if (why) throw refused('stage_not_allowed', why);
  }
  function awaited(step: Step, ref: string | null | undefined, message: string): AwaitedStep {
    const s = book.find(step, ref);
    if (!s) throw refused('step_not_awaited', message);
    return s;
  }
  function text(value: unknown, what: string): void {
    if (typeof value !== 'string' || !value.trim()) throw refused('field_required', `${what} is required`);
  }
  function oneOf<T>(value: unknown, allowed: readonly T[], what: string): void {
    if (!allowed.includes(value as T)) throw refused('value_not_allowed', `${what} must be one of ${allowed.join(', ')}`);
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
        } finally {
          // batched writes the handler did not wait for, and the view they leave: the answer follows them
          if (projectionsBatched()) {
            projectViewIfChanged();
            if (!projectionsIdle()) await condition(projectionsIdle);
          }
        }
        return view();
      },
      {
        validator: (a: A) => {
          if (!a || typeof a !== 'object') throw refused('no_body', 'the action has no body');
          validate(a);
        },
      },
    );
  }

  projectViewWith({ caseId: m.caseId, prefix: `${workflowId}:`, view, version: () => Date.now() });

  return {
    input,
    workflowId,
    m,
    book,
    now,
    note,
    fact,
    project,
    moveTo,
    setStage,
    forCoordinator,
    open,
    closeSteps,
    activeReferrals,
    openOrders,
    childSeen,
    view,
    on,
    permit,
    isOpen,
    mayMoveTo,
    awaited,
    text,
    oneOf,
  };
}
