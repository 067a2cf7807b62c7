// The awaited steps of a workflow and their escalation ladders, shared by
// every workflow.
//
// A step is a plain record kept in workflow state (awaited-step.ts). Opening
// it loads the policy in force now for the step's province and projects it;
// its ladder (ladder.ts) then waits for the deadline and, level after level,
// alerts whoever the province's ladder names, until the awaited action closes
// the step.
import { NOTICE_ON_OPEN, STEP_LABELS, type Step } from '../libs/domain/steps';
import { PATCH, since } from './patches';
import { NOTICE_LEVEL, nowIso, type AwaitedStep, type LadderContext, type StepHolder, type StepSpec } from './awaited-step';
import { Ladder } from './ladder';
import { postedWritesIdle, projections, stepRowVersion, write, type PostedWrite } from './projections';

export * from './awaited-step';

export class StepBook {
  /** effects in flight: no continue-as-new while > 0 */
  private busy = 0;
  private readonly opening = new Map<string, Promise<void>>();
  private readonly followed: StepBook[] = [];
  private readonly ladder: Ladder;

  constructor(
    private readonly holder: StepHolder,
    private readonly ctx: LadderContext,
  ) {
    this.ladder = new Ladder(ctx, (s) => this.rowKey(s), (p) => this.track(p));
  }

  get open(): readonly AwaitedStep[] {
    return this.holder.steps;
  }

  /** No effect of this book in flight, and no write of this workflow posted and not yet written. */
  idle(): boolean {
    return this.busy === 0 && postedWritesIdle();
  }

  /**
   * Nothing in flight here or in the books this one follows, and no ladder owes
   * a level now: what a run must be before it continues as new, or a level
   * whose timer fired in the same activation would be sent by a closed run.
   */
  settled(): boolean {
    const now = Date.now();
    return this.idle() && this.followed.every((b) => b.settled()) && !this.holder.steps.some((s) => this.ladder.owes(s, now));
  }

  /** Another book over steps of the same holder (a merged case's step): its effects count as this book's. */
  follow(other: StepBook): void {
    this.followed.push(other);
  }

  /**
   * Runs an effect, counted so that continue-as-new waits for it. Not an async
   * function: `then` makes one promise where `async` and `await` made two, and
   * its caller resumes on the same turn of the microtask queue as it did (its
   * handler settles the answer at once), so recorded histories replay.
   */
  track<T>(p: () => Promise<T>): Promise<T> {
    this.busy++;
    let effect: Promise<T>;
    try {
      effect = p();
    } catch (err) {
      this.busy--;
      return Promise.reject(err);
    }
    return effect.then(
      (value) => {
        this.busy--;
        return value;
      },
      (err: unknown) => {
        this.busy--;
        throw err;
      },
    );
  }

  /** A projection write whose answer nobody needs (projections.ts `write`): a promise only for older pathways. */
  write<K extends PostedWrite>(name: K, arg: Parameters<typeof write<K>>[1]): Promise<void> | undefined {
    return write(name, arg, (p) => this.track(p));
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
      if (s.dueAt) void this.ladder.climb(s);
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
      if (s.dueAt) await this.write('closeStep', { key: this.rowKey(s), status, closedAt, ...stepRowVersion() });
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
        ...stepRowVersion(),
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
        ...stepRowVersion(),
      });
      s.dueAt = opened.dueAt;
      s.escalationMs = opened.escalationMs;
    } catch (err) {
      // No policy for this step: it stays open without a deadline.
      this.ctx.onPolicyMissing?.(s, err instanceof Error ? err.message : String(err));
      return;
    }
    if (s.notify && !s.closed && since(PATCH.STEP_NOTICES)) void this.track(() => this.ladder.notice(s));
    const told = NOTICE_ON_OPEN[s.step];
    if (told && !s.closed && since(PATCH.NOTICE_ON_OPEN)) void this.track(() => this.ladder.notice(s, told));
    // Only code written since urgent alerts existed opens urgent steps (behind its own patches).
    if (s.urgent && !s.closed) void this.track(() => this.ladder.urgentAlert(s));
    if (!s.closed) void this.ladder.climb(s);
  }
}
