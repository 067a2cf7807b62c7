// Judicial protection: the report to the prosecutor (categories that suggest
// an offence, or a social case redirected with its structured summary), the
// court's orders (which redirect the child to social measures: each measure
// opens its referral, or a step asking the coordinator to choose its
// provider), the court reports (court-report.ts), the judge's decisions on
// them, and the order's closing.
import { COURT_DECISIONS, COURT_MEASURES, COURT_REPORT_LANGUAGES, measureService, PROSECUTOR_GROUNDS, PROSECUTOR_URGENCIES, type CourtMeasure } from '../../libs/domain/court';
import { PATCH, since } from '../patches';
import { isDuration } from '../../libs/domain/duration';
import type { SharingBasis } from '../../libs/domain/pathway';
import { SERVICES } from '../../libs/domain/taxonomy';
import type { Actor } from '../actor';
import {
  chooseMeasureProviderUpdate,
  closeCourtOrderUpdate,
  recordCourtDecisionUpdate,
  recordCourtOrderUpdate,
  redirectToJudicialUpdate,
  reportToProsecutorUpdate,
  submitCourtReportUpdate,
  type CourtOrder,
} from '../case.messages';
import type { CaseContext } from './context';
import { awaitingApproval, oweReport } from './court-report';
import { referralIdFree, sharingBasis, startReferral } from './referrals';
import { refused } from '../refusal';

/** The MEASURE_PROVIDER step of an ordered measure. */
const measureRef = (orderId: string, measure: CourtMeasure) => `${orderId}/${measure}`;

export function judicial(c: CaseContext): void {
  const { m } = c;
  const openOrder = (orderId: string): CourtOrder => {
    const order = c.openOrders().find((o) => o.orderId === orderId);
    if (!order) throw refused('court_order_not_open', `court order ${orderId} is not open`);
    return order;
  };
  const interval = (value: unknown, what: string) => {
    if (value !== undefined && (typeof value !== 'string' || !isDuration(value))) throw refused('value_not_allowed', `${what} must be an ISO 8601 duration`);
  };
  const closeOrder = async (order: CourtOrder, by: Actor) => {
    order.closedAt = c.now();
    if (order.pendingReport) {
      order.pendingReport = null;
      await c.closeSteps('APPROVAL', 'CANCELLED', 'COURT_REPORT');
    }
    await c.closeSteps('COURT_REPORT', 'CANCELLED', order.orderId);
    await c.book.closeAll((s) => s.step === 'MEASURE_PROVIDER' && !!s.ref?.startsWith(`${order.orderId}/`), 'CANCELLED');
    await c.fact('COURT_ORDER_CLOSED', { orderId: order.orderId }, by);
  };

  c.on(
    reportToProsecutorUpdate,
    (a) => {
      c.permit('judicial.prosecutor-report', a.actor);
      c.isOpen();
      c.awaited('PROSECUTOR_REPORT', undefined, 'no report to the prosecutor is awaited');
    },
    async (a) => {
      await c.closeSteps('PROSECUTOR_REPORT');
      m.prosecutorReported = true;
      await c.fact('PROSECUTOR_REPORTED', { reference: a.reference ?? null }, a.actor);
    },
  );

  c.on(
    redirectToJudicialUpdate,
    (a) => {
      c.permit('judicial.redirect', a.actor);
      c.isOpen();
      if (m.track !== 'SOCIAL') throw refused('already_judicial', 'the case is already on the judicial track');
      c.text(a.reason, 'a reason');
      if (a.summary !== undefined) {
        const s = a.summary;
        if (!Array.isArray(s?.grounds) || s.grounds.length === 0) throw refused('list_empty', 'the summary names at least one ground');
        for (const g of s.grounds) c.oneOf(g, PROSECUTOR_GROUNDS, 'each ground');
        for (const x of s.measuresTaken ?? []) c.oneOf(x, SERVICES, 'each measure taken');
        c.oneOf(s.urgency, PROSECUTOR_URGENCIES, 'urgency');
      }
    },
    async (a) => {
      m.track = 'JUDICIAL';
      // the summary's codes are counted; its facts, in words, are in the case's record only
      const summary = a.summary ? { grounds: a.summary.grounds, measuresTaken: a.summary.measuresTaken ?? [], urgency: a.summary.urgency } : undefined;
      await c.fact('REDIRECTED_SOCIAL_TO_JUDICIAL', { reason: a.reason, ...(summary ? { summary } : {}) }, a.actor);
      await c.open('PROSECUTOR_REPORT');
      await c.project();
    },
  );

  c.on(
    recordCourtOrderUpdate,
    (a) => {
      c.permit('judicial.court-order', a.actor);
      c.isOpen();
      c.text(a.orderId, 'orderId');
      if (m.courtOrders.some((o) => o.orderId === a.orderId)) throw refused('court_order_exists', `court order ${a.orderId} is already recorded`);
      if (!Array.isArray(a.measures) || a.measures.length === 0) throw refused('list_empty', 'a court order names at least one measure');
      for (const x of a.measures) c.oneOf(x, COURT_MEASURES, 'each measure');
      if (new Set(a.measures).size !== a.measures.length) throw refused('list_repeats', 'a measure appears twice in the order');
      interval(a.reportEvery, 'reportEvery');
      const ids = new Set<string>();
      for (const r of a.referrals ?? []) {
        referralIdFree(c, r.referralId);
        if (ids.has(r.referralId)) throw refused('list_repeats', `referral ${r.referralId} appears twice`);
        ids.add(r.referralId);
        c.text(r.organisationId, 'organisationId');
        const measure = r.measure ?? (r.service as CourtMeasure);
        if (!a.measures.includes(measure)) throw refused('measure_not_ordered', `referral ${r.referralId}: ${measure} is not an ordered measure`);
        if (measureService(measure) !== r.service) throw refused('measure_not_ordered', `referral ${r.referralId}: ${measure} is delivered as ${measureService(measure)}`);
      }
      if ((a.referrals ?? []).length > 0 && m.stage === 'FOLLOW_UP') c.mayMoveTo('REFERRALS');
    },
    async (a) => {
      const current = since(PATCH.COURT_ORDER_MEASURES);
      const covers = a.coversInformationSharing ?? true;
      const order: CourtOrder = { orderId: a.orderId, measures: a.measures, coversInformationSharing: covers, receivedAt: c.now(), closedAt: null };
      if (current) Object.assign(order, { reportEvery: a.reportEvery ?? null, reportsSent: 0, pendingReport: null, decisions: [] });
      m.courtOrders.push(order);
      await c.fact('COURT_ORDER_RECEIVED', { orderId: a.orderId, measures: a.measures }, a.actor);
      if (m.track === 'JUDICIAL') {
        m.track = 'SOCIAL';
        await c.fact('REDIRECTED_JUDICIAL_TO_SOCIAL', { orderId: a.orderId, measures: a.measures }, a.actor);
        await c.closeSteps('PROSECUTOR_REPORT', 'CANCELLED');
      }
      await c.project();
      if (current) await oweReport(c, order);
      else await c.open('COURT_REPORT', { ref: a.orderId });
      for (const r of a.referrals ?? []) {
        const basis: SharingBasis = covers ? 'COURT_ORDER' : (sharingBasis(c, r.service, true) ?? 'NONE');
        await startReferral(c, r, basis, a.actor, { courtOrderId: a.orderId });
      }
      if (!current) return;
      // Each measure without its provider waits for the coordinator to choose one.
      const named = new Set((a.referrals ?? []).map((r) => r.measure ?? r.service));
      for (const measure of a.measures.filter((x) => !named.has(x))) {
        await c.open('MEASURE_PROVIDER', { ref: measureRef(a.orderId, measure), assigneeUserId: m.assigneeId });
      }
    },
  );

  c.on(
    chooseMeasureProviderUpdate,
    (a) => {
      c.permit('judicial.measure-provider', a.actor);
      c.isOpen();
      c.oneOf(a.measure, COURT_MEASURES, 'measure');
      c.awaited('MEASURE_PROVIDER', measureRef(a.orderId, a.measure), `no provider is awaited for ${a.measure} of court order ${a.orderId}`);
      referralIdFree(c, a.referralId);
      c.text(a.organisationId, 'organisationId');
      if (m.stage === 'FOLLOW_UP') c.mayMoveTo('REFERRALS');
    },
    async (a) => {
      const order = openOrder(a.orderId);
      const service = measureService(a.measure);
      const basis: SharingBasis = order.coversInformationSharing ? 'COURT_ORDER' : (sharingBasis(c, service, true) ?? 'NONE');
      // the directory is checked first: a provider that does not offer the measure leaves the step open
      await startReferral(c, { referralId: a.referralId, organisationId: a.organisationId, service }, basis, a.actor, { courtOrderId: a.orderId });
      await c.closeSteps('MEASURE_PROVIDER', 'DONE', measureRef(a.orderId, a.measure));
      await c.fact('MEASURE_PROVIDER_CHOSEN', { orderId: a.orderId, measure: a.measure, referralId: a.referralId, organisationId: a.organisationId }, a.actor);
    },
  );

  c.on(
    submitCourtReportUpdate,
    (a) => {
      c.permit('judicial.court-report', a.actor);
      c.isOpen();
      c.awaited('COURT_REPORT', a.orderId, `no progress report is owed for court order ${a.orderId}`);
      if (a.language !== undefined) c.oneOf(a.language, COURT_REPORT_LANGUAGES, 'language');
      const waiting = awaitingApproval(c);
      if (waiting) throw refused('court_report_awaits_approval', `the court report on order ${waiting.orderId} awaits the head of centre’s approval`);
      if (a.summary === undefined && a.language === undefined) throw refused('field_required', 'the report summary is required');
    },
    async (a) => {
      if (!since(PATCH.COURT_REPORT_APPROVAL)) {
        await c.closeSteps('COURT_REPORT', 'DONE', a.orderId);
        await c.fact('COURT_REPORT_SENT', { orderId: a.orderId }, a.actor);
        await c.open('COURT_REPORT', { ref: a.orderId });
        return;
      }
      // Written: the head of centre approves it before it leaves for the court.
      const order = openOrder(a.orderId);
      const owed = c.book.find('COURT_REPORT', a.orderId);
      const n = (order.reportsSent ?? 0) + 1;
      order.pendingReport = { n, language: a.language ?? 'ar', submittedAt: c.now(), dueAt: owed?.dueAt ?? null };
      await c.closeSteps('COURT_REPORT', 'DONE', a.orderId);
      await c.fact('COURT_REPORT_SUBMITTED', { orderId: a.orderId, report: n, language: order.pendingReport.language }, a.actor);
      await c.open('APPROVAL', { ref: 'COURT_REPORT' });
    },
  );

  c.on(
    recordCourtDecisionUpdate,
    (a) => {
      c.permit('judicial.court-decision', a.actor);
      c.isOpen();
      const order = openOrder(a.orderId);
      c.oneOf(a.decision, COURT_DECISIONS, 'decision');
      interval(a.reportEvery, 'reportEvery');
      const sent = order.reportsSent ?? 0;
      const report = a.report ?? sent;
      if (!Number.isInteger(report) || report < 1 || report > sent) throw refused('court_report_not_sent', `no court report ${report} has been sent on order ${a.orderId}`);
      if ((order.decisions ?? []).some((d) => d.report === report)) throw refused('court_decision_exists', `the decision on report ${report} is already recorded`);
    },
    async (a) => {
      const order = openOrder(a.orderId);
      const report = a.report ?? order.reportsSent ?? 0;
      (order.decisions ??= []).push({ report, decision: a.decision, at: c.now() });
      await c.fact('COURT_DECISION_RECORDED', { orderId: a.orderId, report, decision: a.decision, reportEvery: a.reportEvery ?? null }, a.actor);
      if (a.decision === 'END') return closeOrder(order, a.actor);
      if (a.reportEvery && a.reportEvery !== order.reportEvery) {
        // the next report is owed at the judge's new interval, from the decision
        order.reportEvery = a.reportEvery;
        if (c.book.find('COURT_REPORT', order.orderId)) {
          await c.closeSteps('COURT_REPORT', 'CANCELLED', order.orderId);
          await oweReport(c, order);
        }
      }
    },
  );

  c.on(
    closeCourtOrderUpdate,
    (a) => {
      c.permit('judicial.close-order', a.actor);
      c.isOpen();
      openOrder(a.orderId);
    },
    async (a) => {
      const order = m.courtOrders.find((o) => o.orderId === a.orderId);
      if (!order) return;
      await closeOrder(order, a.actor);
    },
  );
}
