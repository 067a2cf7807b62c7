// The pathway template the case runs (libs/domain/templates.ts): pinned when
// the case opens (the API resolves it), carried across continue-as-new, and
// read here by the stages. A pathway started without one runs the generic
// version 1 of its category, which is what every pathway did before templates.
// A coordinator may move a running case to a newer version (moveToTemplate).
import type { Step } from '../../libs/domain/steps';
import { PATCH, since } from '../patches';
import { URGENT_RISK_LEVELS, type Category } from '../../libs/domain/taxonomy';
import { genericTemplate, validateTemplate, type PathwayTemplate, type ReviewTrigger } from '../../libs/domain/templates';
import { moveToTemplateUpdate } from '../case.messages';
import type { CaseContext } from './context';
import { refused } from '../refusal';

/** The template of a new case's memory: the input's, recorded behind the patch. */
export function pinnedTemplate(input: { template?: PathwayTemplate }): PathwayTemplate | null {
  return input.template && since(PATCH.PATHWAY_TEMPLATES) ? input.template : null;
}

/** The template a case runs: its own, else its category's generic version 1. */
export function templateOf(c: CaseContext): PathwayTemplate {
  return c.m.template ?? genericTemplate(c.m.category);
}

/** The template of a case's start (memory not built yet). */
export const startingTemplate = (template: PathwayTemplate | null, category: Category): PathwayTemplate => template ?? genericTemplate(category);

/** The child is seen before the assessment: an urgent risk, or a template that always asks it. */
export function childFirst(c: CaseContext): boolean {
  if (URGENT_RISK_LEVELS.includes(c.m.riskLevel)) return true;
  return templateOf(c).phases.some((p) => p.step === 'CHILD_SEEN' && p.when === 'ALWAYS');
}

/** The prosecutor hears of the case when its report arrives. */
export const informsAtReport = (t: PathwayTemplate): boolean => t.prosecutor.inform === 'AT_REPORT';

/** A report of another category attached to the case: does it suggest an offence the prosecutor must hear of? */
export function reportInformsProsecutor(c: CaseContext, category: Category): boolean {
  const t = c.m.template && c.m.template.category === category ? c.m.template : genericTemplate(category);
  return informsAtReport(t);
}

/** Whether the head of centre approves this subject under the case's template. */
export const approved = (c: CaseContext, subject: PathwayTemplate['approvals'][number]): boolean => templateOf(c).approvals.includes(subject);

/** The review steps a trigger runs under the case's template. */
export const reviewSteps = (c: CaseContext, when: ReviewTrigger): Step[] => templateOf(c).reviews.filter((r) => r.when === when).map((r) => r.step);

/** The triggers that hold now. */
function triggersNow(c: CaseContext): ReviewTrigger[] {
  const { m } = c;
  return [
    ...(m.carePlan === 'APPROVED' ? (['CARE_PLAN_APPROVED'] as const) : []),
    ...(m.inInstitution ? (['IN_INSTITUTION'] as const) : []),
    ...(m.deprivedOfLiberty ? (['DEPRIVED_OF_LIBERTY'] as const) : []),
  ];
}

/** Steps a template governs: its phases and its reviews (others belong to every pathway). */
const governed = (t: PathwayTemplate): Step[] => [...t.phases.map((p) => p.step), ...t.reviews.map((r) => r.step)];

/** Why the case cannot move to this template, or null. */
export function moveRefusal(c: CaseContext, next: PathwayTemplate): string | null {
  const current = templateOf(c);
  if (next.category !== current.category) return `the template is for ${next.category}, the case runs ${current.category}`;
  if (next.version <= current.version) return `the case already runs version ${current.version}: only a newer version may replace it`;
  const problems = validateTemplate(next);
  if (problems.length) return `the template is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
  const before = governed(current);
  const after = governed(next);
  for (const s of c.book.open) {
    if (before.includes(s.step) && !after.includes(s.step)) return `${s.step} is open and version ${next.version} has no such step`;
  }
  if (c.book.find('PROSECUTOR_REPORT') && next.prosecutor.inform === 'NEVER') return `the report to the prosecutor is owed and version ${next.version} never informs the prosecutor`;
  return null;
}

export function template(c: CaseContext, openReviews: (c: CaseContext, when: ReviewTrigger) => Promise<void>, askProsecutor: (c: CaseContext) => Promise<void>): void {
  const { m } = c;
  c.on(
    moveToTemplateUpdate,
    (a) => {
      c.permit('case.template.move', a.actor);
      c.isOpen();
      if (!a.template || typeof a.template !== 'object') throw refused('field_required', 'the move names no template');
      const why = moveRefusal(c, a.template);
      if (why) throw refused('template_move_refused', why);
    },
    async (a) => {
      const from = templateOf(c).version;
      m.template = a.template;
      await c.fact('TEMPLATE_MOVED', { from, to: a.template.version }, a.actor);
      // what the new version asks that the case has not had yet
      if (informsAtReport(a.template) && !m.prosecutorReported) await askProsecutor(c);
      for (const when of triggersNow(c)) await openReviews(c, when);
      await c.project();
    },
  );
}
