// One local activity per workflow task for a pathway's read model: the
// projection operations a handler asked for, in order, written by ONE SQL
// statement (ProjectionPort.apply, a database function), with the deadlines
// of the steps it opens resolved from an in-worker policy cache.
//
// The cache is checked, not trusted: every policy change bumps a version
// (a statement trigger on PolicyRule), the rules are cached with the version
// they were read at, and a batch that opens a step is written only if that
// version is still current — otherwise nothing is written, the cache is
// reloaded and the batch resolved again. No lookup costs a round trip, no step
// opens on a policy older than the one in force when it was written, and
// invalidation needs no listener, channel or time-to-live.
import { ApplicationFailure } from '@temporalio/common';
import { durationMs } from '../libs/domain/duration';
import { withDeadlines, type ProjectedView } from '../libs/domain/case-view';
import { resolveRule, type PolicyRuleLike } from '../libs/domain/policy';
import type { Deadline, DeadlineQuery, OpenStepInput } from './index';
import type { ActivityPorts, ProjectionWrite } from './ports';

/**
 * What a workflow asks of its read model in one workflow task: the port's
 * writes (ProjectionWrite), but for a step, which the batch opens from the
 * policy, and the view, whose new steps' deadlines the batch fills in.
 */
export type ProjectionOp =
  | Exclude<ProjectionWrite, { kind: 'step' | 'view' }>
  | { kind: 'openStep'; s: OpenStepInput }
  /** last of its batch: the case's view, its new steps' deadlines filled from the batch (row key = prefix + step key) */
  | { kind: 'view'; caseId: string; prefix: string; view: ProjectedView };

/** One outcome per operation, in order: a step's deadline, or why it has none. */
export type ProjectionOutcome = (Deadline & { dueAt: string }) | { policyMissing: string } | null;

const POLICY_RELOADS = 3;

/** The policy rules by province, valid at one version of the PolicyRule table. */
export class PolicyCache {
  private version: number | null = null;
  private readonly byProvince = new Map<string, Promise<PolicyRuleLike[]>>();

  constructor(private readonly ports: ActivityPorts['policy']) {}

  /** The version the cached rules were read at (read first: a change in between only makes it stale). */
  async current(): Promise<number | null> {
    if (!this.ports.version) return null;
    if (this.version === null) this.version = await this.ports.version();
    return this.version;
  }

  rulesFor(provinceCode: string): Promise<PolicyRuleLike[]> {
    let rules = this.byProvince.get(provinceCode);
    if (!rules || !this.ports.version) {
      rules = this.ports.rulesFor(provinceCode);
      this.byProvince.set(provinceCode, rules);
      rules.catch(() => this.byProvince.delete(provinceCode));
    }
    return rules;
  }

  /** A policy changed since the rules were read: forget them. */
  invalidate(version: number | null): void {
    this.byProvince.clear();
    this.version = version;
  }
}

export function resolveDeadline(rules: readonly PolicyRuleLike[], q: DeadlineQuery): Deadline | null {
  const rule = resolveRule(rules, q);
  const escalation = resolveRule(rules, { ...q, step: 'ESCALATION_INTERVAL' });
  if (!rule || !escalation) return null;
  return { durationMs: durationMs(rule.duration), escalationMs: durationMs(escalation.duration), duration: rule.duration, escalation: escalation.duration };
}

export function policyMissing(q: DeadlineQuery): string {
  return `no policy for ${q.step} in ${q.provinceCode} (${q.category}, ${q.riskLevel})`;
}

export function createProjectionBatch(ports: ActivityPorts, policy: PolicyCache) {
  /** A port without `apply` (the workflow tests' memory store): the same writes, one call each. */
  async function oneByOne(writes: ProjectionWrite[]): Promise<null> {
    const p = ports.projection;
    for (const w of writes) {
      if (w.kind === 'case') await p.saveCase(w.p);
      else if (w.kind === 'event') await p.recordEvent(w.e);
      else if (w.kind === 'step') await p.saveStep(w.p);
      else if (w.kind === 'closeStep') await p.closeStep(w.c);
      else if (w.kind === 'escalation') await p.saveEscalation(w.e);
      else if (w.kind === 'referral') await p.saveReferral(w.r);
      else if (w.kind === 'complaint') await p.saveComplaint(w.c);
      else if (w.kind === 'notes') await p.saveNotes?.(w);
      else await p.saveView?.(w.caseId, w.view);
    }
    return null;
  }

  /** The rows to write and the outcomes to return, at the cache's current version. */
  async function resolve(ops: ProjectionOp[]): Promise<{ writes: ProjectionWrite[]; outcomes: ProjectionOutcome[] }> {
    const writes: ProjectionWrite[] = [];
    const outcomes: ProjectionOutcome[] = [];
    const opened = new Map<string, string>();
    for (const op of ops) {
      if (op.kind === 'view') {
        writes.push({ kind: 'view', caseId: op.caseId, view: withDeadlines(op.view, op.prefix, opened) });
        outcomes.push(null);
        continue;
      }
      if (op.kind !== 'openStep') {
        writes.push(op);
        outcomes.push(null);
        continue;
      }
      const s = op.s;
      const deadline = resolveDeadline(await policy.rulesFor(s.provinceCode), s);
      if (!deadline) {
        outcomes.push({ policyMissing: policyMissing(s) });
        continue;
      }
      const dueAt = s.dueAt ?? new Date(Date.parse(s.openedAt) + deadline.durationMs).toISOString();
      if (s.caseId) {
        writes.push({
          kind: 'step',
          p: {
            key: s.key, caseId: s.caseId, provinceCode: s.provinceCode, step: s.step, label: s.label, dueAt, level: s.level ?? -1, status: 'OPEN', openedAt: s.openedAt,
            ...(s.version === undefined ? {} : { version: s.version }),
          },
        });
      }
      opened.set(s.key, dueAt);
      outcomes.push({ ...deadline, dueAt });
    }
    return { writes, outcomes };
  }

  return {
    /** `pathwayVersion`: the instant of the workflow task that sent the batch (case workflows since the batches are versioned). */
    async projectBatch(ops: ProjectionOp[], pathwayVersion?: number): Promise<ProjectionOutcome[]> {
      const opensSteps = ops.some((op) => op.kind === 'openStep');
      for (let attempt = 0; ; attempt++) {
        const version = opensSteps ? await policy.current() : null;
        const { writes, outcomes } = await resolve(ops);
        const stale = ports.projection.apply ? await ports.projection.apply(writes, version, pathwayVersion ?? null) : await oneByOne(writes);
        if (stale === null) return outcomes;
        policy.invalidate(stale);
        if (attempt >= POLICY_RELOADS) throw ApplicationFailure.retryable('the policy kept changing while the step opened; retrying', 'PolicyChanging');
      }
    },
  };
}
