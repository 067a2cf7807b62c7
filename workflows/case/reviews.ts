// Reviews and placement: the periodic case review (from the approved care
// plan until after-care), and, while the child lives in an institution, the
// periodic review of that placement by a judge or a social worker.
import type { Step } from '../../libs/domain/steps';
import { recordReviewUpdate } from '../case.messages';
import type { CaseContext } from './context';

/** The child lives in an institution (emergency shelter, or the care plan's placement): its reviews start. */
export async function placeInInstitution(c: CaseContext): Promise<void> {
  if (c.m.inInstitution) return;
  c.m.inInstitution = true;
  if (!c.book.find('INSTITUTION_REVIEW') && !c.m.afterCare) await c.open('INSTITUTION_REVIEW');
}

/** The child left the institution (back in the family): no more placement reviews. */
export async function leaveInstitution(c: CaseContext): Promise<void> {
  c.m.inInstitution = false;
  await c.closeSteps('INSTITUTION_REVIEW', 'CANCELLED');
}

export function reviews(c: CaseContext): void {
  c.on(
    recordReviewUpdate,
    (a) => {
      c.oneOf(a.kind, ['CASE', 'INSTITUTION'], 'kind');
      c.permit(a.kind === 'CASE' ? 'review.case' : 'review.institution', a.actor);
      c.isOpen();
      c.awaited(a.kind === 'CASE' ? 'CASE_REVIEW' : 'INSTITUTION_REVIEW', undefined, `no ${a.kind.toLowerCase()} review is due`);
      c.text(a.summary, 'the review summary');
    },
    async (a) => {
      const step: Step = a.kind === 'CASE' ? 'CASE_REVIEW' : 'INSTITUTION_REVIEW';
      await c.closeSteps(step);
      await c.fact('REVIEW', { kind: a.kind }, a.actor);
      await c.open(step);
    },
  );
}
