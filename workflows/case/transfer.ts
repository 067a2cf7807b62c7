// Transfer: the family moved, the case changes province. Steps not yet due
// start again in the new province (its policy, its ladder); a step whose
// ladder is already climbing keeps its deadline and the level reached, and its
// next levels alert the new province (older pathways restarted every step).
// Running referrals are told, so that their deadlines and alerts move too.
// Without a new coordinator, the new province's centre must take the case.
import { getExternalWorkflowHandle } from '@temporalio/workflow';
import { PATCH, since } from '../patches';
import { referralWorkflowId } from '../../libs/domain/ids';
import { transferUpdate } from '../case.messages';
import { referralTransferSignal } from '../referral.workflow';
import { COORDINATOR_STEPS, type CaseContext } from './context';
import { refused } from '../refusal';

export function transfer(c: CaseContext): void {
  const { m, book } = c;

  c.on(
    transferUpdate,
    (a) => {
      c.permit('case.transfer', a.actor);
      c.isOpen();
      c.text(a.toProvinceCode, 'toProvinceCode');
      if (a.toProvinceCode === m.provinceCode) throw refused('same_province', `the case is already in ${m.provinceCode}`);
    },
    async (a) => {
      const from = m.provinceCode;
      m.provinceCode = a.toProvinceCode;
      m.assigneeId = a.assigneeId ?? null;
      await c.fact('TRANSFERRED', { from, to: a.toProvinceCode, reason: a.reason ?? null }, a.actor);
      const keepsLadder = since(PATCH.TRANSFER_KEEPS_LADDER);
      const climbing = keepsLadder ? book.open.filter((s) => s.level >= 0 && s.dueAt !== null) : [];
      const moved = book.open.filter((s) => !climbing.includes(s));
      await Promise.all(climbing.map((s) => book.move(s, m.provinceCode, COORDINATOR_STEPS.includes(s.step) ? m.assigneeId : s.assigneeUserId)));
      await Promise.all(moved.map((s) => book.close(s, 'CANCELLED')));
      const reopened = moved.map((s) => book.start(c.forCoordinator(s.step, { ref: s.ref, organisationId: s.organisationId, expires: s.expires })));
      if (!m.assigneeId && !book.find('ACKNOWLEDGEMENT')) reopened.push(book.start(c.forCoordinator('ACKNOWLEDGEMENT')));
      await Promise.all(reopened.map((s) => book.opened(s)));
      if (keepsLadder) {
        for (const r of c.activeReferrals()) {
          await book.track(async () => {
            try {
              await getExternalWorkflowHandle(referralWorkflowId(r.referralId)).signal(referralTransferSignal, { toProvinceCode: m.provinceCode, at: c.now() });
            } catch {
              // already finished
            }
          });
        }
      }
      await c.project();
    },
  );
}
