// The escalation ladder of an awaited step: a notice when it opens, the first
// levels at once when it is urgent, then, from its deadline, one level after
// the other alerted through the alert activity (and recorded), until the
// awaited action closes the step.
import { condition, proxyActivities } from '@temporalio/workflow';
import { PATCH, since } from './patches';
import type { AlertInput } from '../activities/alert-contract';
import { ladderFor, type LadderRole } from '../libs/domain/steps';
import { NOTICE_LEVEL, nowIso, URGENT_LEVELS, type AlertActivities, type AwaitedStep, type LadderContext } from './awaited-step';
import { projections } from './projections';

const { sendAlert } = proxyActivities<AlertActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** The instant a level of the step's ladder falls due (level 0 at the deadline). */
function levelAt(s: AwaitedStep, level: number): number {
  return Date.parse(s.dueAt as string) + level * s.escalationMs;
}

export class Ladder {
  constructor(
    private readonly ctx: LadderContext,
    /** the step's row key (its book's) */
    private readonly rowKey: (s: AwaitedStep) => string,
    /** the book's count of effects in flight (continue-as-new waits for them) */
    private readonly track: <T>(p: () => Promise<T>) => Promise<T>,
  ) {}

  /** Tells the step's first recipient that it is theirs, and by when (one channel, theirs). */
  async notice(s: AwaitedStep, role?: LadderRole): Promise<void> {
    const key = role ? `${this.rowKey(s)}:notice:${role}` : `${this.rowKey(s)}:notice`;
    await sendAlert({ ...this.alertInput(s, key, NOTICE_LEVEL, role ?? ladderFor(s.step)[0], nowIso()), notice: true });
  }

  /**
   * An urgent step has just opened: its first levels hear of it now, one after the
   * other, each on every channel (keyed per role: a retry alerts nobody twice).
   */
  async urgentAlert(s: AwaitedStep): Promise<void> {
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

  /**
   * The ladder has something to do now: its next level (or, after the last, its expiry)
   * is due, or a failed delivery asks it to climb. A timer that fired in this very
   * activation counts, though the climb's continuation has not run yet: conditions
   * are checked before it runs, and a run must not continue as new in between.
   */
  owes(s: AwaitedStep, now: number): boolean {
    if (s.closed || !s.dueAt) return false;
    const last = ladderFor(s.step).length;
    const next = s.level + 1;
    if (next >= last) return s.expires && !s.expired && levelAt(s, last) <= now;
    return s.climb || levelAt(s, next) <= now;
  }

  /** Waits for the deadline, then alerts level after level until the step closes (or expires after its last level). */
  async climb(s: AwaitedStep): Promise<void> {
    const roles = ladderFor(s.step);
    for (;;) {
      if (s.closed) return;
      const next = s.level + 1;
      if (next >= roles.length) {
        if (s.expires && !s.expired) {
          await this.waitUntil(s, levelAt(s, roles.length), false);
          if (!s.closed) s.expired = true;
        }
        return;
      }
      await this.waitUntil(s, levelAt(s, next), true);
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
    // Counted before its row is written, so the case's view that rides with the row counts
    // this level (before the patch the last level's count reached no view).
    const countedFirst = since(PATCH.ESCALATION_COUNTED_FIRST);
    if (countedFirst) this.ctx.onEscalated?.(s, level, role, outcome);
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
    if (!countedFirst) this.ctx.onEscalated?.(s, level, role, outcome);
    if (outcome.recipients === 0 && !s.closed && s.level === level) s.climb = true;
  }
}
