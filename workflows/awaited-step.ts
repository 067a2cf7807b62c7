// The awaited step: a plain record kept in workflow state (absolute instants
// only, so it survives continue-as-new), what opens one, and what the ladder
// that escalates it needs of its workflow (escalation.ts keeps the steps,
// ladder.ts climbs).
import type { AlertInput, AlertOutcome } from '../activities/alert-contract';
import type { LadderRole, Step } from '../libs/domain/steps';

export type AlertActivities = { sendAlert(input: AlertInput): Promise<AlertOutcome> };

export interface AwaitedStep {
  /** unique inside the workflow, across runs and reopenings */
  key: string;
  step: Step;
  provinceCode: string;
  assigneeUserId: string | null;
  organisationId: string | null;
  /** what the step is about: an approval subject, a referral id, a court order id */
  ref: string | null;
  openedAt: string;
  /** null until the policy has been loaded */
  dueAt: string | null;
  escalationMs: number;
  /** the highest level alerted; -1 before the deadline */
  level: number;
  closed: boolean;
  /** the last level had nobody to alert, or all its deliveries failed: climb at once */
  climb: boolean;
  /** the step expires one interval after its last level (referral acceptance) */
  expires: boolean;
  expired: boolean;
  /** its first recipient hears of it when it opens (a notice), not only at the deadline */
  notify?: boolean;
  /** urgent: the first two levels of its ladder are alerted when it opens, on every channel */
  urgent?: boolean;
  /** a deadline set by the step's opener (a judge's interval), not by the policy */
  fixedDueAt?: string;
}

export interface StepSpec {
  step: Step;
  provinceCode: string;
  assigneeUserId?: string | null;
  organisationId?: string | null;
  ref?: string | null;
  expires?: boolean;
  /** send a notice when the step opens (a provider's new referral, a delegate's new complaint) */
  notify?: boolean;
  /**
   * alert at once, on every channel, the first two levels of the step's ladder (for a
   * coordinator's step: the assignee, or the province's coordinators before anyone is
   * assigned, and the head of centre): an urgent report, a runaway
   */
  urgent?: boolean;
  /** the deadline, when the opener sets it (a judge's interval): the policy gives only the ladder's interval */
  dueAt?: string;
}

/** The level of a notice: before the deadline, below every ladder level. */
export const NOTICE_LEVEL = -1;
/** How many levels of its ladder an urgent step alerts when it opens. */
export const URGENT_LEVELS = 2;

/** The part of a workflow's state the ladder owns. */
export interface StepHolder {
  steps: AwaitedStep[];
  seq: number;
  /** distinguishes the step keys of a reopened case from its earlier life */
  cycle: string;
}

export interface LadderContext {
  workflowId: string;
  caseWorkflowId: string;
  caseId: string;
  caseReference(): string;
  category(): string;
  riskLevel(): string;
  onEscalated?(s: AwaitedStep, level: number, role: LadderRole, outcome: AlertOutcome): void;
  onPolicyMissing?(s: AwaitedStep, message: string): void;
  onUrgentAlerted?(s: AwaitedStep, role: LadderRole, outcome: AlertOutcome): void;
}

export const nowIso = (): string => new Date().toISOString();
