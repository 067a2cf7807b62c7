// What a delivery row carries about its alert: the facts a reader needs to act
// and nothing more. Data minimisation (law 09-08): never the child's name;
// the case reference, initials, age, province and category are enough.
import type { LadderRole, Step } from '../domain/steps';

export interface AlertFacts {
  alertKey: string;
  workflowId: string;
  caseWorkflowId: string;
  caseId: string;
  caseReference: string;
  /** "M. A." from the child's names; null when the names are unknown */
  initials: string | null;
  /** completed years at the alert; null when the date of birth is unknown */
  ageYears: number | null;
  ageEstimated: boolean;
  provinceCode: string;
  provinceName: { fr: string; ar: string };
  category: string;
  step: Step;
  stepKey: string;
  level: number;
  ladderRole: LadderRole;
  dueAt: string;
  alertedAt: string;
  /** a non-urgent notice (a step has just opened for the reader), not an escalation */
  notice?: boolean;
  /** an urgent step has just opened: the notice goes on every channel */
  urgent?: boolean;
  /**
   * feedback to the structure that filed a report: receipt or outcome in general terms;
   * such a row carries no initials, no age and no category (see activities/alerts.ts)
   */
  feedback?: { kind: 'RECEIPT' | 'OUTCOME'; reportId: string; outcome?: string | null };
}

export type Language = 'ar' | 'fr';

export function asLanguage(value: string | null | undefined): Language {
  return value === 'fr' ? 'fr' : 'ar';
}

/** Initials are computed in one place (libs/domain/initials.ts). */
export { initialsOf } from '../domain/initials';

/** Completed years between a date of birth and an instant (UTC calendar). */
export function ageAt(dateOfBirth: Date | null | undefined, at: Date): number | null {
  if (!dateOfBirth) return null;
  let years = at.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    at.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (at.getUTCMonth() === dateOfBirth.getUTCMonth() && at.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) years--;
  return years >= 0 ? years : null;
}
