// What the console reads of the API's answers. The OpenAPI document types every
// path, parameter and request body (schema.d.ts) but not yet the answers, so
// these narrow views name the fields the screens use.
import type { Action, Disclosure } from '../../../../libs/domain/permissions';
import type { Role } from '../../../../libs/domain/taxonomy';
import type { ReferralStatus, Stage } from '../../../../libs/domain/pathway';

export interface Me {
  id: string;
  role: Role;
  provinceCode: string | null;
  organisationId: string | null;
  displayName: string;
  language: string;
  permittedActions: Action[];
  disclosures: Disclosure[];
}

export interface SessionConfig {
  devSignIn: boolean;
  oidc: { authority: string; clientId: string; scope: string } | null;
  timeZone: string;
}

export interface CodecSession {
  expiresAt: string;
  temporalUi: { origin: string; namespace: string };
}

export interface DemoUser {
  id: string;
  role: Role;
  provinceCode: string | null;
  displayName: string;
}

export interface OpenStep {
  step: string;
  dueAt: string | null;
  level: number;
  overdue: boolean;
  key?: string;
}

export interface CaseSummary {
  id: string;
  reference: string;
  provinceCode: string;
  category: string;
  riskLevel: string;
  track: string;
  stage: Stage;
  status: 'OPEN' | 'CLOSED';
  assigneeId: string | null;
  openedAt: string;
  openSteps: OpenStep[];
}

export interface ChildView {
  firstName?: string | null;
  lastName?: string | null;
  initials?: string;
  sex?: string | null;
  dateOfBirth?: string | null;
  age?: number | null;
  [k: string]: unknown;
}

export interface CaseDetail extends Omit<CaseSummary, 'openSteps' | 'assigneeId'> {
  closedAt: string | null;
  workflowId: string;
  child: ChildView;
  pathway: {
    stage: Stage;
    assigneeId: string | null;
    openSteps: OpenStep[];
    referrals: { referralId: string; organisationId: string; service: string; status: ReferralStatus }[];
    assessment: string;
    carePlan: string;
    prosecutorReported?: boolean;
    courtOrders?: { orderId: string; closedAt: string | null }[];
    afterCare?: { enteredAt: string; endsAt: string; autonomyPlan: boolean } | null;
  };
}

export interface Organisation {
  id: string;
  provinceCode: string;
  kind: string;
  nameFr: string;
  nameAr: string;
  services: string[];
}

export interface TimelineEntry {
  at: string;
  type: string;
  by?: { userId?: string; role?: string };
  data?: Record<string, unknown>;
}

export interface RecordEntry {
  id: string;
  kind: string;
  version?: number;
  createdAt: string;
  author: { userId: string; role: string | null };
  body?: Record<string, unknown> | null;
  withheld?: string[] | boolean;
}

export interface Referral {
  id: string;
  caseReference: string;
  provinceCode: string;
  category: string;
  riskLevel: string;
  organisation: string;
  service: string;
  status: ReferralStatus;
  declineReason: string | null;
  createdAt: string;
  acceptDueAt: string | null;
  child: { initials: string; sex: string | null; age: number | null };
}

export interface Candidate {
  caseId: string;
  reference: string;
  provinceCode: string;
  initials: string;
  age: number | null;
  ageEstimated: boolean;
  match: 'EXACT' | 'PROBABLE';
  score: number;
  reasons: string[];
}

export interface OverdueStep {
  caseId: string;
  caseReference: string;
  category: string;
  riskLevel: string;
  step: string;
  dueAt: string;
  lateMs: number;
  level: number;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errorId?: string;
  errors?: { field: string; message: string; code?: string }[];
  candidates?: Candidate[];
}
