// The stages of a child's pathway and the vocabularies its actions use.
// Pure data, shared by workflows, activities and the API.

export const STAGES = [
  'REPORTED',
  'ACKNOWLEDGED',
  'URGENT_PROTECTION',
  'ASSESSMENT',
  'CARE_PLAN',
  'REFERRALS',
  'FOLLOW_UP',
  'INTEGRATION',
  // the child back in the family, with follow-up visits at the template's interval (measure 48)
  'FAMILY_REINTEGRATION',
  'AFTER_CARE',
  'CLOSED',
  // a duplicate case of a child, merged into the case that continues (Case.mergedIntoId)
  'MERGED',
] as const;
export type Stage = (typeof STAGES)[number];

export const TRACKS = ['SOCIAL', 'JUDICIAL'] as const;
export type Track = (typeof TRACKS)[number];

/** Where the child lives under the care plan. INSTITUTION opens periodic placement reviews. */
export const PLACEMENTS = ['FAMILY', 'INSTITUTION', 'FOSTER_FAMILY', 'INDEPENDENT'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** Integration outcomes counted by indicators (measure 48). */
export const INTEGRATION_KINDS = ['FAMILY', 'SCHOOL', 'VOCATIONAL_TRAINING'] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

/** Measures a judge may order (measures 33 and 50): their list is libs/domain/court.ts. */
export { COURT_MEASURES, type CourtMeasure } from './court';

/** What the head of the accompaniment centre approves. */
export const APPROVAL_SUBJECTS = ['ASSESSMENT', 'CARE_PLAN', 'CLOSURE', 'COURT_REPORT'] as const;
export type ApprovalSubject = (typeof APPROVAL_SUBJECTS)[number];

export const CLOSURE_REASONS = ['INTEGRATED', 'NO_LONGER_AT_RISK', 'AUTONOMY', 'AGE_LIMIT', 'MOVED_ABROAD', 'OTHER'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const CONSENT_GIVERS = ['CHILD', 'GUARDIAN', 'CHILD_AND_GUARDIAN'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const REFERRAL_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'STARTED', 'COMPLETED', 'CANCELLED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** A referral in one of these states no longer waits for anyone. */
export const FINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = ['DECLINED', 'EXPIRED', 'COMPLETED', 'CANCELLED'];

/** Why a referral may share the child's information with a provider. */
export type SharingBasis = 'CONSENT' | 'COURT_ORDER' | 'NONE';

/** The persons of a case: the child's family and the adult found with the child (begging plan). */
export const PERSON_RELATIONS = ['MOTHER', 'FATHER', 'GUARDIAN', 'SIBLING', 'OTHER_RELATIVE', 'ADULT_WITH_CHILD'] as const;
export type PersonRelation = (typeof PERSON_RELATIONS)[number];
/** The adults the template's family services are proposed for (a sibling is a child: referred through its own case). */
export const FAMILY_SERVICE_RELATIONS: readonly PersonRelation[] = ['MOTHER', 'FATHER', 'GUARDIAN', 'OTHER_RELATIVE', 'ADULT_WITH_CHILD'];

/** What a follow-up visit after the return to the family found. */
export const VISIT_OUTCOMES = ['SETTLED', 'CONCERNS', 'NOT_SEEN', 'CHILD_LEFT'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
