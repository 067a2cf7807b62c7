// The moves of a child's pathway from stage to stage: the one table the case
// workflow checks (its only writer of the stage refuses any other move) and
// the README's stage diagram draws (a test compares them). Pure data.
//
// Two moves come from many stages: CLOSED (a closure approved by the head of
// centre ends the pathway wherever work is under way) and AFTER_CARE (the 18th
// birthday of a child in an institution or under a submitted or approved care
// plan, whatever the stage). A third ends a duplicate: MERGED (a head of
// centre merges two cases of one child; the duplicate's pathway ends there and
// the other case goes on; an administrator's unmerge starts it again at REPORTED).
import type { Stage } from './pathway';

export const STAGE_MOVES = {
  // acknowledged by the province's centre (a passing stage: the risk decides where it goes at once)
  REPORTED: ['ACKNOWLEDGED', 'CLOSED', 'MERGED'],
  ACKNOWLEDGED: ['URGENT_PROTECTION', 'ASSESSMENT'],
  // the child seen and safe
  URGENT_PROTECTION: ['ASSESSMENT', 'AFTER_CARE', 'CLOSED', 'MERGED'],
  // the assessment approved
  ASSESSMENT: ['CARE_PLAN', 'AFTER_CARE', 'CLOSED', 'MERGED'],
  // the care plan approved: referrals running, or none
  CARE_PLAN: ['REFERRALS', 'FOLLOW_UP', 'AFTER_CARE', 'CLOSED', 'MERGED'],
  // referrals settled; an integration (family, school, vocational training) while they run
  REFERRALS: ['FOLLOW_UP', 'INTEGRATION', 'FAMILY_REINTEGRATION', 'AFTER_CARE', 'CLOSED', 'MERGED'],
  // a new referral; an integration
  FOLLOW_UP: ['REFERRALS', 'INTEGRATION', 'FAMILY_REINTEGRATION', 'AFTER_CARE', 'CLOSED', 'MERGED'],
  // the child back in the family after school or training: the family's follow-up visits start
  INTEGRATION: ['FAMILY_REINTEGRATION', 'AFTER_CARE', 'CLOSED', 'MERGED'],
  // back in the family, visited at the template's interval; closed once the visits are done (or earlier)
  FAMILY_REINTEGRATION: ['AFTER_CARE', 'CLOSED', 'MERGED'],
  // autonomy (closure approved) or the 22nd birthday
  AFTER_CARE: ['CLOSED', 'MERGED'],
  // a new report reopens the case (a new run starts at REPORTED)
  CLOSED: ['REPORTED'],
  // an administrator undoes the merge within the period (a new run starts at REPORTED)
  MERGED: ['REPORTED'],
} as const satisfies Record<Stage, readonly Stage[]>;

/**
 * Moves that earlier rules let a case make and the table no longer allows
 * (an integration recorded before the care plan ran; an assessment approved
 * after that, or after the 18th birthday). Validators refuse them; the
 * workflow accepts them only so that histories which made them still replay.
 */
export const LEGACY_STAGE_MOVES: readonly (readonly [Stage, Stage])[] = [
  ['URGENT_PROTECTION', 'INTEGRATION'],
  ['ASSESSMENT', 'INTEGRATION'],
  ['CARE_PLAN', 'INTEGRATION'],
  ['INTEGRATION', 'CARE_PLAN'],
  ['AFTER_CARE', 'CARE_PLAN'],
];

/** Every move of the table as [from, to] pairs, in the table's order. */
export function stageMoves(): [Stage, Stage][] {
  return (Object.entries(STAGE_MOVES) as [Stage, readonly Stage[]][]).flatMap(([from, tos]) => tos.map((to): [Stage, Stage] => [from, to]));
}

/** Whether the pathway goes from one stage to the other (staying is no move). */
export function canMove(from: Stage, to: Stage): boolean {
  return from === to || (STAGE_MOVES[from] as readonly Stage[]).includes(to);
}

/** Why an action may not move the case from its stage to another, or null when it may. */
export function stageRefusal(from: Stage, to: Stage): string | null {
  if (canMove(from, to)) return null;
  const next = STAGE_MOVES[from] as readonly Stage[];
  return `the case is in ${from}: the pathway does not go from ${from} to ${to}${next.length ? ` (only to ${next.join(', ')})` : ''}`;
}

/**
 * Where an approved piece of work may be revised (back through the head of
 * centre's approval, without a change of stage): the assessment once the care
 * plan is being written or runs, the care plan while it runs or in after-care.
 */
export const REVISABLE_IN = {
  ASSESSMENT: ['CARE_PLAN', 'REFERRALS', 'FOLLOW_UP', 'INTEGRATION', 'FAMILY_REINTEGRATION'],
  CARE_PLAN: ['REFERRALS', 'FOLLOW_UP', 'INTEGRATION', 'FAMILY_REINTEGRATION', 'AFTER_CARE'],
} as const satisfies Record<'ASSESSMENT' | 'CARE_PLAN', readonly Stage[]>;
export type RevisableSubject = keyof typeof REVISABLE_IN;

/** Why the approved work may not be revised in this stage, or null when it may. */
export function revisionRefusal(subject: RevisableSubject, stage: Stage): string | null {
  const where = REVISABLE_IN[subject] as readonly Stage[];
  if (where.includes(stage)) return null;
  return `the case is in ${stage}: an approved ${subject === 'ASSESSMENT' ? 'assessment' : 'care plan'} is revised only in ${where.join(', ')}`;
}
