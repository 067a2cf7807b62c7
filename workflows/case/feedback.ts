// Feedback to the structure that filed a report (measure 59): a school, a
// hospital, a police unit, an association hears that its report was received
// and, at closure, how the case ended in general terms — never the child's
// file. Sent through the alert path (one delivery per intake user of the
// structure, on their first channel), keyed per report and kind, so a retry or
// a replay never tells them twice. Who the structure is, is the alert
// activity's business (the user who filed the report and their organisation).
import { proxyActivities } from '@temporalio/workflow';
import { PATCH, since } from '../patches';
import type { FeedbackKind } from '../../activities/alert-contract';
import type { AlertActivities } from '../escalation';
import { NOTICE_LEVEL } from '../escalation';
import type { CaseContext } from './context';

const { sendAlert } = proxyActivities<AlertActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Tells the reporting structure of each report (in the background: nothing waits for it). */
export function tellReporters(c: CaseContext, kind: FeedbackKind, reportIds: readonly string[], outcome: string | null = null): void {
  if (reportIds.length === 0 || !since(PATCH.FEEDBACK)) return;
  const { m, book } = c;
  const at = c.now();
  for (const reportId of reportIds) {
    const key = `feedback:${reportId}:${kind}`;
    void book.track(() =>
      sendAlert({
        key,
        workflowId: c.workflowId,
        caseWorkflowId: c.workflowId,
        caseId: m.caseId,
        caseReference: m.reference,
        provinceCode: m.provinceCode,
        category: m.category,
        step: kind === 'RECEIPT' ? 'ACKNOWLEDGEMENT' : 'APPROVAL',
        stepKey: key,
        level: NOTICE_LEVEL,
        ladderRole: 'ASSIGNEE',
        dueAt: at,
        alertedAt: at,
        notice: true,
        feedback: { kind, reportId, ...(outcome ? { outcome } : {}) },
      }).catch(() => undefined),
    );
  }
}
