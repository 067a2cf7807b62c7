// After-care (18 to 22): at the 18th birthday a child in an institution or
// under an open care plan enters after-care (an autonomy plan, then periodic
// check-ins) until autonomy (closure approved) or the 22nd birthday, which
// closes the case. The birthdays are instants computed outside the workflow.
import { condition } from '@temporalio/workflow';
import { PATCH, since } from '../patches';
import { recordCheckInUpdate, submitAutonomyPlanUpdate } from '../case.messages';
import { finish, requestClosure } from './closure';
import type { CaseContext } from './context';
import { refused } from '../refusal';

/** The 22nd birthday: adultAt plus four calendar years, on the UTC date. */
function plusFourYears(iso: string): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + 4);
  return d.toISOString();
}

async function turn18(c: CaseContext): Promise<void> {
  const { m, book } = c;
  m.adult = true;
  await c.fact('TURNED_18', { estimated: m.dobEstimated });
  const openPlan = m.carePlan === 'SUBMITTED' || m.carePlan === 'APPROVED';
  if (!m.inInstitution && !openPlan) {
    c.note('NO_AFTERCARE', undefined, { reason: 'neither in an institution nor under an open plan' });
    return;
  }
  const endsAt = m.afterCareEndsAt ?? plusFourYears(m.adultAt as string);
  m.afterCare = { enteredAt: c.now(), endsAt, autonomyPlan: false };
  await book.closeAll((s) => s.step === 'CASE_REVIEW' || s.step === 'INSTITUTION_REVIEW', 'CANCELLED');
  await c.fact('AFTERCARE_ENTERED', { estimated: m.dobEstimated, endsAt });
  await c.setStage('AFTER_CARE');
  await c.open('AUTONOMY_PLAN');
}

/** Waits for the 18th birthday, then for the end of after-care (runs for the life of each run). */
export async function watchAdulthood(c: CaseContext): Promise<void> {
  if (since(PATCH.ADULTHOOD_REARM)) return watchRearmable(c);
  const { m, book } = c;
  if (!m.adultAt) return;
  if (!m.adult) {
    const wait = Date.parse(m.adultAt) - Date.now();
    if (wait > 0) await condition(() => m.status === 'CLOSED', wait);
    if (m.status === 'CLOSED') return;
    await book.track(() => turn18(c));
  }
  if (m.afterCare) {
    const wait = Date.parse(m.afterCare.endsAt) - Date.now();
    if (wait > 0) await condition(() => m.status === 'CLOSED', wait);
    if (m.status === 'CLOSED') return;
    await book.track(() => finish(c, 'AGE_LIMIT', null));
  }
}

async function watchRearmable(c: CaseContext): Promise<void> {
  const { m, book } = c;
  const closed = () => m.status === 'CLOSED';
  while (!m.adult) {
    if (closed()) return;
    const at = m.adultAt;
    const moved = () => closed() || m.adultAt !== at;
    if (!at) {
      // no known date of birth: a correction may give one
      await condition(moved);
      continue;
    }
    const wait = Date.parse(at) - Date.now();
    if (wait > 0) await condition(moved, wait);
    if (closed()) return;
    if (m.adultAt !== at) continue; // corrected: sleep until the new instant
    await book.track(() => turn18(c));
  }
  if (m.afterCare) {
    const wait = Date.parse(m.afterCare.endsAt) - Date.now();
    if (wait > 0) await condition(closed, wait);
    if (closed()) return;
    await book.track(() => finish(c, 'AGE_LIMIT', null));
  }
}

export function afterCare(c: CaseContext): void {
  const { m } = c;

  c.on(
    submitAutonomyPlanUpdate,
    (a) => {
      c.permit('after-care.plan', a.actor);
      c.isOpen();
      c.awaited('AUTONOMY_PLAN', undefined, 'no autonomy plan is awaited');
      if (!Array.isArray(a.goals) || a.goals.length === 0) throw refused('list_empty', 'the autonomy plan needs at least one goal');
    },
    async (a) => {
      await c.closeSteps('AUTONOMY_PLAN');
      if (m.afterCare) m.afterCare.autonomyPlan = true;
      await c.fact('AUTONOMY_PLAN', { goals: a.goals.length }, a.actor);
      await c.open('AFTERCARE_CHECKIN');
    },
  );

  c.on(
    recordCheckInUpdate,
    (a) => {
      c.permit('after-care.check-in', a.actor);
      c.isOpen();
      c.awaited('AFTERCARE_CHECKIN', undefined, 'no after-care check-in is due');
    },
    async (a) => {
      await c.closeSteps('AFTERCARE_CHECKIN');
      await c.fact('AFTERCARE_CHECKIN', { autonomyReached: !!a.autonomyReached }, a.actor);
      if (a.autonomyReached) await requestClosure(c, 'AUTONOMY', a.note ?? null, a.actor);
      else await c.open('AFTERCARE_CHECKIN');
    },
  );
}
