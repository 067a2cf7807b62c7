// The referral workflow's contract: its input and state, what it tells the
// case workflow, and the queries, updates and signals sent to it.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ReferralStatus, SharingBasis } from '../libs/domain/pathway';
import type { Service } from '../libs/domain/taxonomy';
import type { Actor } from './actor';

export interface ReferralInput {
  referralId: string;
  caseId: string;
  caseWorkflowId: string;
  caseReference: string;
  /** the case's province when the referral was made: policy and ladder */
  provinceCode: string;
  category: string;
  riskLevel: string;
  organisationId: string;
  service: Service;
  /** why the child's information may be shared with the provider */
  basis: SharingBasis;
  courtOrderId?: string | null;
  /** a referral for a person of the case (an opaque id: the provider reads who through the API), not the child */
  personId?: string | null;
  createdBy: Actor;
  createdAt: string;
}

export interface ReferralState {
  referralId: string;
  caseId: string;
  organisationId: string;
  service: Service;
  basis: SharingBasis;
  status: ReferralStatus;
  declineReason: string | null;
  acceptDueAt: string | null;
  acceptedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  openSteps: { key: string; step: string; dueAt: string | null; level: number; overdue: boolean }[];
}

/** What the referral workflow tells the case workflow. */
export interface ReferralStatusChange {
  referralId: string;
  status: ReferralStatus;
  reason?: string | null;
  at: string;
}

export interface ProviderActionInput {
  /** a PROVIDER user of the referred organisation */
  actor: Actor;
}
export interface DeclineReferralInput extends ProviderActionInput {
  reason: string;
}
export interface CompleteReferralInput extends ProviderActionInput {
  /** short report of the service delivered (no personal data beyond the file's) */
  summary?: string;
}
export interface CancelReferral {
  reason: string;
}

export const referralStateQuery = defineQuery<ReferralState>('referralState');
/** The provider accepts the referral (PENDING → ACCEPTED). */
export const acceptReferralUpdate = defineUpdate<ReferralState, [ProviderActionInput]>('acceptReferral');
/** The provider declines with a reason (PENDING → DECLINED); the coordinator re-orients. */
export const declineReferralUpdate = defineUpdate<ReferralState, [DeclineReferralInput]>('declineReferral');
/** The provider reports that the service has started (ACCEPTED → STARTED). */
export const startServiceUpdate = defineUpdate<ReferralState, [ProviderActionInput]>('startService');
/** The provider reports the service delivered (STARTED → COMPLETED). */
export const completeReferralUpdate = defineUpdate<ReferralState, [CompleteReferralInput]>('completeReferral');
/** Sent by the case workflow when the case closes. */
export const cancelReferralSignal = defineSignal<[CancelReferral]>('cancelReferral');
/** Sent to the case workflow at each change of a referral. */
export const referralStatusSignal = defineSignal<[ReferralStatusChange]>('referralStatus');

export interface ReferralTransfer {
  toProvinceCode: string;
  at: string;
}
/**
 * Sent by the case workflow when the case moves to another province: the referral's
 * open steps keep their deadline and level, and their next alerts go to the new province.
 */
export const referralTransferSignal = defineSignal<[ReferralTransfer]>('referralTransfer');

export interface ReferralRepoint {
  caseId: string;
  caseWorkflowId: string;
  caseReference: string;
  at: string;
}
/**
 * Sent by the case that takes a merged duplicate's running referral: its status changes,
 * projections and alerts now name that case (the duplicate's pathway has ended).
 */
export const referralRepointSignal = defineSignal<[ReferralRepoint]>('referralRepoint');

