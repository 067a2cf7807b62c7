// Judicial protection: the report to the prosecutor (categories that suggest
// an offence, or a social case redirected), the court's orders (which redirect
// the child to social measures and open the ordered referrals), the progress
// reports owed to the court while an order is open, and the order's closing.
import { COURT_MEASURES, type SharingBasis } from '../../libs/domain/pathway';
import {
  closeCourtOrderUpdate,
  recordCourtOrderUpdate,
  redirectToJudicialUpdate,
  reportToProsecutorUpdate,
  submitCourtReportUpdate,
} from '../case.messages';
import type { CaseContext } from './context';
import { referralIdFree, sharingBasis, startReferral } from './referrals';

export function judicial(c: CaseContext): void {
  const { m } = c;

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
      if (m.track !== 'SOCIAL') throw new Error('the case is already on the judicial track');
      c.text(a.reason, 'a reason');
    },
    async (a) => {
      m.track = 'JUDICIAL';
      await c.fact('REDIRECTED_SOCIAL_TO_JUDICIAL', { reason: a.reason }, a.actor);
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
      if (m.courtOrders.some((o) => o.orderId === a.orderId)) throw new Error(`court order ${a.orderId} is already recorded`);
      if (!Array.isArray(a.measures) || a.measures.length === 0) throw new Error('a court order names at least one measure');
      for (const x of a.measures) c.oneOf(x, COURT_MEASURES, 'each measure');
      const ids = new Set<string>();
      for (const r of a.referrals ?? []) {
        referralIdFree(c, r.referralId);
        if (ids.has(r.referralId)) throw new Error(`referral ${r.referralId} appears twice`);
        ids.add(r.referralId);
        c.text(r.organisationId, 'organisationId');
        if (!a.measures.includes(r.service)) throw new Error(`referral ${r.referralId}: ${r.service} is not an ordered measure`);
      }
      if ((a.referrals ?? []).length > 0 && m.stage === 'FOLLOW_UP') c.mayMoveTo('REFERRALS');
    },
    async (a) => {
      const covers = a.coversInformationSharing ?? true;
      m.courtOrders.push({ orderId: a.orderId, measures: a.measures, coversInformationSharing: covers, receivedAt: c.now(), closedAt: null });
      await c.fact('COURT_ORDER_RECEIVED', { orderId: a.orderId, measures: a.measures }, a.actor);
      if (m.track === 'JUDICIAL') {
        m.track = 'SOCIAL';
        await c.fact('REDIRECTED_JUDICIAL_TO_SOCIAL', { orderId: a.orderId, measures: a.measures }, a.actor);
        await c.closeSteps('PROSECUTOR_REPORT', 'CANCELLED');
      }
      await c.project();
      await c.open('COURT_REPORT', { ref: a.orderId });
      for (const r of a.referrals ?? []) {
        const basis: SharingBasis = covers ? 'COURT_ORDER' : (sharingBasis(c, r.service, true) ?? 'NONE');
        await startReferral(c, r, basis, a.actor, { courtOrderId: a.orderId });
      }
    },
  );

  c.on(
    submitCourtReportUpdate,
    (a) => {
      c.permit('judicial.court-report', a.actor);
      c.isOpen();
      c.awaited('COURT_REPORT', a.orderId, `no progress report is owed for court order ${a.orderId}`);
      c.text(a.summary, 'the report summary');
    },
    async (a) => {
      await c.closeSteps('COURT_REPORT', 'DONE', a.orderId);
      await c.fact('COURT_REPORT_SENT', { orderId: a.orderId }, a.actor);
      await c.open('COURT_REPORT', { ref: a.orderId });
    },
  );

  c.on(
    closeCourtOrderUpdate,
    (a) => {
      c.permit('judicial.close-order', a.actor);
      c.isOpen();
      if (!c.openOrders().some((o) => o.orderId === a.orderId)) throw new Error(`court order ${a.orderId} is not open`);
    },
    async (a) => {
      const order = m.courtOrders.find((o) => o.orderId === a.orderId);
      if (order) order.closedAt = c.now();
      await c.closeSteps('COURT_REPORT', 'CANCELLED', a.orderId);
      await c.fact('COURT_ORDER_CLOSED', { orderId: a.orderId }, a.actor);
    },
  );
}
