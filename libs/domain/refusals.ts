// The one catalogue of refusals: an action that conflicts with the state of a
// pathway, a referral, a request or a record. Each has a stable code that the
// workflows' validators and the API's use cases attach to their refusal, that
// the API sends as `code` in its problem+json next to the English `detail`,
// and that the console turns into a sentence of the user's language. A code is
// never renamed (clients key on it); a new one needs a sentence in the
// console's catalogues (a spec checks every code against them).
// Pure: read by workflow code, the API and the console alike.

/** code → what it means (the English wording of OpenAPI, not shown to users) */
export const REFUSALS = {
  // any action on a pathway
  no_body: 'the action has no body',
  case_closed: 'the case is closed',
  stage_not_allowed: 'the pathway does not go from the case’s stage to the one this action leads to',
  step_not_awaited: 'the step this action answers is not awaited now (already done, or not yet open)',
  not_acknowledged: 'the report must be acknowledged (and the case taken by a coordinator) first',
  field_required: 'a value the action needs is missing or empty',
  value_not_allowed: 'a value is not one the pathway knows',
  list_empty: 'a list the action needs names nothing',
  list_repeats: 'an item appears twice in a list',
  nothing_changes: 'the case is already so: the action would change nothing',
  // judicial track
  already_judicial: 'the case is already on the judicial track',
  court_order_exists: 'this court order is already recorded',
  court_order_not_open: 'the court order is not open',
  court_order_open: 'a court order is open: the judge closes it first',
  measure_not_ordered: 'a referral names a measure the order does not, or a service that does not deliver it',
  court_report_awaits_approval: 'a court report already awaits the head of centre’s approval',
  court_report_not_sent: 'no such court report has been sent on the order',
  court_decision_exists: 'the decision on this report is already recorded',
  // intake
  probable_match: 'the child may already be known: attach the report to a candidate’s case or file it as new',
  // care, referrals, family, after-care
  consent_required: 'sharing the child’s information needs recorded consent or a court order covering it',
  referral_exists: 'a referral with this id already exists',
  referral_status: 'the referral is not in the status this action needs',
  provider_not_in_directory: 'the organisation is not an active provider of the service in the directory',
  policy_missing: 'no deadline policy covers the step this action opens',
  person_unknown: 'the person named is not a person of this case',
  visits_remaining: 'the case may close only after the last follow-up visit',
  closure_awaits_approval: 'a closure already awaits approval',
  adulthood_reached: 'the 18th birthday has already been reached in this pathway',
  already_missing: 'the child is already reported missing',
  revision_nothing_approved: 'there is no approved work to revise',
  revision_not_in_stage: 'approved work is not revised in the case’s stage',
  revision_awaits_approval: 'a revision already awaits approval',
  template_move_refused: 'the case cannot move to this template (another category, or not a newer version)',
  same_province: 'the case is already in this province',
  // merges
  already_merged: 'the case is already merged',
  merge_into_itself: 'a case is not merged into itself',
  merge_empty: 'the merged case carries nothing',
  survivor_merged: 'the case to merge into is itself merged into another',
  not_merged: 'the case is not merged into another',
  unmerge_too_late: 'the merge is older than the period within which it may be undone',
  no_own_report: 'the case has no report of its own left to start its pathway from',
  case_merged: 'the case was merged into another: ask for that one',
  // requests, complaints, surveys, the record
  already_answered: 'the request or complaint has already been answered',
  challenge_used: 'this challenge has been used already: ask for another',
  link_used: 'this link has been used already',
  survey_gone: 'the survey is no longer open (answered, refused or expired)',
  template_not_draft: 'only a draft template is published',
  version_superseded: 'this version was already corrected: correct the last version',
  // anything else a pathway refuses
  pathway_refused: 'the pathway refuses the action in its present state',
} as const satisfies Record<string, string>;

export type RefusalCode = keyof typeof REFUSALS;
export const REFUSAL_CODES = Object.keys(REFUSALS) as RefusalCode[];

export const isRefusalCode = (x: unknown): x is RefusalCode => typeof x === 'string' && Object.prototype.hasOwnProperty.call(REFUSALS, x);

/** A workflow's refusal travels as a failure of this type (the validator's message stays its English detail). */
const TYPE_PREFIX = 'Refused:';
export const refusalType = (code: RefusalCode): string => `${TYPE_PREFIX}${code}`;

/** Failure types of activities whose refusal an action surfaces, with their code. */
const ACTIVITY_FAILURES: Record<string, RefusalCode> = {
  ProviderNotInDirectory: 'provider_not_in_directory',
  PolicyMissing: 'policy_missing',
};

/** The code a failure's type carries; undefined for any other failure. */
export function refusalCodeOf(type: string | null | undefined): RefusalCode | undefined {
  if (!type) return undefined;
  if (type.startsWith(TYPE_PREFIX)) {
    const code = type.slice(TYPE_PREFIX.length);
    return isRefusalCode(code) ? code : undefined;
  }
  return ACTIVITY_FAILURES[type];
}
