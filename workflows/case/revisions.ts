// Revisions: an approved assessment or care plan revised goes back through the
// head of centre's approval (an APPROVAL step again) without a change of
// stage; the stage table says where each may be revised (REVISABLE_IN). Until
// the head decides, the approved version stands; a rejected revision leaves it.
import { PLACEMENTS } from '../../libs/domain/pathway';
import { revisionRefusal, type RevisableSubject } from '../../libs/domain/stages';
import { RISK_LEVELS, SERVICES } from '../../libs/domain/taxonomy';
import { reviseAssessmentUpdate, reviseCarePlanUpdate } from '../case.messages';
import type { CaseContext } from './context';
import { leaveInstitution, placeInInstitution } from './reviews';
import { refused } from '../refusal';

/** Whether the work under approval is a revision of approved work. */
export const isRevision = (c: CaseContext, subject: RevisableSubject): boolean => (c.m.revising ?? []).includes(subject);

/** The head decided on a revision: the subject is approved again (the revised or the earlier version). */
export async function settleRevision(c: CaseContext, subject: RevisableSubject, approved: boolean): Promise<void> {
  const { m } = c;
  m.revising = (m.revising ?? []).filter((s) => s !== subject);
  if (subject === 'ASSESSMENT') m.assessment = 'APPROVED';
  else {
    m.carePlan = 'APPROVED';
    if (approved && m.revisedPlacement) {
      m.placement = m.revisedPlacement;
      if (m.placement === 'INSTITUTION') await placeInInstitution(c);
      else if (m.inInstitution) await leaveInstitution(c);
    }
    m.revisedPlacement = null;
  }
}

export function revisions(c: CaseContext): void {
  const { m } = c;
  const mayRevise = (subject: RevisableSubject, approved: boolean) => {
    c.isOpen();
    if (!approved) throw refused('revision_nothing_approved', `no approved ${subject === 'ASSESSMENT' ? 'assessment' : 'care plan'} to revise`);
    const why = revisionRefusal(subject, m.stage);
    if (why) throw refused('revision_not_in_stage', why);
    if (c.book.find('APPROVAL', subject)) throw refused('revision_awaits_approval', `a revised ${subject === 'ASSESSMENT' ? 'assessment' : 'care plan'} already awaits approval`);
  };

  c.on(
    reviseAssessmentUpdate,
    (a) => {
      c.permit('case.revise-assessment', a.actor);
      mayRevise('ASSESSMENT', m.assessment === 'APPROVED');
      c.text(a.summary, 'the assessment summary');
      c.text(a.reason, 'a reason for the revision');
      if (a.riskLevel !== undefined) c.oneOf(a.riskLevel, RISK_LEVELS, 'riskLevel');
      for (const n of a.needs ?? []) c.oneOf(n, SERVICES, 'each need');
    },
    async (a) => {
      m.assessment = 'SUBMITTED';
      m.revising = [...(m.revising ?? []), 'ASSESSMENT'];
      if (a.riskLevel) m.riskLevel = a.riskLevel;
      await c.fact('REVISED', { subject: 'ASSESSMENT', needs: a.needs ?? [], riskLevel: m.riskLevel }, a.actor);
      await c.open('APPROVAL', { ref: 'ASSESSMENT' });
      await c.project();
    },
  );

  c.on(
    reviseCarePlanUpdate,
    (a) => {
      c.permit('case.revise-care-plan', a.actor);
      mayRevise('CARE_PLAN', m.carePlan === 'APPROVED');
      if (!Array.isArray(a.objectives) || a.objectives.length === 0 || a.objectives.some((o) => typeof o !== 'string' || !o.trim())) {
        throw refused('list_empty', 'the care plan needs at least one objective');
      }
      c.oneOf(a.placement, PLACEMENTS, 'placement');
      for (const s of a.services ?? []) c.oneOf(s, SERVICES, 'each service');
      c.text(a.reason, 'a reason for the revision');
    },
    async (a) => {
      m.carePlan = 'SUBMITTED';
      m.revising = [...(m.revising ?? []), 'CARE_PLAN'];
      m.revisedPlacement = a.placement;
      await c.fact('REVISED', { subject: 'CARE_PLAN', placement: a.placement, services: a.services ?? [] }, a.actor);
      await c.open('APPROVAL', { ref: 'CARE_PLAN' });
    },
  );
}
