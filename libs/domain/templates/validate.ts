// A template's validation: the graph of phases walked from its entry, the
// vocabularies checked against the domain lists. Returns the reasons a
// template is refused (an empty list: it may be stored and run).
import { isDuration } from '../duration';
import { APPROVAL_SUBJECTS, TRACKS } from '../pathway';
import { STEPS } from '../steps';
import { CATEGORIES, SERVICES } from '../taxonomy';
import { CLOSE, PROSECUTOR_INFORM, REVIEW_TRIGGERS, type PathwayTemplate } from '../templates';

/** The indicator codes a template may feed (apps/api/src/indicators computes them). */
export const TEMPLATE_INDICATORS = [
  'reports_by_category',
  'reports_by_entry_point',
  'referrals_accepted_within_deadline_pct',
  'escalations_by_level',
  'redirections',
  'integrations',
  'aftercare_entered',
  'prosecutor_reports',
  'court_reports',
  'review_visits_per_year',
  'begging_children_protected',
  'begging_returned_to_family',
  'begging_back_to_school',
] as const;

export interface TemplateProblem {
  /** where in the template, as a JSON path (`phases[2].next[0]`) */
  path: string;
  message: string;
}

const has = <T>(list: readonly T[], v: unknown): boolean => list.includes(v as T);

export function validateTemplate(t: PathwayTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const bad = (path: string, message: string) => problems.push({ path, message });

  if (!Object.prototype.hasOwnProperty.call(CATEGORIES, t.category)) bad('category', `unknown category ${JSON.stringify(t.category)}`);
  if (!Number.isInteger(t.version) || t.version < 1) bad('version', 'the version is a whole number from 1');
  if (!has(TRACKS, t.track)) bad('track', `unknown track ${JSON.stringify(t.track)}`);
  if (!has(PROSECUTOR_INFORM, t.prosecutor?.inform)) bad('prosecutor.inform', `must be one of ${PROSECUTOR_INFORM.join(', ')}`);
  t.approvals.forEach((a, i) => has(APPROVAL_SUBJECTS, a) || bad(`approvals[${i}]`, `unknown approval subject ${JSON.stringify(a)}`));
  if (!t.approvals.includes('CLOSURE')) bad('approvals', 'a closure is always approved by the head of centre');
  for (const key of ['defaultServices', 'familyServices'] as const) {
    t[key].forEach((s, i) => has(SERVICES, s) || bad(`${key}[${i}]`, `unknown service ${JSON.stringify(s)}`));
  }
  t.indicators.forEach((code, i) => has(TEMPLATE_INDICATORS, code) || bad(`indicators[${i}]`, `unknown indicator ${JSON.stringify(code)}`));
  t.reviews.forEach((r, i) => {
    if (!has(STEPS, r.step)) bad(`reviews[${i}].step`, `unknown step ${JSON.stringify(r.step)}`);
    if (!has(REVIEW_TRIGGERS, r.when)) bad(`reviews[${i}].when`, `must be one of ${REVIEW_TRIGGERS.join(', ')}`);
    if (r.every !== undefined && !isDuration(r.every)) bad(`reviews[${i}].every`, `not an ISO 8601 duration: ${JSON.stringify(r.every)}`);
  });
  if (t.reintegration) {
    if (!isDuration(t.reintegration.visitEvery)) bad('reintegration.visitEvery', `not an ISO 8601 duration: ${JSON.stringify(t.reintegration.visitEvery)}`);
    if (!Number.isInteger(t.reintegration.visits) || t.reintegration.visits < 1) bad('reintegration.visits', 'at least one follow-up visit');
  }
  if (t.courtReportEvery !== null && !isDuration(t.courtReportEvery)) bad('courtReportEvery', `not an ISO 8601 duration: ${JSON.stringify(t.courtReportEvery)}`);
  if (t.prosecutor?.inform === 'AT_REPORT' && !t.indicators.includes('prosecutor_reports')) {
    bad('indicators', 'a template that informs the prosecutor feeds prosecutor_reports');
  }
  walkPhases(t, bad);
  return problems;
}

/** Every phase reachable from an entry, and a way from each to the end of the pathway. */
function walkPhases(t: PathwayTemplate, bad: (path: string, message: string) => void): void {
  const phases = t.phases;
  if (phases.length === 0) return void bad('phases', 'a pathway opens at least one step');
  const index = new Map<string, number>();
  phases.forEach((p, i) => {
    if (!has(STEPS, p.step)) bad(`phases[${i}].step`, `unknown step ${JSON.stringify(p.step)}`);
    else if (index.has(p.step)) bad(`phases[${i}].step`, `${p.step} appears twice`);
    else index.set(p.step, i);
    if (p.when !== undefined && p.when !== 'ALWAYS' && p.when !== 'URGENT') bad(`phases[${i}].when`, 'must be ALWAYS or URGENT');
    p.next.forEach((n, j) => {
      if (n !== CLOSE && !index.has(n) && !phases.some((q) => q.step === n)) bad(`phases[${i}].next[${j}]`, `${n} is not a phase of this template`);
    });
  });
  const entries = phases.filter((p) => p.entry);
  if (entries.length === 0) bad('phases', 'no phase opens with the report (entry)');
  const reached = new Set<string>(entries.map((p) => p.step));
  const queue = [...reached];
  while (queue.length) {
    const p = phases[index.get(queue.shift()!) ?? -1];
    for (const n of p?.next ?? []) {
      if (n === CLOSE || reached.has(n)) continue;
      reached.add(n);
      queue.push(n);
    }
  }
  phases.forEach((p, i) => !has(STEPS, p.step) || reached.has(p.step) || bad(`phases[${i}].step`, `${p.step} cannot be reached from the report`));
  // backwards from CLOSE: the phases from which the pathway can end
  const closes = new Set<string>(phases.filter((p) => p.next.includes(CLOSE)).map((p) => p.step));
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of phases) {
      if (closes.has(p.step) || !p.next.some((n) => n !== CLOSE && closes.has(n))) continue;
      closes.add(p.step);
      grew = true;
    }
  }
  if (closes.size === 0) bad('phases', 'the pathway never closes: no phase leads to CLOSE');
  else phases.forEach((p, i) => reached.has(p.step) && !closes.has(p.step) && bad(`phases[${i}].next`, `the pathway never closes after ${p.step}`));
}
