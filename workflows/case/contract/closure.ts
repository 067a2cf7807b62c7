// The case workflow's contract, the way out: integration, after-care
// (autonomy plan, check-ins) and closure.
import { defineUpdate } from '@temporalio/workflow';
import type { ClosureReason, IntegrationKind } from '../../../libs/domain/pathway';
import type { Actor } from '../../actor';
import type { CaseState } from './state';

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
export interface CloseInput {
  actor: Actor;
  reason: ClosureReason;
  note?: string;
}

/** COORDINATOR/HEAD_OF_CENTRE: the child is back in the family, at school or in vocational training. */
export const recordIntegrationUpdate = defineUpdate<CaseState, [IntegrationInput]>('recordIntegration');
/** COORDINATOR/HEAD_OF_CENTRE: the autonomy plan of a young adult in after-care. */
export const submitAutonomyPlanUpdate = defineUpdate<CaseState, [AutonomyPlanInput]>('submitAutonomyPlan');
/** COORDINATOR/HEAD_OF_CENTRE: an after-care check-in took place. */
export const recordCheckInUpdate = defineUpdate<CaseState, [CheckInInput]>('recordCheckIn');
/** COORDINATOR/HEAD_OF_CENTRE asks to close the case; the head's approval closes it. */
export const closeUpdate = defineUpdate<CaseState, [CloseInput]>('close');
