// The awaited step and its escalation ladder, shared by every workflow.
//
// A step is a plain record kept in workflow state (absolute instants only, so
// it survives continue-as-new). Opening it loads the policy in force now for
// the step's province and projects it; its ladder then waits for the
// deadline and, level after level, alerts whoever the province's ladder names,
// until the awaited action closes the step.
import { condition, patched, proxyActivities } from '@temporalio/workflow';
import type { AlertInput, AlertOutcome } from '../activities/alert-contract';
import { projections, unheld } from './projections';
import { ladderFor, NOTICE_ON_OPEN, STEP_LABELS, type LadderRole, type Step } from '../libs/domain/steps';

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

/** Notices when a step opens; pathways older than them replay without. */
export const STEP_NOTICES_PATCH = 'notice-when-a-step-opens';
/** A step's NOTICE_ON_OPEN role (libs/domain/steps.ts) hears of it when it opens. */
export const NOTICE_ON_OPEN_PATCH = 'notice-on-open-beyond-the-ladder';
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

const { sendAlert } = proxyActivities<AlertActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const nowIso = () => new Date().toISOString();

export class StepBook {
  /** effects in flight: no continue-as-new while > 0 */
  private busy = 0;
  private readonly opening = new Map<string, Promise<void>>();

  constructor(
    private readonly holder: StepHolder,
    private readonly ctx: LadderContext,
  ) {}

  get open(): readonly AwaitedStep[] {
    return this.holder.steps;
  }

  idle(): boolean {
    return this.busy === 0;
  }

  /** Runs an effect, counted so that continue-as-new waits for it. */
  async track<T>(p: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await p();
    } finally {
      this.busy--;
    }
  }

  find(step: Step, ref?: string | null): AwaitedStep | undefined {
    return this.holder.steps.find((s) => s.step === step && (ref === undefined || s.ref === ref));
  }

  rowKey(s: AwaitedStep): string {
    return `${this.ctx.workflowId}:${s.key}`;
  }

  /**
   * Registers the step at once (so the awaited action can close it straight
   * away) and loads its deadline in the background; `opened` waits for that.
   */
  start(spec: StepSpec): AwaitedStep {
    const n = ++this.holder.seq;
    const s: AwaitedStep = {
      key: `${this.holder.cycle}:${spec.step}:${n}`,
      step: spec.step,
      provinceCode: spec.provinceCode,
      assigneeUserId: spec.assigneeUserId ?? null,
      organisationId: spec.organisationId ?? null,
      ref: spec.ref ?? null,
      openedAt: nowIso(),
      dueAt: null,
      escalationMs: 0,
      level: -1,
      closed: false,
      climb: false,
      expires: spec.expires ?? false,
      expired: false,
      ...(spec.notify ? { notify: true } : {}),
      ...(spec.urgent ? { urgent: true } : {}),
      ...(spec.dueAt ? { fixedDueAt: spec.dueAt } : {}),
    };
    this.holder.steps.push(s);
    this.opening.set(s.key, this.track(() => this.load(s)));
    return s;
  }

  /** Opens a step and waits until its deadline is known and projected. */
  async openStep(spec: StepSpec): Promise<AwaitedStep> {
    const s = this.start(spec);
    await this.opened(s);
    return s;
  }

  async opened(s: AwaitedStep): Promise<void> {
    await this.opening.get(s.key);
  }

  /** After continue-as-new: the ladders of open steps go on from their level. */
  resume(): void {
    for (const s of this.holder.steps) {
      if (s.dueAt) void this.ladder(s);
      else this.opening.set(s.key, this.track(() => this.load(s)));
    }
  }

  /** The awaited action arrived (DONE) or the step no longer applies (CANCELLED). */
  async close(s: AwaitedStep, status: 'DONE' | 'CANCELLED' = 'DONE'): Promise<void> {
    if (s.closed) return;
    s.closed = true;
    this.holder.steps = this.holder.steps.filter((x) => x !== s);
    await this.track(async () => {
      await this.opening.get(s.key);
      this.opening.delete(s.key);
      const closedAt = nowIso();
      if (s.dueAt) await unheld(() => this.track(() => projections().closeStep({ key: this.rowKey(s), status, closedAt })));
    });
  }

  async closeAll(pred: (s: AwaitedStep) => boolean, status: 'DONE' | 'CANCELLED'): Promise<void> {
    await Promise.all(this.holder.steps.filter(pred).map((s) => this.close(s, status)));
  }

  /**
   * The case moved to another province: the step keeps its deadline and the level its
   * ladder has reached, and the levels still to come alert the new province's roles.
   * Its row is projected again (same key) with the new province.
   */
  async move(s: AwaitedStep, provinceCode: string, assigneeUserId?: string | null): Promise<void> {
    s.provinceCode = provinceCode;
    if (assigneeUserId !== undefined) s.assigneeUserId = assigneeUserId;
    await this.track(async () => {
      await this.opening.get(s.key);
      if (s.closed || !s.dueAt) return;
      // No policy in the new province: the row keeps the old one, the ladder goes on anyway.
      await projections().openStep({
        key: this.rowKey(s),
        caseId: this.ctx.caseId,
        provinceCode,
        category: this.ctx.category(),
        riskLevel: this.ctx.riskLevel(),
        step: s.step,
        label: STEP_LABELS[s.step].fr,
        openedAt: s.openedAt,
        dueAt: s.dueAt,
        level: s.level,
      }).catch(() => undefined);
    });
  }

  /** Every delivery of an alert failed for good: alert the next level now. */
  deliveryFailed(stepKey: string, level: number): void {
    // An undelivered notice changes nothing: the deadline alert is still to come.
    if (level === NOTICE_LEVEL) return;
    const s = this.holder.steps.find((x) => x.key === stepKey || this.rowKey(x) === stepKey);
    if (s && !s.closed && s.level === level) s.climb = true;
  }

  private async load(s: AwaitedStep): Promise<void> {
    try {
      const opened = await projections().openStep({
        key: this.rowKey(s),
        caseId: this.ctx.caseId,
        provinceCode: s.provinceCode,
        category: this.ctx.category(),
        riskLevel: this.ctx.riskLevel(),
        step: s.step,
        label: STEP_LABELS[s.step].fr,
        openedAt: s.openedAt,
        ...(s.fixedDueAt ? { dueAt: s.fixedDueAt } : {}),
      });
      s.dueAt = opened.dueAt;
      s.escalationMs = opened.escalationMs;
    } catch (err) {
      // No policy for this step: it stays open without a deadline.
      this.ctx.onPolicyMissing?.(s, err instanceof Error ? err.message : String(err));
      return;
    }
    if (s.notify && !s.closed && patched(STEP_NOTICES_PATCH)) void this.track(() => this.notice(s));
    const told = NOTICE_ON_OPEN[s.step];
    if (told && !s.closed && patched(NOTICE_ON_OPEN_PATCH)) void this.track(() => this.notice(s, told));
    // Only code written since urgent alerts existed opens urgent steps (behind its own patches).
    if (s.urgent && !s.closed) void this.track(() => this.urgentAlert(s));
    if (!s.closed) void this.ladder(s);
  }

  /** Tells the step's first recipient that it is theirs, and by when (one channel, theirs). */
  private async notice(s: AwaitedStep, role?: LadderRole): Promise<void> {
    const key = role ? `${this.rowKey(s)}:notice:${role}` : `${this.rowKey(s)}:notice`;
    await sendAlert({ ...this.alertInput(s, key, NOTICE_LEVEL, role ?? ladderFor(s.step)[0], nowIso()), notice: true });
  }

  /**
   * An urgent step has just opened: its first levels hear of it now, one after the
   * other, each on every channel (keyed per role: a retry alerts nobody twice).
   */
  private async urgentAlert(s: AwaitedStep): Promise<void> {
    for (const role of ladderFor(s.step).slice(0, URGENT_LEVELS)) {
      const outcome = await sendAlert({ ...this.alertInput(s, `${this.rowKey(s)}:urgent:${role}`, NOTICE_LEVEL, role, nowIso()), notice: true, urgent: true });
      this.ctx.onUrgentAlerted?.(s, role, outcome);
    }
  }

  /** What the alert activity needs to know of a step, at a level of its ladder (or a notice). */
  private alertInput(s: AwaitedStep, key: string, level: number, role: LadderRole, alertedAt: string): AlertInput {
    return {
      key,
      workflowId: this.ctx.workflowId,
      caseWorkflowId: this.ctx.caseWorkflowId,
      caseId: this.ctx.caseId,
      caseReference: this.ctx.caseReference(),
      provinceCode: s.provinceCode,
      category: this.ctx.category(),
      step: s.step,
      stepKey: s.key,
      level,
      ladderRole: role,
      assigneeUserId: s.assigneeUserId,
      organisationId: s.organisationId,
      dueAt: s.dueAt as string,
      alertedAt,
    };
  }

  /** Waits until `at`, or until the step closes (or must climb, when climbWakes). */
  private async waitUntil(s: AwaitedStep, at: number, climbWakes: boolean): Promise<void> {
    const wait = at - Date.now();
    if (wait > 0) await condition(() => s.closed || (climbWakes && s.climb), wait);
  }

  private async ladder(s: AwaitedStep): Promise<void> {
    const roles = ladderFor(s.step);
    const due = Date.parse(s.dueAt as string);
    for (;;) {
      if (s.closed) return;
      const next = s.level + 1;
      if (next >= roles.length) {
        if (s.expires && !s.expired) {
          await this.waitUntil(s, due + roles.length * s.escalationMs, false);
          if (!s.closed) s.expired = true;
        }
        return;
      }
      await this.waitUntil(s, due + next * s.escalationMs, true);
      if (s.closed) return;
      s.climb = false;
      s.level = next;
      await this.track(() => this.alert(s, next, roles[next]));
    }
  }

  private async alert(s: AwaitedStep, level: number, role: LadderRole): Promise<void> {
    const key = `${this.rowKey(s)}:${level}`;
    const alertedAt = nowIso();
    const outcome = await sendAlert(this.alertInput(s, key, level, role, alertedAt));
    await projections().recordEscalation({
      key,
      stepKey: this.rowKey(s),
      caseId: this.ctx.caseId,
      provinceCode: s.provinceCode,
      step: s.step,
      level,
      role,
      dueAt: s.dueAt as string,
      alertedAt,
      delivered: outcome.recipients > 0,
    });
    this.ctx.onEscalated?.(s, level, role, outcome);
    if (outcome.recipients === 0 && !s.closed && s.level === level) s.climb = true;
  }
}
