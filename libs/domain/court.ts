// The court exchange (measures 33, 50, 51): the measures a juvenile judge
// orders for a child, each delivered by a service type of the directory, the
// court report's languages, and the structured summary that goes with a case
// redirected to the prosecutor. Pure data, shared by workflows and the API.
import type { Service } from './taxonomy';

export interface CourtMeasureInfo {
  ar: string;
  fr: string;
  /** the service type of the directory that delivers the measure (its referral's service) */
  service: Service;
}

/**
 * The protection and re-education measures of Moroccan law for children
 * (Code de procédure pénale, art. 471 and 481; Code de la famille): family
 * support (التسليم إلى الأسرة مع المواكبة), placement, educational, medical,
 * psycho-social, social aid, supervised freedom. The first codes are those of
 * earlier orders (they were service codes): they keep their meaning.
 */
export const COURT_MEASURE_INFO = {
  FAMILY_SUPPORT: { ar: 'تسليم الطفل لأسرته مع المواكبة الأسرية', fr: 'Remise à la famille avec accompagnement familial', service: 'FAMILY_SUPPORT' },
  SOCIAL_AID: { ar: 'المساعدة الاجتماعية', fr: 'Aide sociale', service: 'SOCIAL_AID' },
  PSYCHOLOGICAL: { ar: 'الدعم النفسي والاجتماعي', fr: 'Accompagnement psychosocial', service: 'PSYCHOLOGICAL' },
  HEALTH: { ar: 'العلاج الطبي', fr: 'Soins médicaux', service: 'HEALTH' },
  SCHOOLING: { ar: 'تدبير تربوي (التمدرس)', fr: 'Mesure éducative (scolarité)', service: 'SCHOOLING' },
  VOCATIONAL_TRAINING: { ar: 'التكوين المهني', fr: 'Formation professionnelle', service: 'VOCATIONAL_TRAINING' },
  PLACEMENT: { ar: 'الإيداع بمؤسسة للرعاية الاجتماعية', fr: 'Placement en établissement de protection sociale', service: 'SHELTER' },
  SUPERVISED_FREEDOM: { ar: 'نظام الحرية المحروسة', fr: 'Liberté surveillée', service: 'SUPERVISED_FREEDOM' },
} as const satisfies Record<string, CourtMeasureInfo>;

export type CourtMeasure = keyof typeof COURT_MEASURE_INFO;
export const COURT_MEASURES = Object.keys(COURT_MEASURE_INFO) as [CourtMeasure, ...CourtMeasure[]];

/** The service that delivers a measure. */
export const measureService = (m: CourtMeasure): Service => COURT_MEASURE_INFO[m].service;

/** The languages a court report is written and printed in. */
export const COURT_REPORT_LANGUAGES = ['ar', 'fr'] as const;
export type CourtReportLanguage = (typeof COURT_REPORT_LANGUAGES)[number];

/** What the judge decides on a report: the measures go on, change, or end (the order closes). */
export const COURT_DECISIONS = ['MAINTAIN', 'MODIFY', 'END'] as const;
export type CourtDecision = (typeof COURT_DECISIONS)[number];

/** Why a social case is redirected to the prosecutor (the summary's grounds). */
export const PROSECUTOR_GROUNDS = [
  'PHYSICAL_VIOLENCE',
  'SEXUAL_VIOLENCE',
  'EXPLOITATION',
  'TRAFFICKING',
  'CHILD_MARRIAGE',
  'ABANDONMENT',
  'DANGER_PERSISTS',
  'FAMILY_REFUSES_PROTECTION',
  'OTHER',
] as const;
export type ProsecutorGround = (typeof PROSECUTOR_GROUNDS)[number];

export const PROSECUTOR_URGENCIES = ['IMMEDIATE', 'PRIORITY', 'ORDINARY'] as const;
export type ProsecutorUrgency = (typeof PROSECUTOR_URGENCIES)[number];

/** The structured summary a redirection to the prosecutor carries in the pathway (no free text). */
export interface ProsecutorSummary {
  grounds: ProsecutorGround[];
  /** services already delivered or under way */
  measuresTaken: Service[];
  urgency: ProsecutorUrgency;
}
