// The case workflow's contract: its input, state, and the signals, queries
// and updates the API sends. Updates are validated: an invalid action is
// rejected with a reason and leaves no trace in the history.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  ApprovalSubject,
  ClosureReason,
  ConsentGiver,
  CourtMeasure,
  IntegrationKind,
  PersonRelation,
  Placement,
  ReferralStatus,
  SharingBasis,
  Stage,
  Track,
  VisitOutcome,
} from '../libs/domain/pathway';
import type { Category, EntryPoint, RiskLevel, Service } from '../libs/domain/taxonomy';
import type { CourtDecision, CourtReportLanguage, ProsecutorSummary } from '../libs/domain/court';
import type { PathwayTemplate } from '../libs/domain/templates';
import type { Actor } from './actor';
import type { AwaitedStep } from './escalation';

export type { Actor } from './actor';
export type { Stage, Track } from '../libs/domain/pathway';

export interface ReportRef {
  reportId: string;
  entryPoint: EntryPoint;
  category: Category;
  riskLevel: RiskLevel;
  receivedAt: string;
  /** Personal data: encrypted by the payload codec, never in logs or alerts. */
  narrative?: string;
  childName?: string;
}

export interface CaseInput {
  caseId: string;
  reference: string;
  provinceCode: string;
  category: Category;
  riskLevel: RiskLevel;
  openedAt: string;
  /** The 18th birthday as a UTC instant, computed outside the workflow. */
  adultAt?: string | null;
  /** The date of birth (hence adultAt) is estimated from an age. */
  dobEstimated?: boolean;
  /** End of after-care (22nd birthday, UTC); defaults to adultAt + 4 years. */
  afterCareEndsAt?: string | null;
  report: ReportRef;
  /** Set by the API when a new report reopens a closed case (signal-with-start). */
  reopened?: boolean;
  /** Events per run before continuing as new (default 2,000; the SDK's suggestion also counts). */
  historyLimit?: number;
  /** Internal: the state carried over by continue-as-new. Never set by callers. */
  carried?: CaseMemory;
  /** The API restores a duplicate whose merge failed halfway (carried is its memory before the merge). */
  restoredAfterFailedMerge?: boolean;
  /** An administrator undid a merge: a new run of the duplicate. */
  unmergedFrom?: UnmergedFrom;
  /** The pathway template the API resolved (province override, else national); absent: the generic version 1. */
  template?: PathwayTemplate;
}

export interface OpenStepState {
  key: string;
  step: string;
  dueAt: string | null;
  level: number;
  overdue: boolean;
  provinceCode: string;
  ref: string | null;
}

export interface ReferralSummary {
  referralId: string;
  organisationId: string;
  service: Service;
  basis: SharingBasis;
  status: ReferralStatus;
  reason: string | null;
  courtOrderId: string | null;
  replaces: string | null;
  /** a referral for a person of the case (its opaque id), not for the child; absent in older pathways */
  personId?: string | null;
}

/** A person of the case as the pathway knows them: an opaque id and the relation, never a name or a contact. */
export interface CasePersonRef {
  personId: string;
  relation: PersonRelation;
  addedAt: string;
}

/** A service the case's template proposes for a person (case/family.ts); settled by a referral for them. */
export interface FamilyProposal {
  personId: string;
  service: Service;
  proposedAt: string;
  referralId: string | null;
}

/** The follow-up of a return to the family: visits at the template's interval. */
export interface FamilyFollowUp {
  returnedAt: string;
  visitEvery: string;
  visits: number;
  done: number;
  /** when the next visit falls due (its FAMILY_VISIT step opens then); null once every visit is done */
  nextVisitAt: string | null;
  outcomes: { at: string; outcome: VisitOutcome }[];
}

export interface CourtOrder {
  orderId: string;
  measures: CourtMeasure[];
  coversInformationSharing: boolean;
  receivedAt: string;
  closedAt: string | null;
  /** the interval the judge set for the court reports (ISO 8601); else the template's, else the policy's */
  reportEvery?: string | null;
  /** court reports approved and sent so far */
  reportsSent?: number;
  /** the report written and awaiting the head of centre's approval (its number and language) */
  pendingReport?: { n: number; language: CourtReportLanguage; submittedAt: string; dueAt: string | null } | null;
  /** the judge's decisions, each against the report it answers */
  decisions?: { report: number; decision: CourtDecision; at: string }[];
}

export interface Consent {
  givenBy: ConsentGiver;
  /** services the consent covers; null: every referral of the case */
  services: Service[] | null;
  documentRef: string | null;
  recordedBy: string;
  at: string;
}

export interface TimelineEntry {
  at: string;
  type: string;
  by?: Actor;
  data?: Record<string, unknown>;
}

export interface CaseState {
  caseId: string;
  reference: string;
  provinceCode: string;
  category: Category;
  riskLevel: RiskLevel;
  track: Track;
  stage: Stage;
  /** MERGED: a duplicate of another case of the child (mergedInto); its pathway ended there */
  status: 'OPEN' | 'CLOSED' | 'MERGED';
  assigneeId: string | null;
  reports: string[];
  openSteps: OpenStepState[];
  assessment: 'PENDING' | 'SUBMITTED' | 'APPROVED';
  carePlan: 'NONE' | 'PENDING' | 'SUBMITTED' | 'APPROVED';
  placement: Placement | null;
  inInstitution: boolean;
  referrals: ReferralSummary[];
  consents: Consent[];
  courtOrders: CourtOrder[];
  prosecutorReported: boolean;
  integrations: { kind: IntegrationKind; at: string }[];
  adultAt: string | null;
  dobEstimated: boolean;
  adult: boolean;
  afterCare: { enteredAt: string; endsAt: string; autonomyPlan: boolean } | null;
  closure: { reason: ClosureReason; note: string | null; requestedBy: string | null } | null;
  closedAt: string | null;
  escalations: number;
  /** how many runs (continue-as-new) this life of the case has had */
  runs: number;
  /** the child has been seen or received (urgent protection); absent in older pathways */
  childSeen?: boolean;
  /** the child ran away (fugue) and has not been found yet */
  missingSince?: string | null;
  /** approved work sent back through approval by a revision, until the head decides */
  revising?: ApprovalSubject[];
  /** the placement of a revised care plan, applied when the head approves it */
  revisedPlacement?: Placement | null;
  /** a duplicate: the case of the same child that goes on */
  mergedInto?: { caseId: string; workflowId: string; at: string } | null;
  /** the duplicates merged into this case, and what each brought */
  merged?: MergedCase[];
  /** the pathway template this case runs (pinned at the start; absent or null: the generic version 1) */
  template?: PathwayTemplate | null;
  /** the child is deprived of liberty (custody, detention, placed by a judge): liberty reviews run */
  deprivedOfLiberty?: boolean;
  /** the persons of the case (ids and relations; names and contacts stay in PostgreSQL, encrypted) */
  persons?: CasePersonRef[];
  /** services the template proposes for the persons of the case */
  familyProposals?: FamilyProposal[];
  /** the follow-up visits after the child's return to the family */
  family?: FamilyFollowUp | null;
}

export interface MergedCase {
  caseId: string;
  reference: string;
  at: string;
  reports: string[];
  referrals: string[];
  /** the duplicate's steps re-opened here (step kinds), and those the survivor did not take */
  steps: string[];
  dropped: string[];
}

/** A duplicate restored by an administrator (unmerge) starts a new run: where it had been merged. */
export interface UnmergedFrom {
  caseId: string;
  at: string;
}

/** Everything the workflow carries across continue-as-new (plain JSON). */
export interface CaseMemory extends Omit<CaseState, 'openSteps'> {
  cycle: string;
  openedAt: string;
  afterCareEndsAt: string | null;
  steps: AwaitedStep[];
  seq: number;
  eventSeq: number;
  timeline: TimelineEntry[];
  searchAttributes: boolean;
  started: boolean;
}

// ── Inputs of the updates ────────────────────────────────────────────────────

export interface AcknowledgeInput {
  actor: Actor;
  /** The coordinator who takes the case; defaults to the acting user. */
  assigneeId?: string;
}
export interface ChildSeenInput {
  actor: Actor;
  /** the child was placed in emergency shelter (opens placement reviews) */
  emergencyShelter?: boolean;
  medicalCare?: boolean;
  note?: string;
}
export interface AssessmentInput {
  actor: Actor;
  /** the standard protocol's conclusion (personal data: encrypted in history) */
  summary: string;
  needs?: Service[];
  /** the risk level re-evaluated by the assessment; later steps use it */
  riskLevel?: RiskLevel;
}
export interface ApprovalInput {
  actor: Actor;
  subject: ApprovalSubject;
}
export interface RejectionInput extends ApprovalInput {
  reason: string;
}
export interface CarePlanInput {
  actor: Actor;
  objectives: string[];
  placement: Placement;
  services?: Service[];
}
export interface ConsentInput {
  actor: Actor;
  givenBy: ConsentGiver;
  services?: Service[];
  /** reference of the signed form in the file */
  documentRef?: string;
}
export interface CreateReferralInput {
  actor: Actor;
  /** chosen by the API (uuid); the referral workflow is referral-<referralId> */
  referralId: string;
  organisationId: string;
  service: Service;
  /** the referral shares the child's information with the provider (default true) */
  sharesInformation?: boolean;
  /** the declined or expired referral this one re-orients */
  replaces?: string;
  /** the person of the case the referral is for (parenting support, social aid...); absent: the child */
  personId?: string;
}
export interface AddPersonInput {
  actor: Actor;
  /** chosen by the API (uuid); the same id again changes the relation */
  personId: string;
  relation: PersonRelation;
}
export interface RemovePersonInput {
  actor: Actor;
  personId: string;
}
export interface FamilyVisitInput {
  actor: Actor;
  outcome: VisitOutcome;
  /** what the visit found (personal data: encrypted in the history) */
  note?: string;
  /** after the last visit: ask the head of centre to close the case (integrated) */
  requestClosure?: boolean;
}
export interface ProsecutorReportInput {
  actor: Actor;
  /** the prosecutor's registration number, if known */
  reference?: string;
}
export interface RedirectToJudicialInput {
  actor: Actor;
  reason: string;
  /** the structured summary for the prosecutor (its free text, the facts, stays in the record) */
  summary?: ProsecutorSummary;
}
export interface OrderedReferral {
  referralId: string;
  organisationId: string;
  /** the measure's service (libs/domain/court.ts); older orders named the measure here */
  service: Service;
  /** the ordered measure the referral delivers (absent in older orders: the service's code) */
  measure?: CourtMeasure;
}
export interface CourtOrderInput {
  actor: Actor;
  orderId: string;
  measures: CourtMeasure[];
  referrals?: OrderedReferral[];
  /** the order is the basis for sharing the child's information (default true) */
  coversInformationSharing?: boolean;
  /** the judge's interval between court reports (ISO 8601 duration) */
  reportEvery?: string;
}
export interface CourtReportInput {
  actor: Actor;
  orderId: string;
  /** older reports carried their summary; the report's content is in the case's record */
  summary?: string;
  /** the language the report is written and printed in (default Arabic) */
  language?: CourtReportLanguage;
}
/** A measure ordered without its provider: the coordinator names one, which starts its referral. */
export interface MeasureProviderInput {
  actor: Actor;
  orderId: string;
  measure: CourtMeasure;
  referralId: string;
  organisationId: string;
}
/** The judge's decision on a court report (its text is in the record). */
export interface CourtDecisionInput {
  actor: Actor;
  orderId: string;
  /** the report the decision answers (its number); default the last sent */
  report?: number;
  decision: CourtDecision;
  /** a new interval for the next reports (ISO 8601 duration) */
  reportEvery?: string;
}
export interface CloseCourtOrderInput {
  actor: Actor;
  orderId: string;
}
export interface ReviewInput {
  actor: Actor;
  /** CASE: periodic case review; INSTITUTION: review of a placement by a judge or a social worker; LIBERTY: of a child deprived of liberty */
  kind: 'CASE' | 'INSTITUTION' | 'LIBERTY';
  summary: string;
}
export interface LibertyInput {
  actor: Actor;
  /** true: custody, detention or a judge's placement began; false: it ended */
  deprived: boolean;
}
export interface MoveToTemplateInput {
  actor: Actor;
  /** the newer version, as the API read it (published, of the case's category and scope) */
  template: PathwayTemplate;
}
export interface IntegrationInput {
  actor: Actor;
  kind: IntegrationKind;
  note?: string;
}
export interface AutonomyPlanInput {
  actor: Actor;
  goals: string[];
}
export interface CheckInInput {
  actor: Actor;
  note?: string;
  /** the young adult is autonomous: the case goes to closure approval */
  autonomyReached?: boolean;
}
export interface TransferInput {
  actor: Actor;
  toProvinceCode: string;
  /** a coordinator of the new province; without one, the new centre must take the case */
  assigneeId?: string;
  reason?: string;
}
/** What a correction of the child's data changed; names and sex stay in the database, never in the workflow. */
export const CORRECTED_FIELDS = ['dateOfBirth', 'estimatedAge', 'sex', 'names'] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];
export interface CorrectChildInput {
  actor: Actor;
  fields: CorrectedField[];
  /** the new 18th birthday (UTC), computed by the API, when the date of birth or the age changed; null: unknown */
  adultAt?: string | null;
  dobEstimated?: boolean;
  /** the new 22nd birthday (UTC), when the date of birth or the age changed */
  afterCareEndsAt?: string | null;
  reason?: string;
}
export interface RetriageInput {
  actor: Actor;
  category?: Category;
  riskLevel?: RiskLevel;
  reason?: string;
}
export interface ReassignInput {
  actor: Actor;
  /** a coordinator of the case's province (the API checks the directory) */
  assigneeId: string;
  reason?: string;
}
export interface ReviseAssessmentInput {
  actor: Actor;
  summary: string;
  needs?: Service[];
  riskLevel?: RiskLevel;
  reason: string;
}
export interface ReviseCarePlanInput {
  actor: Actor;
  objectives: string[];
  placement: Placement;
  services?: Service[];
  reason: string;
}
export interface PlacementInput {
  actor: Actor;
  placement: Placement;
  note?: string;
}
export interface RunawayInput {
  actor: Actor;
  /** when the child was last seen (default: now) */
  lastSeenAt?: string;
  note?: string;
}
export interface ChildFoundInput {
  actor: Actor;
  note?: string;
}
export interface CloseInput {
  actor: Actor;
  reason: ClosureReason;
  note?: string;
}

export interface MergeIntoInput {
  actor: Actor;
  /** the case of the same child that goes on */
  survivorCaseId: string;
  survivorWorkflowId: string;
  reason: string;
}
/** What a duplicate carried when it was merged: the survivor takes it (absorb). */
export interface MergeCarried {
  fromCaseId: string;
  fromWorkflowId: string;
  fromReference: string;
  /** its open steps when merged (their ladders stopped) */
  steps: AwaitedStep[];
  /** its running referrals (their workflows still run and are re-pointed by the survivor) */
  referrals: ReferralSummary[];
  reports: string[];
}
export interface MergeOutcome {
  state: CaseState;
  carried: MergeCarried;
  /** to start the duplicate again as it was, if the survivor does not take it (a merge that fails halfway) */
  restore: { input: CaseInput; memory: CaseMemory };
}
export interface AbsorbInput {
  actor: Actor;
  carried: MergeCarried;
  reason: string;
}

// ── Definitions ──────────────────────────────────────────────────────────────

/** The current state (stage, open steps with due times, referrals ...). */
export const stateQuery = defineQuery<CaseState>('state');
/** The case's timeline (latest entries; PathwayEvent rows hold the full record). */
export const timelineQuery = defineQuery<TimelineEntry[]>('timeline');

/** A new report about the same child: attaches (signal-with-start reopens a closed case). */
export const newReportSignal = defineSignal<[ReportRef]>('newReport');
/** From the notifier: every delivery of an alert failed, alert the next level now (shared by every pathway workflow). */
export { alertDeliveryFailedSignal } from './alert-signal';

/** COORDINATOR or HEAD_OF_CENTRE of the province takes the report (or a transferred case). */
export const acknowledgeUpdate = defineUpdate<CaseState, [AcknowledgeInput]>('acknowledge');
/** COORDINATOR/HEAD_OF_CENTRE: the child was seen and is safe (urgent protection). */
export const recordChildSeenUpdate = defineUpdate<CaseState, [ChildSeenInput]>('recordChildSeen');
/** COORDINATOR/HEAD_OF_CENTRE: submits the assessment; it then waits for the head's approval. */
export const submitAssessmentUpdate = defineUpdate<CaseState, [AssessmentInput]>('submitAssessment');
/** HEAD_OF_CENTRE of the case's province approves an assessment, a care plan or a closure. */
export const approveUpdate = defineUpdate<CaseState, [ApprovalInput]>('approve');
/** HEAD_OF_CENTRE of the case's province rejects with a reason; the work goes back. */
export const rejectUpdate = defineUpdate<CaseState, [RejectionInput]>('reject');
/** COORDINATOR/HEAD_OF_CENTRE: submits the care plan (after the approved assessment). */
export const submitCarePlanUpdate = defineUpdate<CaseState, [CarePlanInput]>('submitCarePlan');
/** COORDINATOR: records the child's/guardian's consent to share information with providers. */
export const recordConsentUpdate = defineUpdate<CaseState, [ConsentInput]>('recordConsent');
/** COORDINATOR/HEAD_OF_CENTRE: refers the child to a provider of the directory (starts a referral workflow). */
export const createReferralUpdate = defineUpdate<CaseState, [CreateReferralInput]>('createReferral');
/** COORDINATOR/HEAD_OF_CENTRE: the report to the prosecutor has been made. */
export const reportToProsecutorUpdate = defineUpdate<CaseState, [ProsecutorReportInput]>('reportToProsecutor');
/** COORDINATOR/HEAD_OF_CENTRE: a social case needs judicial protection (counted SOCIAL_TO_JUDICIAL). */
export const redirectToJudicialUpdate = defineUpdate<CaseState, [RedirectToJudicialInput]>('redirectToJudicial');
/** JUDICIAL_LIAISON: a court order redirects the child to social measures and opens the ordered referrals. */
export const recordCourtOrderUpdate = defineUpdate<CaseState, [CourtOrderInput]>('recordCourtOrder');
/** COORDINATOR/HEAD_OF_CENTRE: the progress report owed to the court has been sent. */
export const submitCourtReportUpdate = defineUpdate<CaseState, [CourtReportInput]>('submitCourtReport');
/** COORDINATOR/HEAD_OF_CENTRE: the provider of a measure ordered without one; starts its referral. */
export const chooseMeasureProviderUpdate = defineUpdate<CaseState, [MeasureProviderInput]>('chooseMeasureProvider');
/** JUDICIAL_LIAISON: the judge's decision on a court report. */
export const recordCourtDecisionUpdate = defineUpdate<CaseState, [CourtDecisionInput]>('recordCourtDecision');
/** JUDICIAL_LIAISON: the judge closes the order; no more court reports. */
export const closeCourtOrderUpdate = defineUpdate<CaseState, [CloseCourtOrderInput]>('closeCourtOrder');
/** CASE review by COORDINATOR/HEAD_OF_CENTRE; INSTITUTION review by JUDICIAL_LIAISON or COORDINATOR. */
export const recordReviewUpdate = defineUpdate<CaseState, [ReviewInput]>('recordReview');
/** COORDINATOR, HEAD_OF_CENTRE or JUDICIAL_LIAISON: the child is deprived of liberty, or free again (liberty reviews start or stop). */
export const recordLibertyUpdate = defineUpdate<CaseState, [LibertyInput]>('recordLiberty');
/** COORDINATOR/HEAD_OF_CENTRE: the case goes on under a newer version of its pathway template. */
export const moveToTemplateUpdate = defineUpdate<CaseState, [MoveToTemplateInput]>('moveToTemplate');
/** COORDINATOR/HEAD_OF_CENTRE: the child is back in the family, at school or in vocational training. */
export const recordIntegrationUpdate = defineUpdate<CaseState, [IntegrationInput]>('recordIntegration');
/** COORDINATOR/HEAD_OF_CENTRE: the autonomy plan of a young adult in after-care. */
export const submitAutonomyPlanUpdate = defineUpdate<CaseState, [AutonomyPlanInput]>('submitAutonomyPlan');
/** COORDINATOR/HEAD_OF_CENTRE: an after-care check-in took place. */
export const recordCheckInUpdate = defineUpdate<CaseState, [CheckInInput]>('recordCheckIn');
/** COORDINATOR, HEAD_OF_CENTRE or DELEGATE: the family moved; the case changes province. */
export const transferUpdate = defineUpdate<CaseState, [TransferInput]>('transfer');
/** COORDINATOR/HEAD_OF_CENTRE: the child's data was corrected (a new adultAt re-arms the 18th-birthday timer). */
export const correctChildUpdate = defineUpdate<CaseState, [CorrectChildInput]>('correctChild');
/** COORDINATOR/HEAD_OF_CENTRE: a new category or risk; a rise to IMMINENT/HIGH opens the urgent steps. */
export const retriageUpdate = defineUpdate<CaseState, [RetriageInput]>('retriage');
/** HEAD_OF_CENTRE/DELEGATE: another coordinator of the province takes the case and its open steps. */
export const reassignUpdate = defineUpdate<CaseState, [ReassignInput]>('reassign');
/** COORDINATOR/HEAD_OF_CENTRE: a revised assessment, back through approval. */
export const reviseAssessmentUpdate = defineUpdate<CaseState, [ReviseAssessmentInput]>('reviseAssessment');
/** COORDINATOR/HEAD_OF_CENTRE: a revised care plan, back through approval. */
export const reviseCarePlanUpdate = defineUpdate<CaseState, [ReviseCarePlanInput]>('reviseCarePlan');
/** COORDINATOR/HEAD_OF_CENTRE: the child lives elsewhere (entering or leaving an institution opens or closes its reviews). */
export const recordPlacementUpdate = defineUpdate<CaseState, [PlacementInput]>('recordPlacement');
/** COORDINATOR/HEAD_OF_CENTRE: the child ran away (opens the urgent RUNAWAY step). */
export const reportRunawayUpdate = defineUpdate<CaseState, [RunawayInput]>('reportRunaway');
/** COORDINATOR/HEAD_OF_CENTRE: the child was found (closes the RUNAWAY step). */
export const recordChildFoundUpdate = defineUpdate<CaseState, [ChildFoundInput]>('recordChildFound');
/** COORDINATOR/HEAD_OF_CENTRE: a person of the case (mother, father, the adult found with the child...), known by id and relation only. */
export const addPersonUpdate = defineUpdate<CaseState, [AddPersonInput]>('addPerson');
/** COORDINATOR/HEAD_OF_CENTRE: a person recorded in error leaves the case (their referrals stay as they are). */
export const removePersonUpdate = defineUpdate<CaseState, [RemovePersonInput]>('removePerson');
/** COORDINATOR/HEAD_OF_CENTRE: a follow-up visit after the return to the family took place; the next one is scheduled. */
export const recordFamilyVisitUpdate = defineUpdate<CaseState, [FamilyVisitInput]>('recordFamilyVisit');
/** COORDINATOR/HEAD_OF_CENTRE asks to close the case; the head's approval closes it. */
export const closeUpdate = defineUpdate<CaseState, [CloseInput]>('close');
/** HEAD_OF_CENTRE: this case is a duplicate of another case of the child; its pathway ends as MERGED and returns what it carried. */
export const mergeIntoUpdate = defineUpdate<MergeOutcome, [MergeIntoInput]>('mergeInto');
/** HEAD_OF_CENTRE: this case takes a merged duplicate's reports, open steps (under its own ladder) and running referrals. */
export const absorbUpdate = defineUpdate<CaseState, [AbsorbInput]>('absorb');
