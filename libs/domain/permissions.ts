// Who may do what, and where: the one permission table. The API's guard, the
// workflows' update validators and the OpenAPI descriptions all read it, so a
// role rule is written here once and nowhere else.
//
// Each action maps the roles it admits to the scope they act in:
//   PROVINCE      the actor's province must be the case's (or resource's) province
//   ORGANISATION  the actor's organisation must be the one the resource is addressed to
//   NATIONAL      every province
//   SELF          the actor's own data only (profile, preferences)
// Pure data and functions: safe to import from workflow code.
import type { Role } from './taxonomy';

export type Scope = 'PROVINCE' | 'ORGANISATION' | 'NATIONAL' | 'SELF';
export type Rule = Readonly<Partial<Record<Role, Scope>>>;

const P = 'PROVINCE';
const N = 'NATIONAL';
const O = 'ORGANISATION';
const S = 'SELF';

const COORDINATION = { COORDINATOR: P, HEAD_OF_CENTRE: P } as const;
const CASE_READERS = {
  COORDINATOR: P,
  HEAD_OF_CENTRE: P,
  DELEGATE: P,
  COMMITTEE: P,
  JUDICIAL_LIAISON: P,
  SUPERVISOR: N,
  AUDITOR: N,
  ADMIN: N,
} as const;
const REFERRAL_READERS = { PROVIDER: O, COORDINATOR: P, HEAD_OF_CENTRE: P, SUPERVISOR: N, AUDITOR: N } as const;
const PROVINCE_SUPERVISORS = { HEAD_OF_CENTRE: P, DELEGATE: P, COMMITTEE: P, SUPERVISOR: N, AUDITOR: N, ADMIN: N } as const;
const EVERYONE_NATIONAL = {
  INTAKE: N,
  COORDINATOR: N,
  PROVIDER: N,
  JUDICIAL_LIAISON: N,
  HEAD_OF_CENTRE: N,
  DELEGATE: N,
  COMMITTEE: N,
  SUPERVISOR: N,
  AUDITOR: N,
  ADMIN: N,
} as const;
const EVERYONE_SELF = {
  INTAKE: S,
  COORDINATOR: S,
  PROVIDER: S,
  JUDICIAL_LIAISON: S,
  HEAD_OF_CENTRE: S,
  DELEGATE: S,
  COMMITTEE: S,
  SUPERVISOR: S,
  AUDITOR: S,
  ADMIN: S,
} as const;

export const PERMISSIONS = {
  // intake: an intake agent files for the child's province wherever the call comes in (the national
  // green line is an intake without a province); the case's team files in its own province
  'report.create': { INTAKE: N, COORDINATOR: P, HEAD_OF_CENTRE: P, JUDICIAL_LIAISON: P },
  // identification searches every province (a child moves); the answer discloses only reference,
  // province, initials and age, and a case of another province is audited
  'child.search': { INTAKE: N, COORDINATOR: N, HEAD_OF_CENTRE: N, JUDICIAL_LIAISON: N },
  // reading cases
  'case.list': CASE_READERS,
  'case.read': CASE_READERS,
  'case.timeline.read': CASE_READERS,
  'case.deliveries.read': CASE_READERS,
  // administrators run the system: they read no child's file (an export is the whole file)
  'case.export': { COORDINATOR: P, HEAD_OF_CENTRE: P, SUPERVISOR: N },
  'case.history.read': { SUPERVISOR: N, AUDITOR: N },
  // the case's record: what professionals wrote, read back by the case's readers (free text and
  // the report's narrative only where child.identity is disclosed); notes and documents by the case's team
  'record.read': CASE_READERS,
  'record.note': { COORDINATOR: P, HEAD_OF_CENTRE: P, JUDICIAL_LIAISON: P },
  'record.document.attach': { COORDINATOR: P, HEAD_OF_CENTRE: P, JUDICIAL_LIAISON: P },
  'record.document.read': CASE_READERS,
  // the pathway
  'case.acknowledge': COORDINATION,
  'case.child-seen': COORDINATION,
  'case.assessment': COORDINATION,
  'case.care-plan': COORDINATION,
  'case.approve': { HEAD_OF_CENTRE: P },
  'case.reject': { HEAD_OF_CENTRE: P },
  'case.consent': { COORDINATOR: P },
  'case.integration': COORDINATION,
  'case.transfer': { COORDINATOR: P, HEAD_OF_CENTRE: P, DELEGATE: P },
  'case.close': COORDINATION,
  // corrections and hand-overs: the child's data (date of birth or age, sex, names), the category
  // and risk, a revision of an approved assessment or care plan (back through approval), the
  // child's placement, a runaway and the child found; the case handed to another coordinator
  'case.correct-child': COORDINATION,
  'case.retriage': COORDINATION,
  'case.revise-assessment': COORDINATION,
  'case.revise-care-plan': COORDINATION,
  'case.placement': COORDINATION,
  'case.runaway': COORDINATION,
  'case.child-found': COORDINATION,
  'case.reassign': { HEAD_OF_CENTRE: P, DELEGATE: P },
  // two cases of one child: the head of centre of their province merges the duplicate into the
  // case that goes on; an administrator undoes it within the period (MASAR_UNMERGE_DAYS)
  'case.merge': { HEAD_OF_CENTRE: P },
  'case.unmerge': { ADMIN: N },
  'review.case': COORDINATION,
  'review.institution': { COORDINATOR: P, JUDICIAL_LIAISON: P },
  // a child deprived of liberty (custody, detention, a judge's placement) is visited and reviewed by a judge or a
  // social worker (measure 32); the case's team or the court's liaison records the deprivation and its end
  'review.liberty': { COORDINATOR: P, JUDICIAL_LIAISON: P },
  'case.liberty': { COORDINATOR: P, HEAD_OF_CENTRE: P, JUDICIAL_LIAISON: P },
  // a running case moved to a newer version of its pathway template (audited)
  'case.template.move': COORDINATION,
  'after-care.plan': COORDINATION,
  'after-care.check-in': COORDINATION,
  // the persons of the case (mother, father, guardian, siblings, the adult found with the child): their
  // names and contacts are personal data (person.identity below); a follow-up visit after the return home
  'person.list': CASE_READERS,
  'person.add': COORDINATION,
  'person.correct': COORDINATION,
  'person.remove': COORDINATION,
  'family.visit': COORDINATION,
  // referrals
  'referral.create': COORDINATION,
  'referral.list': REFERRAL_READERS,
  'referral.read': REFERRAL_READERS,
  'referral.accept': { PROVIDER: O },
  'referral.decline': { PROVIDER: O },
  'referral.start': { PROVIDER: O },
  'referral.complete': { PROVIDER: O },
  // judicial protection
  'judicial.prosecutor-report': COORDINATION,
  'judicial.redirect': COORDINATION,
  'judicial.court-order': { JUDICIAL_LIAISON: P },
  'judicial.court-report': COORDINATION,
  'judicial.close-order': { JUDICIAL_LIAISON: P },
  // the court exchange: a measure's provider chosen, the judge's decision on a report
  'judicial.measure-provider': COORDINATION,
  'judicial.court-decision': { JUDICIAL_LIAISON: P },
  // complaints
  // a complaint is filed in a province (that of its case): a provider too is held to its own
  'complaint.create': { INTAKE: P, COORDINATOR: P, PROVIDER: P, JUDICIAL_LIAISON: P, HEAD_OF_CENTRE: P, DELEGATE: P, COMMITTEE: P, SUPERVISOR: N, ADMIN: N },
  'complaint.respond': { DELEGATE: P, COMMITTEE: P, SUPERVISOR: N, ADMIN: N },
  'complaint.list': PROVINCE_SUPERVISORS,
  // a young adult's or a parent's own file (law 09-08): recorded at the centre on their behalf
  // (or filed by them on the public page), answered by the case's team with the redacted export
  'file-access.record': COORDINATION,
  'file-access.list': { COORDINATOR: P, HEAD_OF_CENTRE: P, DELEGATE: P, COMMITTEE: P, SUPERVISOR: N },
  'file-access.answer': COORDINATION,
  // satisfaction: who the survey asks about a case (or their refusal), recorded by the case's team
  'survey.contact': COORDINATION,
  // supervision and reference data
  'supervision.overdue': PROVINCE_SUPERVISORS,
  'supervision.escalations': PROVINCE_SUPERVISORS,
  'indicators.read': PROVINCE_SUPERVISORS,
  // the provincial committee's yearly report (its delegate's too); national supervision every province
  'indicators.diagnosis': { DELEGATE: P, COMMITTEE: P, SUPERVISOR: N },
  'policy.read': { COORDINATOR: P, HEAD_OF_CENTRE: P, DELEGATE: P, COMMITTEE: P, SUPERVISOR: N, ADMIN: N },
  'policy.update': { COMMITTEE: P, ADMIN: N },
  // pathway templates: the national defaults are the administrators'; a provincial override is also its committee's
  'template.read': { COORDINATOR: P, HEAD_OF_CENTRE: P, DELEGATE: P, COMMITTEE: P, SUPERVISOR: N, ADMIN: N },
  'template.national.edit': { ADMIN: N },
  'template.province.edit': { COMMITTEE: P, ADMIN: N },
  // the service directory and the territory are reference data, the same for everyone
  'directory.read': EVERYONE_NATIONAL,
  'me.read': EVERYONE_SELF,
  'me.preferences': EVERYONE_SELF,
  // national functions
  'audit.read': { AUDITOR: N },
  // decryption of Temporal payloads (UI, CLI) shows everything: national readers of identifying
  // data only (child.identity below); nobody encrypts through the API (only the API and the worker
  // produce payloads, so a key-holder's payload is the only kind a workflow accepts)
  'codec.decode': { SUPERVISOR: N },
  'admin.queue-board': { ADMIN: N },
  // machine clients' API keys: listed and revoked (made by the api-key command)
  'admin.api-keys': { ADMIN: N },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Who acts: the fields of an identity the table looks at. */
export interface Acting {
  role: Role;
  provinceCode?: string | null;
  organisationId?: string | null;
}

/** What is acted on: its province, and the organisation it is addressed to where there is one. */
export interface Target {
  provinceCode?: string | null;
  organisationId?: string | null;
}

/** The scope a role has for an action, or undefined when the role may not do it. */
export function scopeOf(action: Action, role: Role): Scope | undefined {
  return (PERMISSIONS[action] as Rule)[role];
}

/** The roles an action admits, in the table's order. */
export function rolesFor(action: Action): Role[] {
  return Object.entries(PERMISSIONS[action] as Rule)
    .filter(([, scope]) => scope !== undefined)
    .map(([role]) => role as Role);
}

/** One line for documentation: "COORDINATOR (own province), SUPERVISOR (national)". */
export function describePermission(action: Action): string {
  const words: Record<Scope, string> = { PROVINCE: 'own province', ORGANISATION: 'own organisation', NATIONAL: 'national', SELF: 'own data' };
  return rolesFor(action)
    .map((role) => `${role} (${words[scopeOf(action, role) as Scope]})`)
    .join(', ');
}

/**
 * A refusal by the permission table. Its name is its failure type: the
 * workflows throw it from validators, and the API maps it to 403 like its own.
 */
export class ForbiddenAction extends Error {
  constructor(message: string) {
    super(message);
    this.name = FORBIDDEN_ACTION;
  }
}
export const FORBIDDEN_ACTION = 'ForbiddenAction';

/** Why the actor may not do the action on the target, or null when it may. */
export function refusal(action: Action, who: Acting, target: Target = {}): string | null {
  const scope = scopeOf(action, who.role);
  if (!scope) return `${action} is reserved to ${rolesFor(action).join(' or ')}`;
  if (scope === 'PROVINCE') {
    if (!who.provinceCode) return `a ${who.role.toLowerCase()} without a province may not do ${action}`;
    if (target.provinceCode != null && target.provinceCode !== who.provinceCode) {
      return `a ${who.role.toLowerCase()} of ${who.provinceCode} cannot act in ${target.provinceCode}`;
    }
  }
  if (scope === 'ORGANISATION') {
    if (!who.organisationId) return `a ${who.role.toLowerCase()} without an organisation may not do ${action}`;
    if (target.organisationId != null && target.organisationId !== who.organisationId) {
      return `${action}: this is addressed to another organisation`;
    }
  }
  return null;
}

/** Throws ForbiddenAction when the table refuses. */
export function assertPermitted(action: Action, who: Acting | undefined | null, target: Target = {}): void {
  if (!who || !who.role) throw new ForbiddenAction('the action carries no acting user');
  const why = refusal(action, who, target);
  if (why) throw new ForbiddenAction(why);
}

/**
 * Disclosure rules: what a reader of a record sees of it, by role. Not actions
 * (nothing is done, nothing is audited as such): the readers themselves are
 * the action's rows above ('case.read', ...).
 *   child.identity     the child's name and date of birth, the report's narrative and free-text
 *                      notes (others see initials and no text; administrators run the system
 *                      and read no child's file)
 *   person.identity    a person of the case's names and contacts (the same readers as the child's; others
 *                      see the relation and initials)
 *   person.referred    the person a referral is for, to the provider it is addressed to: names, and contacts
 *                      when the person may be contacted (the child stays initials)
 *   delivery.address   an alert recipient's address in clear (to check a wrong one; others see it masked)
 */
export const DISCLOSURES = {
  'child.identity': ['COORDINATOR', 'HEAD_OF_CENTRE', 'JUDICIAL_LIAISON', 'SUPERVISOR'],
  'person.identity': ['COORDINATOR', 'HEAD_OF_CENTRE', 'JUDICIAL_LIAISON', 'SUPERVISOR'],
  'person.referred': ['PROVIDER'],
  'delivery.address': ['SUPERVISOR', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;
export type Disclosure = keyof typeof DISCLOSURES;

/** Whether the role sees what the disclosure rule guards. */
export function discloses(rule: Disclosure, role: Role): boolean {
  return (DISCLOSURES[rule] as readonly Role[]).includes(role);
}
