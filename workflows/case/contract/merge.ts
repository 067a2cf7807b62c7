// The case workflow's contract, duplicates: a case merged into the one that
// goes on, which takes what it carried.
import { defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../actor';
import type { AwaitedStep } from '../../escalation';
import type { CaseInput, CaseMemory, CaseState, ReferralSummary } from './state';

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

/** HEAD_OF_CENTRE: this case is a duplicate of another case of the child; its pathway ends as MERGED and returns what it carried. */
export const mergeIntoUpdate = defineUpdate<MergeOutcome, [MergeIntoInput]>('mergeInto');
/** HEAD_OF_CENTRE: this case takes a merged duplicate's reports, open steps (under its own ladder) and running referrals. */
export const absorbUpdate = defineUpdate<CaseState, [AbsorbInput]>('absorb');
