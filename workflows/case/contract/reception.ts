// The case workflow's contract, reception and the case's own facts: the
// report taken, the child seen, a transfer, a correction of the child's data,
// a new triage, another coordinator, a runaway and its end.
import { defineUpdate } from '@temporalio/workflow';
import type { Category, RiskLevel } from '../../../libs/domain/taxonomy';
import type { Actor } from '../../actor';
import type { CaseState } from './state';

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

/** COORDINATOR or HEAD_OF_CENTRE of the province takes the report (or a transferred case). */
export const acknowledgeUpdate = defineUpdate<CaseState, [AcknowledgeInput]>('acknowledge');
/** COORDINATOR/HEAD_OF_CENTRE: the child was seen and is safe (urgent protection). */
export const recordChildSeenUpdate = defineUpdate<CaseState, [ChildSeenInput]>('recordChildSeen');
/** COORDINATOR, HEAD_OF_CENTRE or DELEGATE: the family moved; the case changes province. */
export const transferUpdate = defineUpdate<CaseState, [TransferInput]>('transfer');
/** COORDINATOR/HEAD_OF_CENTRE: the child's data was corrected (a new adultAt re-arms the 18th-birthday timer). */
export const correctChildUpdate = defineUpdate<CaseState, [CorrectChildInput]>('correctChild');
/** COORDINATOR/HEAD_OF_CENTRE: a new category or risk; a rise to IMMINENT/HIGH opens the urgent steps. */
export const retriageUpdate = defineUpdate<CaseState, [RetriageInput]>('retriage');
/** HEAD_OF_CENTRE/DELEGATE: another coordinator of the province takes the case and its open steps. */
export const reassignUpdate = defineUpdate<CaseState, [ReassignInput]>('reassign');
/** COORDINATOR/HEAD_OF_CENTRE: the child ran away (opens the urgent RUNAWAY step). */
export const reportRunawayUpdate = defineUpdate<CaseState, [RunawayInput]>('reportRunaway');
/** COORDINATOR/HEAD_OF_CENTRE: the child was found (closes the RUNAWAY step). */
export const recordChildFoundUpdate = defineUpdate<CaseState, [ChildFoundInput]>('recordChildFound');
