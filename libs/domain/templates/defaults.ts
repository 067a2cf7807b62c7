// The national default templates. Version 1 of every category is the generic
// pathway as it ran before templates (an offence opens the judicial track and
// the report to the prosecutor); version 2 is the category's codified pathway
// (measure 43; the begging plan from the joint plan with the prosecution).
import { CATEGORIES, CATEGORY_CODES, type Category, type CategoryInfo, type Service } from '../taxonomy';
import type { PathwayTemplate, TemplatePhase, TemplateReview } from '../templates';

const BASE_INDICATORS = ['reports_by_category', 'referrals_accepted_within_deadline_pct', 'escalations_by_level', 'redirections', 'integrations'];

/** The generic graph: the child seen first when urgent (or always), then assessment, plan, referrals. */
function phases(childSeen: 'URGENT' | 'ALWAYS'): TemplatePhase[] {
  return [
    { step: 'ACKNOWLEDGEMENT', entry: true, next: ['CHILD_SEEN', 'ASSESSMENT'] },
    { step: 'CHILD_SEEN', when: childSeen, next: ['ASSESSMENT'] },
    { step: 'ASSESSMENT', next: ['CARE_PLAN'] },
    { step: 'CARE_PLAN', next: ['REFERRAL_ACCEPTANCE', 'CLOSE'] },
    { step: 'REFERRAL_ACCEPTANCE', next: ['SERVICE_START', 'CLOSE'] },
    { step: 'SERVICE_START', next: ['CLOSE'] },
  ];
}

const CASE_REVIEW: TemplateReview = { step: 'CASE_REVIEW', when: 'CARE_PLAN_APPROVED' };
const INSTITUTION_REVIEW: TemplateReview = { step: 'INSTITUTION_REVIEW', when: 'IN_INSTITUTION' };
const LIBERTY_REVIEW: TemplateReview = { step: 'LIBERTY_REVIEW', when: 'DEPRIVED_OF_LIBERTY' };

/** Version 1: the generic pathway, the category deciding only the judicial track. */
export function genericTemplate(category: Category): PathwayTemplate {
  // an unknown category (a retired code in an old report) runs as a social one
  const offence = !!(CATEGORIES as Record<string, CategoryInfo | undefined>)[category]?.offence;
  return {
    category,
    version: 1,
    provinceCode: null,
    track: offence ? 'JUDICIAL' : 'SOCIAL',
    phases: phases('URGENT'),
    prosecutor: { inform: offence ? 'AT_REPORT' : 'IF_REDIRECTED' },
    approvals: ['ASSESSMENT', 'CARE_PLAN', 'CLOSURE'],
    defaultServices: [],
    familyServices: [],
    reviews: [CASE_REVIEW, INSTITUTION_REVIEW],
    reintegration: null,
    courtReportEvery: null,
    indicators: offence ? [...BASE_INDICATORS, 'prosecutor_reports'] : [...BASE_INDICATORS],
  };
}

interface Codified {
  childSeen?: 'ALWAYS';
  track?: 'JUDICIAL';
  /** the prosecutor is already seized (an arrest, proceedings under way): nobody reports again */
  seized?: true;
  services: Service[];
  family?: Service[];
  reviews?: TemplateReview[];
  reintegration?: PathwayTemplate['reintegration'];
  courtReportEvery?: string;
  approvals?: PathwayTemplate['approvals'];
  indicators?: string[];
}

const RETURN_VISITS = { visitEvery: 'P30D', visits: 6 };

/** What each category's codified pathway changes from the generic one. */
const CODIFIED: Record<Category, Codified> = {
  PHYSICAL_VIOLENCE: { childSeen: 'ALWAYS', services: ['HEALTH', 'PSYCHOLOGICAL', 'LEGAL_AID'], family: ['PARENTING_SUPPORT'] },
  SEXUAL_VIOLENCE: { childSeen: 'ALWAYS', services: ['HEALTH', 'PSYCHOLOGICAL', 'LEGAL_AID'], family: ['FAMILY_SUPPORT'] },
  PSYCHOLOGICAL_VIOLENCE: { services: ['PSYCHOLOGICAL'], family: ['PARENTING_SUPPORT'] },
  NEGLECT: { services: ['HEALTH', 'SCHOOLING'], family: ['PARENTING_SUPPORT', 'SOCIAL_AID'], reintegration: RETURN_VISITS },
  ECONOMIC_EXPLOITATION: { services: ['SCHOOLING', 'VOCATIONAL_TRAINING'], family: ['SOCIAL_AID'], reintegration: RETURN_VISITS },
  // seed 003: the child taken off the street at once, the prosecutor told, the mother supported
  BEGGING_EXPLOITATION: {
    childSeen: 'ALWAYS',
    services: ['SCHOOLING', 'HEALTH'],
    family: ['FAMILY_SUPPORT', 'SOCIAL_AID'],
    reintegration: RETURN_VISITS,
    indicators: ['begging_children_protected', 'begging_returned_to_family', 'begging_back_to_school'],
  },
  SEXUAL_EXPLOITATION: { childSeen: 'ALWAYS', services: ['HEALTH', 'PSYCHOLOGICAL', 'SHELTER', 'LEGAL_AID'], family: ['FAMILY_SUPPORT'] },
  STREET_SITUATION: { childSeen: 'ALWAYS', services: ['SHELTER', 'HEALTH', 'SCHOOLING'], family: ['FAMILY_SUPPORT'], reintegration: RETURN_VISITS },
  CONFLICT_WITH_LAW: {
    track: 'JUDICIAL',
    seized: true,
    services: ['LEGAL_AID', 'PSYCHOLOGICAL', 'VOCATIONAL_TRAINING'],
    family: ['FAMILY_SUPPORT'],
    reviews: [CASE_REVIEW, INSTITUTION_REVIEW, LIBERTY_REVIEW],
    courtReportEvery: 'P90D',
    indicators: ['review_visits_per_year', 'court_reports'],
  },
  VICTIM_OR_WITNESS: { track: 'JUDICIAL', seized: true, services: ['LEGAL_AID', 'PSYCHOLOGICAL'], family: ['FAMILY_SUPPORT'], courtReportEvery: 'P90D', indicators: ['court_reports'] },
  UNACCOMPANIED_MIGRANT: { childSeen: 'ALWAYS', services: ['SHELTER', 'LEGAL_AID', 'HEALTH'] },
  WITHOUT_FAMILY_CARE: { childSeen: 'ALWAYS', services: ['SHELTER', 'SCHOOLING'], reviews: [CASE_REVIEW, { step: 'INSTITUTION_REVIEW', when: 'IN_INSTITUTION', every: 'P90D' }] },
  IN_INSTITUTION: {
    services: ['SCHOOLING', 'PSYCHOLOGICAL'],
    family: ['FAMILY_SUPPORT'],
    reviews: [CASE_REVIEW, INSTITUTION_REVIEW, LIBERTY_REVIEW],
    reintegration: RETURN_VISITS,
    indicators: ['review_visits_per_year'],
  },
  // a lighter pathway: the head of centre approves the plan, not the assessment
  ONLINE_RISK: { services: ['PSYCHOLOGICAL'], family: ['PARENTING_SUPPORT'], approvals: ['CARE_PLAN', 'CLOSURE'] },
  TRAFFICKING: { childSeen: 'ALWAYS', services: ['SHELTER', 'HEALTH', 'PSYCHOLOGICAL', 'LEGAL_AID'] },
  CHILD_MARRIAGE: { services: ['PSYCHOLOGICAL', 'SCHOOLING', 'LEGAL_AID'], family: ['PARENTING_SUPPORT'] },
};

/** Version 2: the category's codified pathway. */
export function codifiedTemplate(category: Category): PathwayTemplate {
  const base = genericTemplate(category);
  const k = CODIFIED[category];
  const informs = base.prosecutor.inform === 'AT_REPORT' && !k.seized;
  return {
    ...base,
    version: 2,
    track: k.track ?? base.track,
    phases: phases(k.childSeen ?? 'URGENT'),
    prosecutor: { inform: k.seized ? 'NEVER' : base.prosecutor.inform },
    approvals: k.approvals ?? base.approvals,
    defaultServices: k.services,
    familyServices: k.family ?? [],
    reviews: k.reviews ?? base.reviews,
    reintegration: k.reintegration ?? null,
    courtReportEvery: k.courtReportEvery ?? null,
    indicators: [...BASE_INDICATORS, ...(informs ? ['prosecutor_reports'] : []), ...(k.indicators ?? [])],
  };
}

/** Every national default, versions 1 and 2 of each category (the seed). */
export function nationalDefaults(): PathwayTemplate[] {
  return CATEGORY_CODES.flatMap((c) => [genericTemplate(c), codifiedTemplate(c)]);
}

/** The national default of a category at a version (1 when the version is unknown). */
export function templateFor(category: Category, version = 1): PathwayTemplate {
  return version >= 2 ? codifiedTemplate(category) : genericTemplate(category);
}
