// Corrections and hand-overs: the child's data corrected (a new 18th birthday
// re-arms the adulthood watch; names and sex stay in the database), the case
// re-triaged (a rise to IMMINENT or HIGH opens the urgent steps, an offence the
// report to the prosecutor), handed to another coordinator of the province
// (its open steps and their alerts follow), the child's placement changed
// (an institution opens or closes its reviews), and a runaway (fugue), an
// urgent step of its own until the child is found.
import { PLACEMENTS, type Stage } from '../../libs/domain/pathway';
import { CATEGORIES, RISK_LEVELS, URGENT_RISK_LEVELS } from '../../libs/domain/taxonomy';
import type { Actor } from '../actor';
import {
  CORRECTED_FIELDS,
  correctChildUpdate,
  reassignUpdate,
  recordChildFoundUpdate,
  recordPlacementUpdate,
  reportRunawayUpdate,
  retriageUpdate,
} from '../case.messages';
import { COORDINATOR_STEPS, type CaseContext } from './context';
import { leaveInstitution, placeInInstitution } from './reviews';
import { reportInformsProsecutor } from './template';
import { refused } from '../refusal';

/** Stages in which a rise of the risk means the child must (still) be seen at once. */
const BEFORE_PROTECTION: readonly Stage[] = ['REPORTED', 'ACKNOWLEDGED', 'ASSESSMENT'];

/** A rise to IMMINENT or HIGH before urgent protection: the child is to be seen, now (CHILD_SEEN, urgent). */
export async function childMustBeSeen(c: CaseContext): Promise<void> {
  const { m } = c;
  if (!URGENT_RISK_LEVELS.includes(m.riskLevel) || !BEFORE_PROTECTION.includes(m.stage)) return;
  if (c.childSeen() || c.book.find('CHILD_SEEN')) return;
  await c.open('CHILD_SEEN', { urgent: true });
}

/** An offence is suspected: the report to the prosecutor is owed (once at a time). */
export async function askProsecutor(c: CaseContext, by?: Actor): Promise<void> {
  const { m } = c;
  if (c.book.find('PROSECUTOR_REPORT') || (m.track === 'JUDICIAL' && m.prosecutorReported)) return;
  if (m.track === 'SOCIAL' && c.openOrders().length === 0) m.track = 'JUDICIAL';
  await c.fact('PROSECUTOR_REPORT_OWED', {}, by);
  await c.open('PROSECUTOR_REPORT');
}

const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

export function corrections(c: CaseContext): void {
  const { m, book } = c;

  c.on(
    correctChildUpdate,
    (a) => {
      c.permit('case.correct-child', a.actor);
      c.isOpen();
      if (!Array.isArray(a.fields) || a.fields.length === 0) throw refused('list_empty', 'a correction names the fields it changes');
      for (const f of a.fields) c.oneOf(f, CORRECTED_FIELDS, 'each field');
      if (a.fields.includes('dateOfBirth') || a.fields.includes('estimatedAge')) {
        if (a.adultAt !== null && !isInstant(a.adultAt)) throw refused('value_not_allowed', 'adultAt must be an instant or null');
        if (a.afterCareEndsAt != null && !isInstant(a.afterCareEndsAt)) throw refused('value_not_allowed', 'afterCareEndsAt must be an instant');
        if (m.adult) throw refused('adulthood_reached', 'the 18th birthday has already been reached in this pathway: the date of birth no longer changes it');
      }
    },
    async (a) => {
      const age = a.fields.includes('dateOfBirth') || a.fields.includes('estimatedAge');
      if (age) {
        const from = m.adultAt;
        m.adultAt = a.adultAt ?? null;
        m.dobEstimated = !!a.dobEstimated;
        m.afterCareEndsAt = a.afterCareEndsAt ?? null;
        // the adulthood watch wakes on the change and sleeps until the new instant
        await c.fact('CHILD_CORRECTED', { fields: a.fields, adultAtBefore: from, adultAt: m.adultAt, estimated: m.dobEstimated }, a.actor);
      } else {
        await c.fact('CHILD_CORRECTED', { fields: a.fields }, a.actor);
      }
    },
  );

  c.on(
    retriageUpdate,
    (a) => {
      c.permit('case.retriage', a.actor);
      c.isOpen();
      if (a.category === undefined && a.riskLevel === undefined) throw refused('list_empty', 'a re-triage names a category or a risk level');
      if (a.category !== undefined) c.oneOf(a.category, Object.keys(CATEGORIES), 'category');
      if (a.riskLevel !== undefined) c.oneOf(a.riskLevel, RISK_LEVELS, 'riskLevel');
      if ((a.category ?? m.category) === m.category && (a.riskLevel ?? m.riskLevel) === m.riskLevel) {
        throw refused('nothing_changes', `the case is already ${m.category} at ${m.riskLevel} risk`);
      }
    },
    async (a) => {
      const before = { category: m.category, riskLevel: m.riskLevel };
      if (a.category) m.category = a.category;
      if (a.riskLevel) m.riskLevel = a.riskLevel;
      await c.fact('RETRIAGED', { from: before, to: { category: m.category, riskLevel: m.riskLevel } }, a.actor);
      if (RISK_LEVELS.indexOf(m.riskLevel) < RISK_LEVELS.indexOf(before.riskLevel)) await childMustBeSeen(c);
      if (a.category && reportInformsProsecutor(c, a.category) && !reportInformsProsecutor(c, before.category)) await askProsecutor(c, a.actor);
      await c.project();
    },
  );

  c.on(
    reassignUpdate,
    (a) => {
      c.permit('case.reassign', a.actor);
      c.isOpen();
      c.text(a.assigneeId, 'assigneeId');
      if (!m.assigneeId) throw refused('not_acknowledged', 'no coordinator has taken the case yet: acknowledge it, naming the assignee');
      if (a.assigneeId === m.assigneeId) throw refused('nothing_changes', `the case is already assigned to ${a.assigneeId}`);
    },
    async (a) => {
      const from = m.assigneeId;
      m.assigneeId = a.assigneeId;
      // the coordinator's open steps follow: their next alerts go to the new assignee
      for (const s of book.open) if (COORDINATOR_STEPS.includes(s.step) && (s.assigneeUserId === from || s.assigneeUserId === null)) s.assigneeUserId = a.assigneeId;
      await c.fact('REASSIGNED', { from, to: a.assigneeId }, a.actor);
      await c.project();
    },
  );

  c.on(
    recordPlacementUpdate,
    (a) => {
      c.permit('case.placement', a.actor);
      c.isOpen();
      c.oneOf(a.placement, PLACEMENTS, 'placement');
      if (m.stage === 'REPORTED') throw refused('not_acknowledged', 'the report must be acknowledged first');
      if (a.placement === m.placement && (a.placement !== 'INSTITUTION' || m.inInstitution)) throw refused('nothing_changes', `the child's placement is already ${a.placement}`);
    },
    async (a) => {
      const from = m.placement;
      m.placement = a.placement;
      await c.fact('PLACEMENT_CHANGED', { from, to: a.placement }, a.actor);
      if (a.placement === 'INSTITUTION') await placeInInstitution(c);
      else if (m.inInstitution) await leaveInstitution(c);
    },
  );

  c.on(
    reportRunawayUpdate,
    (a) => {
      c.permit('case.runaway', a.actor);
      c.isOpen();
      if (book.find('RUNAWAY')) throw refused('already_missing', `the child is already reported missing since ${m.missingSince ?? 'an earlier report'}`);
      if (a.lastSeenAt !== undefined && (!isInstant(a.lastSeenAt) || Date.parse(a.lastSeenAt) > Date.now())) throw refused('value_not_allowed', 'lastSeenAt must be an instant not in the future');
    },
    async (a) => {
      m.missingSince = a.lastSeenAt ? new Date(a.lastSeenAt).toISOString() : c.now();
      await c.fact('RUNAWAY', { since: m.missingSince }, a.actor);
      await c.open('RUNAWAY', { urgent: true });
    },
  );

  c.on(
    recordChildFoundUpdate,
    (a) => {
      c.permit('case.child-found', a.actor);
      c.isOpen();
      c.awaited('RUNAWAY', undefined, 'the child is not reported missing');
    },
    async (a) => {
      await c.closeSteps('RUNAWAY');
      const since = m.missingSince;
      m.missingSince = null;
      await c.fact('CHILD_FOUND', { since }, a.actor);
    },
  );
}
