// Assessment: the coordinator assesses the child's situation with the
// standard protocol (and may re-evaluate the risk); the head of centre
// approves it (approvals.ts) before the care plan.
import { RISK_LEVELS, SERVICES } from '../../libs/domain/taxonomy';
import { submitAssessmentUpdate } from '../case.messages';
import { APPROVALS } from './approvals';
import type { CaseContext } from './context';
import { approved } from './template';

/** The case enters the assessment stage and the assessment is awaited. */
export async function beginAssessment(c: CaseContext): Promise<void> {
  await c.setStage('ASSESSMENT');
  await c.open('ASSESSMENT');
}

export function assessment(c: CaseContext): void {
  const { m } = c;

  c.on(
    submitAssessmentUpdate,
    (a) => {
      c.permit('case.assessment', a.actor);
      c.isOpen();
      c.awaited('ASSESSMENT', undefined, 'no assessment is awaited');
      c.text(a.summary, 'the assessment summary');
      if (a.riskLevel !== undefined) c.oneOf(a.riskLevel, RISK_LEVELS, 'riskLevel');
      for (const n of a.needs ?? []) c.oneOf(n, SERVICES, 'each need');
      if (!approved(c, 'ASSESSMENT')) c.mayMoveTo('CARE_PLAN');
    },
    async (a) => {
      await c.closeSteps('ASSESSMENT');
      m.assessment = 'SUBMITTED';
      if (a.riskLevel) m.riskLevel = a.riskLevel;
      c.note('ASSESSMENT_SUBMITTED', a.actor, { needs: a.needs ?? [], riskLevel: m.riskLevel });
      if (approved(c, 'ASSESSMENT')) await c.open('APPROVAL', { ref: 'ASSESSMENT' });
      // the template leaves the assessment to the coordinator: the care plan comes next
      else await APPROVALS.ASSESSMENT.approved(c, a.actor);
      await c.project();
    },
  );
}
