// The case workflow's contract, the persons of the case and the follow-up
// visits after a return to the family (ids and relations only, never a name).
import { defineUpdate } from '@temporalio/workflow';
import type { PersonRelation, VisitOutcome } from '../../../libs/domain/pathway';
import type { Actor } from '../../actor';
import type { CaseState } from './state';

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

/** COORDINATOR/HEAD_OF_CENTRE: a person of the case (mother, father, the adult found with the child...), known by id and relation only. */
export const addPersonUpdate = defineUpdate<CaseState, [AddPersonInput]>('addPerson');
/** COORDINATOR/HEAD_OF_CENTRE: a person recorded in error leaves the case (their referrals stay as they are). */
export const removePersonUpdate = defineUpdate<CaseState, [RemovePersonInput]>('removePerson');
/** COORDINATOR/HEAD_OF_CENTRE: a follow-up visit after the return to the family took place; the next one is scheduled. */
export const recordFamilyVisitUpdate = defineUpdate<CaseState, [FamilyVisitInput]>('recordFamilyVisit');
