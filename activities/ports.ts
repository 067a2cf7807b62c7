// The narrow ports activities depend on. apps/worker/src/ports implements
// them with Prisma and BullMQ; workflow tests implement them in memory.
import type { PolicyRuleLike } from '../libs/domain/policy';
import type { AlertFacts, Language } from '../libs/notify/alert-message';
import type { Channel } from '../libs/notify/channels';
import type { AlertInput } from './alert-contract';

/** What createActivities receives. */
export interface ActivityPorts {
  policy: PolicyPort;
  projection: ProjectionPort;
  directory: DirectoryPort;
}

export interface PolicyPort {
  /** Every rule that could apply to a province (its own and the national ones). */
  rulesFor(provinceCode: string): Promise<PolicyRuleLike[]>;
  /** A counter every policy change bumps; without it the rules are read for every step. */
  version?(): Promise<number>;
}

export interface CaseProjection {
  caseId: string;
  stage: string;
  status: string;
  track: string;
  provinceCode: string;
  assigneeId: string | null;
  riskLevel?: string;
  closedAt?: string | null;
}

export interface StepProjection {
  /** workflow id + step key */
  key: string;
  caseId: string;
  provinceCode: string;
  step: string;
  label?: string;
  dueAt: string;
  level: number;
  status: 'OPEN' | 'DONE' | 'CANCELLED';
  openedAt: string;
  closedAt?: string | null;
  /** the instant (ms) of the workflow task that sent it: an older write than the row's leaves the row as it is */
  version?: number;
}

export interface StepClosure {
  key: string;
  status: 'DONE' | 'CANCELLED';
  closedAt: string;
  /** the instant (ms) of the workflow task that sent it: an older write than the row's leaves the row as it is */
  version?: number;
}

export interface PathwayEventRecord {
  key: string;
  caseId: string;
  provinceCode: string;
  type: string;
  data?: Record<string, unknown>;
  at: string;
}

/** Entries of a case's timeline, numbered from `first` within the case's life (`cycle`); written once each. */
export interface TimelineNotes {
  caseId: string;
  cycle: string;
  first: number;
  entries: { at: string; type: string; by?: unknown; data?: Record<string, unknown> }[];
}

export interface EscalationRecord {
  /** workflow id + step key + level */
  key: string;
  /** the OpenStep key, whose level follows the ladder */
  stepKey: string;
  caseId: string;
  provinceCode: string;
  step: string;
  level: number;
  role: string;
  dueAt: string;
  alertedAt: string;
  delivered: boolean;
}

export interface ReferralProjection {
  id: string;
  caseId: string;
  organisationId: string;
  service: string;
  status: string;
  basis: string | null;
  declineReason?: string | null;
  createdAt: string;
  acceptDueAt?: string | null;
  acceptedAt?: string | null;
  startedAt?: string | null;
  completedAt?: string | null;
  /** the instant (ms) of the workflow task that sent it: an older write than the row's leaves the row as it is */
  version?: number;
}

export interface ComplaintProjection {
  id: string;
  status: string;
  dueAt: string | null;
  respondedAt?: string | null;
  respondedBy?: string | null;
  response?: string | null;
  /** the instant (ms) of the workflow task that sent it: an older write than the row's leaves the row as it is */
  version?: number;
}

export interface ProjectionPort {
  saveCase(p: CaseProjection): Promise<void>;
  /** Upsert by key. */
  saveStep(p: StepProjection): Promise<void>;
  /** Marks a projected step done or cancelled; a step never projected is ignored. */
  closeStep(c: StepClosure): Promise<void>;
  /** Insert once by key. */
  recordEvent(e: PathwayEventRecord): Promise<void>;
  /** Upsert the escalation by key and move the step's level. */
  saveEscalation(e: EscalationRecord): Promise<void>;
  /** Upsert by id. */
  saveReferral(r: ReferralProjection): Promise<void>;
  /** Updates the complaint row (it is written by the API when the complaint is filed); an older version than the row's writes nothing. */
  saveComplaint(c: ComplaintProjection): Promise<void>;
  /**
   * Every write of a batch, in order, in one statement; when `policyVersion` is
   * given and no longer current, writes nothing and answers the current version
   * (null: written). `pathwayVersion`, the instant of the workflow task that
   * sent the batch: what it writes of a case (its row, view and steps) is
   * skipped once a later batch of that case is written. Without `apply`, the
   * batch is written one call at a time.
   */
  apply?(writes: ProjectionWrite[], policyVersion: number | null, pathwayVersion?: number | null): Promise<number | null>;
  /** The pathway's view on the case row (what GET /cases/:id answers). */
  saveView?(caseId: string, view: unknown): Promise<void>;
  /** Timeline entries, each inserted once (what GET /cases/:id/timeline answers). */
  saveNotes?(n: TimelineNotes): Promise<void>;
}

/** One write of a batch (ProjectionPort.apply). */
export type ProjectionWrite =
  | { kind: 'case'; p: CaseProjection }
  | { kind: 'event'; e: PathwayEventRecord }
  | { kind: 'step'; p: StepProjection }
  | { kind: 'closeStep'; c: StepClosure }
  | { kind: 'escalation'; e: EscalationRecord }
  | { kind: 'referral'; r: ReferralProjection }
  | { kind: 'complaint'; c: ComplaintProjection }
  | { kind: 'view'; caseId: string; view: unknown }
  | ({ kind: 'notes' } & TimelineNotes);

export interface ProviderInfo {
  organisationId: string;
  provinceCode: string;
  services: string[];
  active: boolean;
}

export interface DirectoryPort {
  organisation(id: string): Promise<ProviderInfo | null>;
}

// ── The alert activity's ports ───────────────────────────────────────────────

/** What createAlertActivities receives. */
export interface AlertPorts {
  directory: AlertDirectory;
  cases: AlertCases;
  outbox: AlertOutboxPort;
}

export interface AlertRecipient {
  userId: string;
  email: string | null;
  /** E.164 */
  phone: string | null;
  language: Language;
  /** the user's order of channels for non-urgent notices */
  channelOrder: readonly Channel[];
}

export interface AlertDirectory {
  /** the active users the ladder level names for this alert */
  recipientsFor(input: AlertInput): Promise<AlertRecipient[]>;
}

/** The facts about the child and the province an alert may carry (never a name). */
export type AlertCaseFacts = Pick<AlertFacts, 'initials' | 'ageYears' | 'ageEstimated' | 'provinceName'>;

export interface AlertCases {
  factsFor(input: AlertInput): Promise<AlertCaseFacts>;
}

export interface NewDelivery {
  key: string;
  channel: Channel;
  recipientId: string;
  address: string;
  language: Language;
  caseId: string;
  workflowId: string;
  step: string;
  level: number;
  payload: AlertFacts;
}

export interface RecordedDelivery {
  key: string;
  channel: Channel;
  status: string;
}

export interface AlertOutboxPort {
  /** the channels delivered by this installation */
  channels: readonly Channel[];
  /** inserts the rows that do not exist yet; returns every row of these keys */
  record(deliveries: NewDelivery[]): Promise<RecordedDelivery[]>;
  /** enqueues the job of a delivery (a no-op while its job exists) */
  dispatch(channel: Channel, deliveryKey: string): Promise<void>;
}
