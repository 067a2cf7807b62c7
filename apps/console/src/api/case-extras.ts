// What the console reads of a case's pathway beyond types.ts: the court
// exchange (orders, the report awaiting approval, the judge's decisions), the
// persons known to the pathway, the family's follow-up visits and the template
// version; the persons list (as the reader's role may see them) and the
// pathway templates of the admin API.
import type { PathwayTemplate } from '../../../../libs/domain/templates';
import type { CaseDetail, OpenStep } from './types';

export interface CourtOrderView {
  orderId: string;
  measures: string[];
  closedAt: string | null;
  reportEvery?: string | null;
  reportsSent?: number;
  pendingReport?: { n: number; language: string; submittedAt: string; dueAt: string | null } | null;
  decisions?: { report: number; decision: string; at: string }[];
}

export interface FamilyFollowUpView {
  returnedAt: string;
  visitEvery: string;
  visits: number;
  done: number;
  nextVisitAt: string | null;
}

export interface PathwayExtras {
  openSteps: (OpenStep & { ref?: string | null })[];
  courtOrders?: CourtOrderView[];
  persons?: { personId: string; relation: string; addedAt: string }[];
  familyProposals?: { personId: string; service: string; referralId: string | null }[];
  family?: FamilyFollowUpView | null;
  /** the template the case runs; absent or null: the generic version 1 */
  template?: { version: number } | null;
}

/** The case's pathway with the fields the court, family and template forms read. */
export type PathwayView = Omit<CaseDetail['pathway'], keyof PathwayExtras> & PathwayExtras;
export const pathwayOf = (c: CaseDetail): PathwayView => c.pathway as PathwayView;

/** A person of the case: relation and initials for every reader; names and contacts only where the API discloses them. */
export interface CasePerson {
  id: string;
  relation: string;
  mayContact: boolean;
  initials: string;
  firstName?: string;
  lastName?: string | null;
  phone?: string | null;
  address?: string | null;
  referrals: string[];
}

export type TemplateStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

/** One version of a pathway template, as the admin API answers it. */
export interface TemplateVersion {
  id: string;
  category: string;
  provinceCode: string | null;
  version: number;
  status: TemplateStatus;
  createdBy: string;
  createdAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  template: PathwayTemplate;
}
