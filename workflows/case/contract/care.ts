// The case workflow's contract, the care of the child: assessment, approvals,
// the care plan, consent, referrals, revisions, placement, reviews, liberty,
// a newer version of the pathway template.
import { defineUpdate } from '@temporalio/workflow';
import type { ApprovalSubject, ConsentGiver, Placement } from '../../../libs/domain/pathway';
import type { RiskLevel, Service } from '../../../libs/domain/taxonomy';
import type { PathwayTemplate } from '../../../libs/domain/templates';
import type { Actor } from '../../actor';
import type { CaseState } from './state';

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
/** COORDINATOR/HEAD_OF_CENTRE: a revised assessment, back through approval. */
export const reviseAssessmentUpdate = defineUpdate<CaseState, [ReviseAssessmentInput]>('reviseAssessment');
/** COORDINATOR/HEAD_OF_CENTRE: a revised care plan, back through approval. */
export const reviseCarePlanUpdate = defineUpdate<CaseState, [ReviseCarePlanInput]>('reviseCarePlan');
/** COORDINATOR/HEAD_OF_CENTRE: the child lives elsewhere (entering or leaving an institution opens or closes its reviews). */
export const recordPlacementUpdate = defineUpdate<CaseState, [PlacementInput]>('recordPlacement');
/** CASE review by COORDINATOR/HEAD_OF_CENTRE; INSTITUTION review by JUDICIAL_LIAISON or COORDINATOR. */
export const recordReviewUpdate = defineUpdate<CaseState, [ReviewInput]>('recordReview');
/** COORDINATOR, HEAD_OF_CENTRE or JUDICIAL_LIAISON: the child is deprived of liberty, or free again (liberty reviews start or stop). */
export const recordLibertyUpdate = defineUpdate<CaseState, [LibertyInput]>('recordLiberty');
/** COORDINATOR/HEAD_OF_CENTRE: the case goes on under a newer version of its pathway template. */
export const moveToTemplateUpdate = defineUpdate<CaseState, [MoveToTemplateInput]>('moveToTemplate');
