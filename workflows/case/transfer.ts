// Transfer: the family moved, the case changes province. Every awaited step
// starts again in the new province (its policy, its ladder); without a new
// coordinator, the new province's centre must take the case.
import { transferUpdate } from '../case.messages';
import type { CaseContext } from './context';

export function transfer(c: CaseContext): void {
  const { m, book } = c;

  c.on(
    transferUpdate,
    (a) => {
      c.permit('case.transfer', a.actor);
      c.isOpen();
      c.text(a.toProvinceCode, 'toProvinceCode');
      if (a.toProvinceCode === m.provinceCode) throw new Error(`the case is already in ${m.provinceCode}`);
    },
    async (a) => {
      const from = m.provinceCode;
      m.provinceCode = a.toProvinceCode;
      m.assigneeId = a.assigneeId ?? null;
      await c.fact('TRANSFERRED', { from, to: a.toProvinceCode, reason: a.reason ?? null }, a.actor);
      const moved = [...book.open];
      await Promise.all(moved.map((s) => book.close(s, 'CANCELLED')));
      const reopened = moved.map((s) => book.start(c.forCoordinator(s.step, { ref: s.ref, organisationId: s.organisationId, expires: s.expires })));
      if (!m.assigneeId && !book.find('ACKNOWLEDGEMENT')) reopened.push(book.start(c.forCoordinator('ACKNOWLEDGEMENT')));
      await Promise.all(reopened.map((s) => book.opened(s)));
      await c.project();
    },
  );
}
