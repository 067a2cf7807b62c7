// The one place a change to workflow code is named, and the one way workflow
// code asks whether a run takes it: since(PATCH.X), not patched() directly.
//
// Every patched() call of a run that is not replaying writes a marker and, from
// the SDK, an upsert of the TemporalChangeVersion search attribute: a new
// case's first workflow task carried 8 of each (16 of its 25 events), and each
// run after a continue-as-new carried them again. Every event is stored,
// fetched and replayed when the pathway is not in a worker's cache.
//
// The baseline is one patch that stands for every change made before it: a run
// that records its marker takes all of them with no marker each. Runs recorded
// before it (their histories have no baseline marker) ask each change as they
// did. BASELINED is frozen: a later change goes in LATER, with its own marker.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the one caller of patched()
import { patched } from '@temporalio/workflow';

export const PATCH_BASELINE = 'baseline-2026-12';

/** The changes made before the baseline, each with what a run recorded before it does instead. Frozen. */
const BASELINED = {
  // projections.ts
  /** The read model's writes run as local activities; older runs used ordinary activities. */
  LOCAL_PROJECTIONS: 'projections-as-local-activities',
  /** A workflow task's writes leave as one local activity and one SQL statement. */
  BATCHED_PROJECTIONS: 'projections-batched',
  /** A workflow task that asked for no write sends no batch. */
  EMPTY_BATCHES_SKIPPED: 'projection-batches-skip-empty',
  /** A batch carries its task's instant: the database moves the case row only forward. */
  VERSIONED_BATCHES: 'projection-batches-versioned',
  /** Referral and complaint rows carry a version. */
  VERSIONED_ROWS: 'referral-complaint-rows-versioned',
  /** Step rows carry a version. */
  VERSIONED_STEP_ROWS: 'step-rows-versioned',
  /** A write whose answer nobody needs is posted with no promise (each promise costs a stack capture). */
  POSTED_WRITES: 'writes-posted',

  // case.workflow.ts: the run's bound, measured there; older runs keep 2,000, then 400
  HISTORY_LIMIT_200: 'continue-as-new-at-200-events',
  HISTORY_LIMIT_400: 'continue-as-new-at-400-events',
  /** A run ends or continues as new once a level fired with the last task and the last writes are out; older runs waited for idle steps. */
  SETTLED_BEFORE_RENEWAL: 'continue-as-new-when-ladders-settled',

  // escalation
  /** An escalation is counted before its row is written, so the view that rides with the row counts it. */
  ESCALATION_COUNTED_FIRST: 'escalation-counted-before-its-row',
  /** Notices when a step opens; pathways older than them replay without. */
  STEP_NOTICES: 'notice-when-a-step-opens',
  /** A step's NOTICE_ON_OPEN role (libs/domain/steps.ts) hears of it when it opens. */
  NOTICE_ON_OPEN: 'notice-on-open-beyond-the-ladder',

  // case/
  /** The search attributes follow the risk and the category too; older pathways upsert province and stage only. */
  CURRENT_SEARCH_ATTRIBUTES: 'search-attributes-current',
  /** A measure ordered without its provider opens a step to choose one; the judge's interval times the reports. */
  COURT_ORDER_MEASURES: 'court-order-measure-providers',
  /** Court reports go through the head of centre and are sent by Masar; older pathways only noted them sent. */
  COURT_REPORT_APPROVAL: 'court-report-approved-and-sent',
  /** Pathways that carry a template in their input pin it; older code paths never saw one. */
  PATHWAY_TEMPLATES: 'pathway-templates',
  /** A transfer keeps the ladder's level and moves running referrals; older pathways restarted every step. */
  TRANSFER_KEEPS_LADDER: 'transfer-keeps-the-ladder',
  /**
   * A reopened case is triaged at the risk of the report that reopened it (an urgent one
   * opens the urgent reception); older reopened runs kept the risk the case closed with.
   */
  REOPENED_AT_REPORT_RISK: 'reopened-at-report-risk',
  /** Pathways recorded before it never enter FAMILY_REINTEGRATION (they have no template anyway). */
  FAMILY_REINTEGRATION: 'family-reintegration',
  /**
   * A corrected date of birth re-arms the 18th-birthday timer: the watch races the
   * timer against a change of adultAt. Older pathways slept until the first instant.
   */
  ADULTHOOD_REARM: 'adulthood-rearmed-by-correction',
  /**
   * An IMMINENT or HIGH report alerts the province's coordinators and the head of centre
   * when it arrives, and the child-seen deadline runs from the arrival (in parallel with
   * the acknowledgement); older pathways opened CHILD_SEEN at the acknowledgement.
   */
  URGENT_RECEPTION: 'urgent-reception-from-the-first-minute',
  /** A new urgent or offence report re-triages an open case; older pathways only raised the risk. */
  NEW_REPORT_RETRIAGE: 'new-report-retriages',
  /**
   * The acknowledgement and the child seen are written to PathwayEvent with their actor
   * (the case's history is read from PostgreSQL); older pathways only noted them.
   */
  RECEPTION_FACTS: 'reception-facts-with-actor',
  /**
   * A report that reaches the run that closed its case, before that run ends, reopens the
   * case (the run continues as new); older runs ignored it, and the report was lost: the
   * API reads the case OPEN until the closing projection is written, and the run reads
   * it CLOSED from the approval on.
   */
  LATE_REPORT_REOPENS: 'late-report-reopens',
  /** The structure that reported hears the outcome; pathways older than the feedback replay without it. */
  FEEDBACK: 'feedback-to-the-reporting-structure',

  // referral
  /**
   * Each action on the referral is written to PathwayEvent with its actor (the history of
   * the case is read from PostgreSQL, not from Temporal); older referrals replay without.
   */
  REFERRAL_FACTS: 'referral-facts-with-actor',
} as const;

/** Changes made after the baseline: each records its own marker. */
const LATER = {
  /** A report that reaches a merged duplicate's run goes to the survivor; older runs kept it, and it was lost. */
  MERGED_FORWARDS_REPORTS: 'merged-forwards-reports',
  /**
   * Each timeline note is written to PostgreSQL with the task's other writes (TimelineEntry),
   * the run's first one with the kept timeline; older runs' timelines are read by a query.
   */
  TIMELINE_ROWS: 'timeline-rows',
} as const;

/** Every change's id, by name: the modules ask since(PATCH.X). */
export const PATCH = { ...BASELINED, ...LATER } as const;
export type PatchId = (typeof PATCH)[keyof typeof PATCH];

const IN_BASELINE: ReadonlySet<string> = new Set(Object.values(BASELINED));

/** Whether this run takes the change `id`: through the baseline's one marker when the change is in it. */
export function since(id: PatchId): boolean {
  return (IN_BASELINE.has(id) && patched(PATCH_BASELINE)) || patched(id);
}

/** The ids the baseline stands for (the replay test checks the fixtures against them). */
export const baselined: readonly PatchId[] = Object.values(BASELINED);
