// Pathway templates (measure 43): what a category's pathway opens, in which
// order, which services it proposes, when the prosecutor hears of it, what the
// head of centre approves and which reviews recur. Versioned data: the API
// stores them (national default, provincial overrides), the workflow keeps the
// version it started with and interprets it. Pure: no I/O.
import type { ApprovalSubject, Track } from './pathway';
import type { Step } from './steps';
import type { Category, Service } from './taxonomy';

/** Where a phase leads once its step is done: another phase, or the end of the pathway. */
export const CLOSE = 'CLOSE' as const;
export type PhaseTarget = Step | typeof CLOSE;

/**
 * A node of the pathway's graph. The pathway opens the `entry` phases when the
 * report arrives; a phase's `next` are the phases that may follow it.
 * `when` narrows a phase: URGENT opens it only for an imminent or high risk.
 */
export interface TemplatePhase {
  step: Step;
  entry?: boolean;
  when?: 'ALWAYS' | 'URGENT';
  next: PhaseTarget[];
}

/** When a recurring review runs. */
export const REVIEW_TRIGGERS = ['CARE_PLAN_APPROVED', 'IN_INSTITUTION', 'DEPRIVED_OF_LIBERTY'] as const;
export type ReviewTrigger = (typeof REVIEW_TRIGGERS)[number];

export interface TemplateReview {
  step: Step;
  /**
   * ISO 8601 duration the template asks for (checked when stored). The pathway still takes each
   * review's deadline from the province's policy (PolicyRule), which a committee sets to match.
   */
  every?: string;
  when: ReviewTrigger;
}

export const PROSECUTOR_INFORM = ['AT_REPORT', 'IF_REDIRECTED', 'NEVER'] as const;
export type ProsecutorInform = (typeof PROSECUTOR_INFORM)[number];

export interface PathwayTemplate {
  /** one template per category */
  category: Category;
  /** 1 = the generic pathway; 2 and later = the category's codified pathway */
  version: number;
  /** null: the national default; else a provincial override */
  provinceCode: string | null;
  /** the track the case starts on (the judicial track: a court or the prosecutor is seized) */
  track: Track;
  /** the steps the pathway opens, in order, as a small graph the validator walks */
  phases: TemplatePhase[];
  /** AT_REPORT: a PROSECUTOR_REPORT step opens with the report (deadline: the policy's PROSECUTOR_REPORT) */
  prosecutor: { inform: ProsecutorInform };
  /** the subjects the head of centre approves (the others go on without an APPROVAL step) */
  approvals: ApprovalSubject[];
  /** services proposed for the child by default (the care plan's services when it names none) */
  defaultServices: Service[];
  /** services for the persons of the case (mother, father, the adult found with the child) */
  familyServices: Service[];
  /** recurring reviews: each reopens after it is recorded, while its trigger holds */
  reviews: TemplateReview[];
  /** follow-up visits after a return to the family */
  reintegration: { visitEvery: string; visits: number } | null;
  /** default interval of progress reports to the court (ISO 8601), null: as the judge sets */
  courtReportEvery: string | null;
  /** the indicator codes the template feeds (TEMPLATE_INDICATORS) */
  indicators: string[];
}

export { TEMPLATE_INDICATORS, validateTemplate, type TemplateProblem } from './templates/validate';
export { genericTemplate, codifiedTemplate, nationalDefaults, templateFor } from './templates/defaults';
