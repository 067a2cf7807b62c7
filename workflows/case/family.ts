// The family (measure 48, and the begging plan's mothers): the persons of the
// case, known to the pathway by an opaque id and their relation only (names
// and contacts stay in PostgreSQL, encrypted, behind the disclosure rule
// person.identity); the services the case's template proposes for them; and
// the follow-up after the child's return to the family (stage
// FAMILY_REINTEGRATION). Each visit falls due at the template's interval: its
// FAMILY_VISIT step opens then, with the province's policy as the time to make
// it, and its ladder escalates a missed visit like any step. Recording a visit
// closes it and schedules the next; after the last, the case may close.
import { condition } from '@temporalio/workflow';
import { PATCH, since } from '../patches';
import { durationMs } from '../../libs/domain/duration';
import { FAMILY_SERVICE_RELATIONS, PERSON_RELATIONS, VISIT_OUTCOMES, type IntegrationKind, type Stage } from '../../libs/domain/pathway';
import type { Service } from '../../libs/domain/taxonomy';
import { addPersonUpdate, recordFamilyVisitUpdate, removePersonUpdate, type CaseMemory } from '../case.messages';
import { requestClosure } from './closure';
import type { CaseContext } from './context';
import { refused } from '../refusal';

/** What this module reads of the case's template (absent for pathways without one: no visits, no proposals). */
interface FamilyTemplate {
  familyServices?: Service[];
  reintegration?: { visitEvery: string; visits: number } | null;
}
// read through a narrow view: this module needs two fields of the template, and none of its other rules
const templateOf = (m: CaseMemory): FamilyTemplate | undefined => (m as unknown as { template?: FamilyTemplate | null }).template ?? undefined;

/** The template's follow-up of a return to the family, when it asks for at least one visit. */
export function reintegrationOf(m: CaseMemory): { visitEvery: string; visits: number } | null {
  const r = templateOf(m)?.reintegration;
  return r && r.visits > 0 ? r : null;
}

/**
 * Where an integration takes the case: a return to the family under a template
 * with visits goes to FAMILY_REINTEGRATION; there, any later integration
 * (school, training) is recorded without a change of stage. Pure: validators use it.
 */
export function integrationStage(m: CaseMemory, kind: IntegrationKind): Stage {
  if (m.stage === 'FAMILY_REINTEGRATION') return 'FAMILY_REINTEGRATION';
  return kind === 'FAMILY' && reintegrationOf(m) ? 'FAMILY_REINTEGRATION' : 'INTEGRATION';
}

const plus = (iso: string, duration: string) => new Date(Date.parse(iso) + durationMs(duration)).toISOString();

/** The child is back in the family: the follow-up visits start (the first falls due one interval from now). */
export async function beginFollowUp(c: CaseContext): Promise<void> {
  const { m } = c;
  const r = reintegrationOf(m);
  if (!r || !since(PATCH.FAMILY_REINTEGRATION)) return;
  if (m.family && m.family.nextVisitAt !== null) return; // already followed
  const at = c.now();
  m.family = { returnedAt: at, visitEvery: r.visitEvery, visits: r.visits, done: 0, nextVisitAt: plus(at, r.visitEvery), outcomes: [] };
  await c.fact('FAMILY_FOLLOW_UP', { visits: r.visits, visitEvery: r.visitEvery });
}

/**
 * Opens each visit's step when it falls due, for the life of the run (a new run
 * resumes from the absolute instant in memory). Waits without a timer until a
 * follow-up is scheduled, so pathways that never have one emit nothing.
 */
export async function watchFamilyVisits(c: CaseContext): Promise<void> {
  const { m, book } = c;
  const ended = () => m.status !== 'OPEN';
  for (;;) {
    await condition(() => ended() || (!!m.family?.nextVisitAt && !book.find('FAMILY_VISIT')));
    if (ended()) return;
    const f = m.family!;
    const at = f.nextVisitAt as string;
    const wait = Date.parse(at) - Date.now();
    if (wait > 0) await condition(() => ended() || m.family?.nextVisitAt !== at, wait);
    if (ended()) return;
    if (m.family?.nextVisitAt !== at) continue; // a visit made early schedules the next from its own date
    await book.track(() => c.open('FAMILY_VISIT', { ref: `visit-${f.done + 1}` }));
  }
}

/** The template's family services, proposed for an adult of the family once. */
async function propose(c: CaseContext, personId: string): Promise<void> {
  const { m } = c;
  const services = templateOf(m)?.familyServices ?? [];
  const proposals = (m.familyProposals ??= []);
  const fresh = services.filter((s) => !proposals.some((p) => p.personId === personId && p.service === s));
  if (fresh.length === 0) return;
  for (const service of fresh) proposals.push({ personId, service, proposedAt: c.now(), referralId: null });
  await c.fact('FAMILY_SERVICES_PROPOSED', { personId, services: fresh });
}

/** Validates a personId named by an action: a person of this case. */
export function personOfCase(c: CaseContext, personId: unknown): void {
  c.text(personId, 'personId');
  if (!(c.m.persons ?? []).some((p) => p.personId === personId)) throw refused('person_unknown', `${String(personId)} is not a person of this case`);
}

/** A referral was made for a person: the proposal of that service (if any) is settled by it. */
export function settleProposal(c: CaseContext, personId: string, service: Service, referralId: string): void {
  const p = (c.m.familyProposals ?? []).find((x) => x.personId === personId && x.service === service && x.referralId === null);
  if (p) p.referralId = referralId;
}

export function family(c: CaseContext): void {
  const { m } = c;

  c.on(
    addPersonUpdate,
    (a) => {
      // a known person's new relation is a correction
      c.permit((m.persons ?? []).some((p) => p.personId === a.personId) ? 'person.correct' : 'person.add', a.actor);
      c.isOpen();
      c.text(a.personId, 'personId');
      c.oneOf(a.relation, PERSON_RELATIONS, 'relation');
    },
    async (a) => {
      const persons = (m.persons ??= []);
      const known = persons.find((p) => p.personId === a.personId);
      if (known) {
        if (known.relation === a.relation) return;
        known.relation = a.relation;
        await c.fact('PERSON_CHANGED', { personId: a.personId, relation: a.relation }, a.actor);
      } else {
        persons.push({ personId: a.personId, relation: a.relation, addedAt: c.now() });
        await c.fact('PERSON_ADDED', { personId: a.personId, relation: a.relation }, a.actor);
      }
      if (FAMILY_SERVICE_RELATIONS.includes(a.relation)) await propose(c, a.personId);
    },
  );

  c.on(
    removePersonUpdate,
    (a) => {
      c.permit('person.remove', a.actor);
      c.isOpen();
      personOfCase(c, a.personId);
    },
    async (a) => {
      m.persons = (m.persons ?? []).filter((p) => p.personId !== a.personId);
      m.familyProposals = (m.familyProposals ?? []).filter((p) => p.personId !== a.personId || p.referralId !== null);
      await c.fact('PERSON_REMOVED', { personId: a.personId }, a.actor);
    },
  );

  c.on(
    recordFamilyVisitUpdate,
    (a) => {
      c.permit('family.visit', a.actor);
      c.isOpen();
      const f = m.family;
      if (!f || f.nextVisitAt === null) throw refused('step_not_awaited', 'no follow-up visit of the family is due');
      c.oneOf(a.outcome, VISIT_OUTCOMES, 'outcome');
      if (a.requestClosure) {
        if (f.done + 1 < f.visits) throw refused('visits_remaining', `the case may close after the last visit (this is visit ${f.done + 1} of ${f.visits})`);
        c.mayMoveTo('CLOSED');
        if (c.book.find('APPROVAL', 'CLOSURE')) throw refused('closure_awaits_approval', 'a closure already awaits approval');
        if (c.openOrders().length > 0) throw refused('court_order_open', 'a court order is open: the judge closes it first');
      }
    },
    async (a) => {
      const f = m.family!;
      const at = c.now();
      f.done += 1;
      f.outcomes.push({ at, outcome: a.outcome });
      f.nextVisitAt = f.done < f.visits ? plus(at, f.visitEvery) : null;
      await c.closeSteps('FAMILY_VISIT');
      await c.fact('FAMILY_VISIT', { visit: f.done, of: f.visits, outcome: a.outcome }, a.actor);
      if (a.requestClosure) await requestClosure(c, 'INTEGRATED', null, a.actor);
    },
  );
}
