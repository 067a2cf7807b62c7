// The case workflow: one per case (id case-<caseId>), the durable pathway of
// one child from the report to closure (and after-care, 18-22). The contract
// (input, state, messages) is in case.messages.ts and re-exported here.
//
// Each stage is a module of case/ that registers its own update handlers over
// a shared context (case/context.ts): the memory, the awaited steps, and the
// one writer of the stage, which the stage table (libs/domain/stages.ts)
// checks. Who may do what is the permission table's (libs/domain/permissions.ts).
// Handlers validate, change state, open or close awaited steps and return;
// the steps' ladders own every timer.
import { allHandlersFinished, condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import { PATCH, since } from './patches';
import { alertDeliveryFailedSignal, stateQuery, timelineQuery, type CaseInput, type CaseState } from './case.messages';
import { afterCare, watchAdulthood } from './case/after-care';
import { approvals } from './case/approvals';
import { assessment } from './case/assessment';
import { carePlan } from './case/care-plan';
import { closure } from './case/closure';
import { caseContext } from './case/context';
import { askProsecutor, corrections } from './case/corrections';
import { family, watchFamilyVisits } from './case/family';
import { integration } from './case/integration';
import { judicial } from './case/judicial';
import { merge } from './case/merge';
import { attachReports, reception, receive, reopenedBy } from './case/reception';
import { projectionsIdle } from './projections';
import { followReferrals, referrals } from './case/referrals';
import { openReviews, reviews } from './case/reviews';
import { template } from './case/template';
import { revisions } from './case/revisions';
import { transfer } from './case/transfer';

export * from './case.messages';

/**
 * Events per run before continuing as new, unless the SDK suggests it first.
 * A pathway that is not in the worker's cache replays its run before any
 * action. Measured (bench/results, cold action): about 1.1 ms of worker CPU
 * per event plus 55 ms, a new case at follow-up holding about 110 events; at
 * 400 a cold action on a 5-year case cost 2.3x a new case's, at 200 the
 * longest run replays in about 1.5x. Runs recorded before each change keep
 * their bound (2,000, then 400).
 */
export const DEFAULT_HISTORY_LIMIT = 200;
const HISTORY_LIMIT_400 = 400;
const LEGACY_HISTORY_LIMIT = 2_000;

export async function caseWorkflow(input: CaseInput): Promise<CaseState> {
  const c = caseContext(input);
  const firstRun = receive(c);

  // The order of registration is the order in which actions that arrived with
  // the first workflow task start: it stays as it has always been.
  setHandler(stateQuery, c.view);
  setHandler(timelineQuery, () => c.m.timeline);
  setHandler(alertDeliveryFailedSignal, (f) => c.book.deliveryFailed(f.stepKey, f.level));
  const lateReport = attachReports(c);
  followReferrals(c);
  reception(c);
  assessment(c);
  approvals(c);
  carePlan(c);
  referrals(c);
  judicial(c);
  reviews(c);
  integration(c);
  afterCare(c);
  transfer(c);
  closure(c);
  corrections(c);
  revisions(c);
  merge(c);
  template(c, openReviews, askProsecutor);
  family(c);

  if (firstRun) {
    if (input.reopened) await c.fact('REOPENED', { reportId: input.report.reportId });
    await c.project();
  } else {
    c.book.resume();
  }
  void watchAdulthood(c);
  void watchFamilyVisits(c);

  const historyLimit = input.historyLimit ?? (since(PATCH.HISTORY_LIMIT_200) ? DEFAULT_HISTORY_LIMIT : since(PATCH.HISTORY_LIMIT_400) ? HISTORY_LIMIT_400 : LEGACY_HISTORY_LIMIT);
  const renew = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit;
  // CLOSED, or MERGED into another case of the child (case/merge.ts): the pathway ends
  await condition(() => c.m.status !== 'OPEN' || renew());
  // Runs since the patch also wait for a level whose timer fired with this very
  // task (its alert would leave with the closed run) and for the last projections.
  const settled = since(PATCH.SETTLED_BEFORE_RENEWAL) ? () => c.book.settled() && projectionsIdle() : () => c.book.idle();
  await condition(() => allHandlersFinished() && settled());
  if (c.m.status !== 'OPEN') {
    // a report that came once the case was closed opens its next life (case/reception.ts)
    const late = c.m.status === 'CLOSED' ? lateReport() : undefined;
    return late ? continueAsNew<typeof caseWorkflow>(reopenedBy(c, late)) : c.view();
  }
  // Long life: a new run carries the whole state; ladders resume from their level.
  return continueAsNew<typeof caseWorkflow>({ ...input, reopened: false, carried: c.m });
}
