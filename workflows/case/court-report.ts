// The court report (measure 51): written in Masar (its content is in the
// case's record), approved by the head of centre (approval subject
// COURT_REPORT), then printed as a PDF in its language and emailed to the
// province's court liaison by an activity keyed on the order and the report's
// number (a retry sends nothing twice), and owed again at the interval the
// judge set — else the pathway template's, else the province's policy.
import { proxyActivities } from '@temporalio/workflow';
import type { CourtReportDelivery, CourtReportSent } from '../../activities/court-report-contract';
import { durationMs } from '../../libs/domain/duration';
import type { Actor } from '../actor';
import type { CourtOrder } from '../case.messages';
import type { CaseContext } from './context';

const { sendCourtReport } = proxyActivities<{ sendCourtReport(input: CourtReportDelivery): Promise<CourtReportSent> }>({
  // printing through Chromium takes a few seconds on a loaded machine
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** The interval between two reports: the judge's, else the template's, else none (the policy's COURT_REPORT). */
export function reportInterval(c: CaseContext, order: CourtOrder): string | null {
  return order.reportEvery ?? c.m.template?.courtReportEvery ?? null;
}

/** Opens the next report owed on an order: due at the set interval from now, or by the policy. */
export async function oweReport(c: CaseContext, order: CourtOrder): Promise<void> {
  const every = reportInterval(c, order);
  const dueAt = every ? new Date(Date.now() + durationMs(every)).toISOString() : undefined;
  await c.open('COURT_REPORT', { ref: order.orderId, ...(dueAt ? { dueAt } : {}) });
}

/** The order whose report awaits the head of centre's approval (one at a time). */
export const awaitingApproval = (c: CaseContext): CourtOrder | undefined => c.m.courtOrders.find((o) => o.pendingReport && !o.closedAt);

/**
 * Approved: the next report is owed at once, and the report is printed and sent
 * to the court liaison in the background (the approval does not wait for the
 * printer); its sending is recorded when done, or noted when it cannot be
 * (the written report is missing from the record), for the coordinator to see.
 */
export async function approvedReport(c: CaseContext, by: Actor): Promise<void> {
  const order = awaitingApproval(c);
  if (!order?.pendingReport) return;
  const { n, language } = order.pendingReport;
  order.pendingReport = null;
  order.reportsSent = n;
  await oweReport(c, order);
  void c.book.track(async () => {
    try {
      const sent = await sendCourtReport({
        key: `${c.workflowId}:court-report:${order.orderId}:${n}`,
        caseId: c.m.caseId,
        caseReference: c.m.reference,
        provinceCode: c.m.provinceCode,
        orderId: order.orderId,
        report: n,
        language,
        approvedBy: by.userId,
      });
      await c.fact('COURT_REPORT_SENT', { orderId: order.orderId, report: n, language, recipients: sent.recipients, documentId: sent.documentId }, by);
    } catch (err) {
      c.note('COURT_REPORT_NOT_SENT', undefined, { orderId: order.orderId, report: n, reason: err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err) });
    }
  });
}

/** Rejected by the head of centre: the report is owed again, by its first deadline while that is ahead. */
export async function rejectedReport(c: CaseContext): Promise<void> {
  const order = awaitingApproval(c);
  if (!order?.pendingReport) return;
  const { dueAt } = order.pendingReport;
  order.pendingReport = null;
  await c.open('COURT_REPORT', { ref: order.orderId, ...(dueAt && Date.parse(dueAt) > Date.now() ? { dueAt } : {}) });
}
