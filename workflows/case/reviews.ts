// Reviews and placement: the periodic reviews the case's template runs — the
// case review (from the approved care plan until after-care), the review of a
// placement while the child lives in an institution, and the review of a
// child deprived of liberty (measure 32), by a judge or a social worker.
import type { Step } from '../../libs/domain/steps';
import type { ReviewTrigger } from '../../libs/domain/templates';
import { recordLibertyUpdate, recordReviewUpdate, type ReviewInput } from '../case.messages';
import type { CaseContext } from './context';
import { reviewSteps } from './template';
import { refused } from '../refusal';

const REVIEW_STEP: Record<ReviewInput['kind'], Step> = { CASE: 'CASE_REVIEW', INSTITUTION: 'INSTITUTION_REVIEW', LIBERTY: 'LIBERTY_REVIEW' };
const REVIEW_ACTION = { CASE: 'review.case', INSTITUTION: 'review.institution', LIBERTY: 'review.liberty' } as const;

/** The reviews a trigger runs under the template start (once each; none in after-care). */
export async function openReviews(c: CaseContext, when: ReviewTrigger): Promise<void> {
  for (const step of reviewSteps(c, when)) if (!c.book.find(step) && !c.m.afterCare) await c.open(step);
}

/** The child lives in an institution (emergency shelter, or the care plan's placement): its reviews start. */
export async function placeInInstitution(c: CaseContext): Promise<void> {
  if (c.m.inInstitution) return;
  c.m.inInstitution = true;
  await openReviews(c, 'IN_INSTITUTION');
}

/** The child left the institution (back in the family): no more placement reviews. */
export async function leaveInstitution(c: CaseContext): Promise<void> {
  c.m.inInstitution = false;
  await c.closeSteps('INSTITUTION_REVIEW', 'CANCELLED');
}

export function reviews(c: CaseContext): void {
  const { m } = c;
  c.on(
    recordReviewUpdate,
    (a) => {
      c.oneOf(a.kind, Object.keys(REVIEW_STEP), 'kind');
      c.permit(REVIEW_ACTION[a.kind], a.actor);
      c.isOpen();
      c.awaited(REVIEW_STEP[a.kind], undefined, `no ${a.kind.toLowerCase()} review is due`);
      c.text(a.summary, 'the review summary');
    },
    async (a) => {
      const step = REVIEW_STEP[a.kind];
      await c.closeSteps(step);
      await c.fact('REVIEW', { kind: a.kind }, a.actor);
      await c.open(step);
    },
  );

  c.on(
    recordLibertyUpdate,
    (a) => {
      c.permit('case.liberty', a.actor);
      c.isOpen();
      if (typeof a.deprived !== 'boolean') throw refused('value_not_allowed', 'deprived must be true or false');
      if (a.deprived === !!m.deprivedOfLiberty) throw refused('nothing_changes', a.deprived ? 'the child is already recorded as deprived of liberty' : 'the child is not recorded as deprived of liberty');
    },
    async (a) => {
      m.deprivedOfLiberty = a.deprived;
      await c.fact(a.deprived ? 'DEPRIVED_OF_LIBERTY' : 'LIBERTY_RESTORED', {}, a.actor);
      if (a.deprived) await openReviews(c, 'DEPRIVED_OF_LIBERTY');
      else for (const step of reviewSteps(c, 'DEPRIVED_OF_LIBERTY')) await c.closeSteps(step, 'CANCELLED');
      await c.project();
    },
  );
}
