// The activity factory: every I/O a pathway performs, built from narrow ports.
// Every activity is idempotent, keyed on workflow id + step (+ level).
import { ApplicationFailure } from '@temporalio/common';
import type { PolicyStep } from '../libs/domain/steps';
import { createProjectionBatch, policyMissing, PolicyCache, resolveDeadline } from './projection-batch';
import type { ActivityPorts, CaseProjection, ComplaintProjection, EscalationRecord, PathwayEventRecord, ReferralProjection, StepClosure } from './ports';

export interface DeadlineQuery {
  provinceCode: string;
  category: string;
  riskLevel: string;
  step: PolicyStep;
}

export interface Deadline {
  /** milliseconds until the step is due */
  durationMs: number;
  /** milliseconds between two levels of the ladder */
  escalationMs: number;
  /** the ISO durations, for the history */
  duration: string;
  escalation: string;
}

export interface OpenStepInput extends DeadlineQuery {
  /** workflow id + step key */
  key: string;
  caseId: string;
  label?: string;
  /** workflow time at which the step opens */
  openedAt: string;
  /** set when the step is resumed (continue-as-new): no policy lookup */
  dueAt?: string;
  level?: number;
  /** the instant (ms) of the workflow task that opened it (StepProjection.version) */
  version?: number;
}

export interface OpenedStep extends Deadline {
  dueAt: string;
}

export interface ProviderCheck {
  organisationId: string;
  service: string;
}

/** Business failures of activities, listed as non-retryable where proxied. */
const POLICY_MISSING = 'PolicyMissing';
const PROVIDER_NOT_IN_DIRECTORY = 'ProviderNotInDirectory';
/** Their names, for the workflows' `nonRetryableErrorTypes` (checked against these constants). */
export type BusinessFailure = typeof POLICY_MISSING | typeof PROVIDER_NOT_IN_DIRECTORY;

export function createActivities(ports: ActivityPorts) {
  // Pathways older than the batched projections still open steps one by one:
  // from the rules of the province read now.
  async function deadlineOf(q: DeadlineQuery): Promise<Deadline> {
    const deadline = resolveDeadline(await ports.policy.rulesFor(q.provinceCode), q);
    if (!deadline) throw ApplicationFailure.nonRetryable(policyMissing(q), POLICY_MISSING);
    return deadline;
  }

  return {
    ...createProjectionBatch(ports, new PolicyCache(ports.policy)),

    /**
     * Opens an awaited step: loads the policy in force now for the step's
     * province, category and risk level, and projects the step (upsert by key).
     */
    async openStep(s: OpenStepInput): Promise<OpenedStep> {
      const deadline = await deadlineOf(s);
      const dueAt = s.dueAt ?? new Date(Date.parse(s.openedAt) + deadline.durationMs).toISOString();
      // A step about no case (a public complaint's answer) has its deadline on its own row, not in OpenStep.
      if (s.caseId) await ports.projection.saveStep({
        key: s.key,
        caseId: s.caseId,
        provinceCode: s.provinceCode,
        step: s.step,
        label: s.label,
        dueAt,
        level: s.level ?? -1,
        status: 'OPEN',
        openedAt: s.openedAt,
        ...(s.version === undefined ? {} : { version: s.version }),
      });
      return { ...deadline, dueAt };
    },

    async closeStep(c: StepClosure): Promise<void> {
      await ports.projection.closeStep(c);
    },

    async projectCase(p: CaseProjection): Promise<void> {
      await ports.projection.saveCase(p);
    },

    async recordEvent(e: PathwayEventRecord): Promise<void> {
      await ports.projection.recordEvent(e);
    },

    /** One row per ladder level (key workflow id + step key + level). */
    async recordEscalation(e: EscalationRecord): Promise<void> {
      await ports.projection.saveEscalation(e);
    },

    async projectReferral(r: ReferralProjection): Promise<void> {
      await ports.projection.saveReferral(r);
    },

    async projectComplaint(c: ComplaintProjection): Promise<void> {
      await ports.projection.saveComplaint(c);
    },

    /** The provider must be in the directory, active, and offer the service. */
    async checkProvider(c: ProviderCheck): Promise<{ provinceCode: string }> {
      const org = await ports.directory.organisation(c.organisationId);
      if (!org || !org.active) {
        throw ApplicationFailure.nonRetryable(`organisation ${c.organisationId} is not an active provider of the directory`, PROVIDER_NOT_IN_DIRECTORY);
      }
      if (!org.services.includes(c.service)) {
        throw ApplicationFailure.nonRetryable(`organisation ${c.organisationId} does not offer ${c.service}`, PROVIDER_NOT_IN_DIRECTORY);
      }
      return { provinceCode: org.provinceCode };
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
