// The case workflow's contract: its input, its state (what the state query
// answers) and its memory across continue-as-new; the queries and the signals.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ApprovalSubject, ClosureReason, ConsentGiver, CourtMeasure, IntegrationKind, PersonRelation, Placement, ReferralStatus, SharingBasis, Stage, Track, VisitOutcome } from '../../../libs/domain/pathway';
import type { Category, EntryPoint, RiskLevel, Service } from '../../../libs/domain/taxonomy';
import type { CourtDecision, CourtReportLanguage } from '../../../libs/domain/court';
import type { PathwayTemplate } from '../../../libs/domain/templates';
import type { Actor } from '../../actor';
import type { AwaitedStep } from '../../escalation';

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
  /** Set when a new report reopens a closed case: by the API (signal-with-start), or by the closing run a late report reached. */
  reopened?: boolean;
  /**
   * Internal: the cycle of a case life the closing run reopened by continuing as new
   * (the chain's first run id would repeat the closed life's step and event keys).
   */
  cycle?: string;
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

/** The timeline entries a pathway keeps (and the API shows): the latest ones. */
export const TIMELINE_KEPT = 300;

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
  /** the number of the last note written to PostgreSQL in this life; absent until a run takes 'timeline-rows' and notes */
  noteSeq?: number;
  searchAttributes: boolean;
  started: boolean;
}

/** The current state (stage, open steps with due times, referrals ...). */
export const stateQuery = defineQuery<CaseState>('state');
/** The case's timeline (latest entries; the API reads TimelineEntry rows once the run writes them). */
export const timelineQuery = defineQuery<TimelineEntry[]>('timeline');
/** A new report about the same child: attaches (signal-with-start reopens a closed case). */
export const newReportSignal = defineSignal<[ReportRef]>('newReport');
/** From the notifier: every delivery of an alert failed, alert the next level now (shared by every pathway workflow). */
export { alertDeliveryFailedSignal } from '../../alert-signal';
