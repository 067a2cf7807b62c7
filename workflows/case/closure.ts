// Closure: the coordinator asks, the head of centre approves (approvals.ts),
// and the case closes: its steps are cancelled, its running referrals too.
// The 22nd birthday closes it without a request (after-care.ts).
import { getExternalWorkflowHandle } from '@temporalio/workflow';
import { referralWorkflowId } from '../../libs/domain/ids';
import { CLOSURE_REASONS, type ClosureReason } from '../../libs/domain/pathway';
import type { Actor } from '../actor';
import { closeUpdate } from '../case.messages';
import { cancelReferralSignal } from '../referral.workflow';
import type { CaseContext } from './context';
import { tellReporters } from './feedback';
import { refused } from '../refusal';

/** A closure awaits the head's approval. */
export async function requestClosure(c: CaseContext, reason: ClosureReason, noteText: string | null, by: Actor): Promise<void> {
  c.m.closure = { reason, note: noteText, requestedBy: by.userId };
  await c.fact('CLOSURE_REQUESTED', { reason }, by);
  await c.open('APPROVAL', { ref: 'CLOSURE' });
}

/** The case closes: every step cancelled, every running referral told. */
export async function finish(c: CaseContext, reason: ClosureReason, by: Actor | null): Promise<void> {
  const { m, book } = c;
  if (m.status === 'CLOSED') return;
  m.status = 'CLOSED';
  c.moveTo('CLOSED'); // noted by the CLOSED fact below
  m.closedAt = c.now();
  m.closure = { reason, note: m.closure?.note ?? null, requestedBy: m.closure?.requestedBy ?? by?.userId ?? null };
  await book.closeAll(() => true, 'CANCELLED');
  for (const r of c.activeReferrals()) {
    r.status = 'CANCELLED';
    await book.track(async () => {
      try {
        await getExternalWorkflowHandle(referralWorkflowId(r.referralId)).signal(cancelReferralSignal, { reason: 'case closed' });
      } catch {
        // already finished
      }
    });
  }
  await c.fact('CLOSED', { reason }, by ?? undefined);
  // the structures that reported the child hear the outcome, in general terms
  tellReporters(c, 'OUTCOME', m.reports, reason);
  await c.project();
}

export function closure(c: CaseContext): void {
  c.on(
    closeUpdate,
    (a) => {
      c.permit('case.close', a.actor);
      c.isOpen();
      c.oneOf(a.reason, CLOSURE_REASONS, 'reason');
      c.mayMoveTo('CLOSED');
      if (c.book.find('APPROVAL', 'CLOSURE')) throw refused('closure_awaits_approval', 'a closure already awaits approval');
      if (c.openOrders().length > 0) throw refused('court_order_open', 'a court order is open: the judge closes it first');
    },
    async (a) => {
      await requestClosure(c, a.reason, a.note ?? null, a.actor);
    },
  );
}
