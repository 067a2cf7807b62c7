// The one way workflow code asks whether a run takes a change: since(id), not
// patched(id) directly.
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
// did. The list is frozen: a later change gets its own patch id, asked through
// since() like the others.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the one caller of patched()
import { patched } from '@temporalio/workflow';

export const PATCH_BASELINE = 'baseline-2026-12';

/** The changes the baseline stands for (their ids, as each module defines them). */
const BASELINED: ReadonlySet<string> = new Set([
  'adulthood-rearmed-by-correction',
  'continue-as-new-at-200-events',
  'continue-as-new-at-400-events',
  'continue-as-new-when-ladders-settled',
  'court-order-measure-providers',
  'court-report-approved-and-sent',
  'escalation-counted-before-its-row',
  'family-reintegration',
  'feedback-to-the-reporting-structure',
  'late-report-reopens',
  'new-report-retriages',
  'notice-on-open-beyond-the-ladder',
  'notice-when-a-step-opens',
  'pathway-templates',
  'projection-batches-skip-empty',
  'projection-batches-versioned',
  'projections-as-local-activities',
  'projections-batched',
  'reception-facts-with-actor',
  'referral-complaint-rows-versioned',
  'referral-facts-with-actor',
  'reopened-at-report-risk',
  'search-attributes-current',
  'step-rows-versioned',
  'transfer-keeps-the-ladder',
  'urgent-reception-from-the-first-minute',
  'writes-posted',
]);

/** Whether this run takes the change `id`: through the baseline's one marker when the change is in it. */
export function since(id: string): boolean {
  return (BASELINED.has(id) && patched(PATCH_BASELINE)) || patched(id);
}

/** For the replay test: the ids the baseline stands for. */
export const baselined = (): string[] => [...BASELINED];
