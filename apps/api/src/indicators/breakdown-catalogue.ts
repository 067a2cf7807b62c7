// Publishable indicators (measures 99-106): what is counted, along which
// dimensions, at which levels, and the shape of the answer.
//
// What each indicator counts (a "fact" dated in the period):
//   reports_received                    reports, at their receivedAt
//   cases_opened                        cases, at their first report's receivedAt
//   referrals_decided                   referrals answered or expired (not pending, not cancelled), at creation
//   referrals_accepted_within_deadline  of those, accepted by their acceptance deadline
//   redirections_judicial_to_social     court orders that redirected a case to social measures
//   redirections_social_to_judicial     cases redirected to the prosecutor's protection
//   prosecutor_reports                  reports to the prosecutor
//   children_integrated                 children with an integration (any kind), counted once
//   children_back_to_family / children_back_to_school / children_into_vocational_training
//                                       children with an integration of that kind, counted once
//   aftercare_entries                   young adults entering after-care at 18
//   social_emergency_interventions      emergency-shelter placements at the urgent reception
// Dimensions: the child's sex (F, M, UNKNOWN) and age band at the fact
// (0-5, 6-11, 12-14, 15-17, 18-22, UNKNOWN without a date of birth); the
// category (the report's, else the case's); the entry point of the case's
// first report (the report's own for reports); the province of the fact.
// Cases merged into another (stage or status MERGED) are left out: their facts count
// on the surviving case.

export const INDICATORS = [
  'reports_received',
  'cases_opened',
  'referrals_decided',
  'referrals_accepted_within_deadline',
  'redirections_judicial_to_social',
  'redirections_social_to_judicial',
  'prosecutor_reports',
  'children_integrated',
  'children_back_to_family',
  'children_back_to_school',
  'children_into_vocational_training',
  'aftercare_entries',
  'social_emergency_interventions',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** The figures of the ministry's press releases, from the same cells. */
export const PRESS_FIGURES: Record<string, Indicator> = {
  childrenIntegrated: 'children_integrated',
  backToSchool: 'children_back_to_school',
  intoVocationalTraining: 'children_into_vocational_training',
  socialEmergencyInterventions: 'social_emergency_interventions',
};

export const BREAKDOWNS = ['TOTAL', 'SEX', 'AGE_BAND', 'CATEGORY', 'ENTRY_POINT', 'SEX_AGE_BAND'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
export const LEVELS = ['NATION', 'REGION', 'PROVINCE'] as const;
export type Level = (typeof LEVELS)[number];
export const AGE_BANDS = ['0-5', '6-11', '12-14', '15-17', '18-22', 'UNKNOWN'] as const;

export interface Scope {
  /** only these levels in the answer (all three by default) */
  levels: Level[];
  regionCode?: string;
  provinceCode?: string;
}

export interface BreakdownParams {
  from: Date;
  to: Date;
  threshold: number;
  timeZone: string;
  scope: Scope;
  indicators?: readonly Indicator[];
  breakdowns?: readonly Breakdown[];
}

export interface Cell {
  indicator: Indicator;
  level: Level;
  /** the nation (MA), the region's code or the province's code */
  territory: string;
  regionCode: string | null;
  provinceCode: string | null;
  breakdown: Breakdown;
  sex: string | null;
  ageBand: string | null;
  category: string | null;
  entryPoint: string | null;
  /** the count, or "< threshold" (primary suppression), or "x" (complementary suppression) */
  value: number | string;
  suppressed?: 'PRIMARY' | 'COMPLEMENTARY';
}

export interface Breakdowns {
  from: string;
  to: string;
  scope: Scope;
  suppression: { threshold: number; shownAs: string; complementaryShownAs: string; note: string };
  cells: Cell[];
}
