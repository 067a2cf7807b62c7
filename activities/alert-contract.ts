// The contract between the pathway workflows and alert delivery: the workflow
// calls one activity per ladder level; the activity records one delivery per
// recipient and channel and returns at once (delivery is the notifier's job).
import type { LadderRole, Step } from '../libs/domain/steps';

export interface AlertInput {
  /** workflow id + step key + level: the idempotency key of the alert */
  key: string;
  workflowId: string;
  /** the case's workflow (for a referral, its parent case) */
  caseWorkflowId: string;
  caseId: string;
  caseReference: string;
  provinceCode: string;
  category: string;
  step: Step;
  stepKey: string;
  level: number;
  ladderRole: LadderRole;
  /** who the step waits for at level 0 */
  assigneeUserId?: string | null;
  organisationId?: string | null;
  dueAt: string;
  /** workflow time of the alert (deterministic) */
  alertedAt: string;
  /**
   * A non-urgent notice (a step has just opened for its assignee): one
   * channel per recipient, the first of their own order. Escalations go on
   * every channel the recipient has.
   */
  notice?: boolean;
  /**
   * An urgent step has just opened (an IMMINENT or HIGH report, a runaway):
   * the notice goes on every channel the recipient has, like an escalation.
   */
  urgent?: boolean;
  /**
   * Feedback to the structure that filed a report (measure 59): its intake users hear
   * that the report was received, and at closure the outcome in general terms, never
   * the child's file. One channel per recipient, like a notice; keyed per report + kind.
   */
  feedback?: ReportFeedback;
}

export const FEEDBACK_KINDS = ['RECEIPT', 'OUTCOME'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export interface ReportFeedback {
  kind: FeedbackKind;
  reportId: string;
  /** OUTCOME: the closure reason, told in general terms */
  outcome?: string | null;
}

export interface AlertOutcome {
  /** users found for the ladder role; 0 means the workflow climbs at once */
  recipients: number;
  /** delivery rows created or already present for this alert */
  deliveries: number;
}

/**
 * Sent by the notifier to the workflow when every delivery of an alert has
 * failed for good, so the pathway can alert the next level at once.
 */
export interface AlertDeliveryFailed {
  stepKey: string;
  level: number;
}
