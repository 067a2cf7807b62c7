// Care plan: after the approved assessment, the coordinator sets the plan's
// objectives, the child's placement and the services; the head of centre
// approves it (approvals.ts), and the referrals carry it out (referrals.ts).
import { PLACEMENTS } from '../../libs/domain/pathway';
import { SERVICES } from '../../libs/domain/taxonomy';
import { submitCarePlanUpdate } from '../case.messages';
import { APPROVALS } from './approvals';
import type { CaseContext } from './context';
import { approved, templateOf } from './template';
import { refused } from '../refusal';

export function carePlan(c: CaseContext): void {
  const { m } = c;

  c.on(
    submitCarePlanUpdate,
    (a) => {
      c.permit('case.care-plan', a.actor);
      c.isOpen();
      c.awaited('CARE_PLAN', undefined, 'no care plan is awaited (the assessment must be approved first)');
      if (!Array.isArray(a.objectives) || a.objectives.length === 0 || a.objectives.some((o) => typeof o !== 'string' || !o.trim())) {
        throw refused('list_empty', 'the care plan needs at least one objective');
      }
      c.oneOf(a.placement, PLACEMENTS, 'placement');
      for (const s of a.services ?? []) c.oneOf(s, SERVICES, 'each service');
      const to = APPROVALS.CARE_PLAN.leadsTo(c);
      if (!approved(c, 'CARE_PLAN') && to) c.mayMoveTo(to);
    },
    async (a) => {
      await c.closeSteps('CARE_PLAN');
      m.carePlan = 'SUBMITTED';
      m.placement = a.placement;
      // a plan that names no service proposes the template's (none in the generic pathway)
      c.note('CARE_PLAN_SUBMITTED', a.actor, { placement: a.placement, services: a.services ?? [...templateOf(c).defaultServices] });
      if (approved(c, 'CARE_PLAN')) await c.open('APPROVAL', { ref: 'CARE_PLAN' });
      else await APPROVALS.CARE_PLAN.approved(c, a.actor);
    },
  );
}
