// Merging two cases of one child. The head of centre names the case that goes
// on (the survivor) and the duplicate. The duplicate's pathway is ended by
// `mergeInto`: its ladders stop, it moves to MERGED with a pointer to the
// survivor, and it returns what it carried (open steps, running referrals,
// reports) with its memory, so that the API can start it again as it was if
// the survivor does not take it. The survivor's `absorb` takes the reports,
// re-opens the moved steps under its own ladder (the original deadline where
// it is still ahead, else due now) and adopts the running referral workflows,
// which it re-points so that their status changes reach it.
//
// Steps bound to the duplicate's own stage (acknowledgement, assessment, care
// plan, approvals) are not moved: the survivor's stage has its own; nor a
// step the survivor already awaits, nor the child-seen step of a child the
// survivor has seen. An administrator's unmerge starts the duplicate again as
// a new run at REPORTED (`unmergedFrom`).
import { ActivityFailure, ApplicationFailure, getExternalWorkflowHandle, setHandler } from '@temporalio/workflow';
import { referralWorkflowId } from '../../libs/domain/ids';
import type { Step } from '../../libs/domain/steps';
import { absorbUpdate, mergeIntoUpdate, type CaseMemory, type MergeCarried, type MergedCase } from '../case.messages';
import { StepBook, type AwaitedStep } from '../escalation';
import { referralRepointSignal } from '../referral.workflow';
import { COORDINATOR_STEPS, type CaseContext } from './context';
import { refused } from '../refusal';

/** Steps that belong to the duplicate's own stage: the survivor's stage awaits its own. */
export const STAGE_BOUND_STEPS: readonly Step[] = ['ACKNOWLEDGEMENT', 'ASSESSMENT', 'CARE_PLAN', 'APPROVAL'];

/** Activity failures surface as failed updates with the business reason (as context.ts does). */
function asFailure(err: unknown): unknown {
  if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) {
    return ApplicationFailure.create({ message: err.cause.message, type: err.cause.type ?? undefined, nonRetryable: true });
  }
  return err;
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function merge(c: CaseContext): void {
  const { m, book } = c;

  setHandler(
    mergeIntoUpdate,
    async (a) => {
      try {
        const memory: CaseMemory = copy(m);
        const { carried: _carried, restoredAfterFailedMerge: _r, unmergedFrom: _u, ...input } = c.input;
        void [_carried, _r, _u];
        const carried: MergeCarried = {
          fromCaseId: m.caseId,
          fromWorkflowId: c.workflowId,
          fromReference: m.reference,
          steps: copy([...book.open]),
          referrals: copy(c.activeReferrals()),
          reports: [...m.reports],
        };
        // the duplicate's ladders stop: the survivor re-opens its steps under its own
        await book.closeAll(() => true, 'CANCELLED');
        m.status = 'MERGED';
        c.moveTo('MERGED');
        m.closedAt = c.now();
        m.mergedInto = { caseId: a.survivorCaseId, workflowId: a.survivorWorkflowId, at: c.now() };
        await c.fact(
          'MERGED_INTO',
          { survivorCaseId: a.survivorCaseId, reason: a.reason, steps: carried.steps.length, referrals: carried.referrals.map((r) => r.referralId), reports: carried.reports.length },
          a.actor,
        );
        await c.project();
        return { state: c.view(), carried, restore: { input, memory } };
      } catch (err) {
        throw asFailure(err);
      }
    },
    {
      validator: (a) => {
        if (!a || typeof a !== 'object') throw refused('no_body', 'the action has no body');
        c.permit('case.merge', a.actor);
        if (m.status === 'MERGED' || m.mergedInto) throw refused('already_merged', `the case is already merged into ${m.mergedInto?.caseId ?? 'another case'}`);
        c.isOpen();
        c.text(a.survivorCaseId, 'survivorCaseId');
        c.text(a.survivorWorkflowId, 'survivorWorkflowId');
        c.text(a.reason, 'reason');
        if (a.survivorCaseId === m.caseId) throw refused('merge_into_itself', 'a case is not merged into itself');
        c.mayMoveTo('MERGED');
      },
    },
  );

  setHandler(
    absorbUpdate,
    async (a) => {
      try {
        const k = a.carried;
        const moved: string[] = [];
        const dropped: string[] = [];
        for (const r of k.reports) if (!m.reports.includes(r)) m.reports.push(r);
        for (const s of k.steps) {
          if (STAGE_BOUND_STEPS.includes(s.step) || book.find(s.step, s.ref) || (s.step === 'CHILD_SEEN' && c.childSeen())) {
            dropped.push(s.step);
            continue;
          }
          moved.push(s.step);
          const spec = c.forCoordinator(s.step, { ref: s.ref, organisationId: s.organisationId, expires: s.expires });
          if (!s.dueAt) {
            // its deadline was never known: it opens here as a new step of the survivor's policy
            await book.openStep(spec);
            continue;
          }
          await adopt(c, s);
        }
        const referrals = k.referrals.filter((r) => !m.referrals.some((x) => x.referralId === r.referralId));
        for (const r of referrals) {
          m.referrals.push({ ...r });
          await book.track(async () => {
            try {
              await getExternalWorkflowHandle(referralWorkflowId(r.referralId)).signal(referralRepointSignal, {
                caseId: m.caseId,
                caseWorkflowId: c.workflowId,
                caseReference: m.reference,
                at: c.now(),
              });
            } catch {
              // already finished
            }
          });
        }
        const entry: MergedCase = {
          caseId: k.fromCaseId,
          reference: k.fromReference,
          at: c.now(),
          reports: k.reports,
          referrals: referrals.map((r) => r.referralId),
          steps: moved,
          dropped,
        };
        m.merged = [...(m.merged ?? []), entry];
        await c.fact('MERGED_FROM', { duplicateCaseId: k.fromCaseId, reason: a.reason, steps: moved, dropped, referrals: entry.referrals, reports: k.reports.length }, a.actor);
        if (m.stage === 'FOLLOW_UP' && c.activeReferrals().length > 0) await c.setStage('REFERRALS');
        await c.project();
        return c.view();
      } catch (err) {
        throw asFailure(err);
      }
    },
    {
      validator: (a) => {
        if (!a || typeof a !== 'object') throw refused('no_body', 'the action has no body');
        c.permit('case.merge', a.actor);
        c.isOpen();
        const k = a.carried;
        if (!k || typeof k !== 'object' || typeof k.fromCaseId !== 'string' || !Array.isArray(k.steps) || !Array.isArray(k.referrals) || !Array.isArray(k.reports)) {
          throw refused('merge_empty', 'the merged case carries nothing');
        }
        if (k.fromCaseId === m.caseId) throw refused('merge_into_itself', 'a case is not merged into itself');
        if ((m.merged ?? []).some((x) => x.caseId === k.fromCaseId)) throw refused('already_merged', `case ${k.fromCaseId} is already merged into this case`);
      },
    },
  );

  // A merge that failed halfway: the duplicate runs again as it was; its step rows open again.
  if (c.input.restoredAfterFailedMerge) {
    void (async () => {
      c.note('MERGE_UNDONE');
      await Promise.all(book.open.map((s) => book.move(s, s.provinceCode)));
      await c.project();
    })();
  }
  // An administrator undid the merge: a new run of the duplicate, from its own reports.
  if (c.input.unmergedFrom && !c.input.carried) {
    const from = c.input.unmergedFrom;
    void c.fact('UNMERGED', { survivorCaseId: from.caseId, mergedAt: from.at });
  }
}

/**
 * One of the duplicate's steps, under the survivor's ladder: a new key of this
 * pathway, its original deadline where it is still ahead (else due now, so the
 * survivor's assignee hears of it at once), the ladder from its first level.
 */
async function adopt(c: CaseContext, from: AwaitedStep): Promise<void> {
  const { m, book } = c;
  const now = Date.now();
  const s: AwaitedStep = {
    key: `${m.cycle}:${from.step}:${++m.seq}`,
    step: from.step,
    provinceCode: m.provinceCode,
    assigneeUserId: COORDINATOR_STEPS.includes(from.step) ? m.assigneeId : from.assigneeUserId,
    organisationId: from.organisationId,
    ref: from.ref,
    openedAt: c.now(),
    dueAt: new Date(Math.max(Date.parse(from.dueAt as string), now)).toISOString(),
    escalationMs: from.escalationMs,
    level: -1,
    closed: false,
    climb: false,
    expires: from.expires,
    expired: false,
  };
  m.steps.push(s);
  // the row, under this case, with the deadline it keeps
  await book.move(s, m.provinceCode);
  // Its ladder: a book over this step alone (the case's book closes it; a failed delivery
  // reaches it through the case's book, which finds it among the case's steps).
  const ladder = new StepBook(
    { steps: [s], seq: 0, cycle: m.cycle },
    {
      workflowId: c.workflowId,
      caseWorkflowId: c.workflowId,
      caseId: m.caseId,
      caseReference: () => m.reference,
      category: () => m.category,
      riskLevel: () => m.riskLevel,
      onEscalated: (x, level, role, outcome) => {
        m.escalations += 1;
        c.note('ESCALATED', undefined, { step: x.step, stepKey: x.key, level, role, recipients: outcome.recipients });
      },
    },
  );
  book.follow(ladder);
  ladder.resume();
}
