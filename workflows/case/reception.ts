// Reception: the province's centre takes the report (acknowledgement), and the
// risk decides what comes next: urgent protection (the child seen and safe
// first) or the assessment. A new report about the same child attaches to the
// open case and may raise its risk.
import { getExternalWorkflowHandle, setHandler, uuid4 } from '@temporalio/workflow';
import { PATCH, since } from '../patches';
import { RISK_LEVELS, URGENT_RISK_LEVELS } from '../../libs/domain/taxonomy';
import { acknowledgeUpdate, newReportSignal, recordChildSeenUpdate, type CaseInput, type ReportRef } from '../case.messages';
import { beginAssessment } from './assessment';
import { COORDINATOR_STEPS, type CaseContext } from './context';
import { askProsecutor, childMustBeSeen } from './corrections';
import { tellReporters } from './feedback';
import { placeInInstitution } from './reviews';
import { childFirst, informsAtReport, reportInformsProsecutor, templateOf } from './template';

/**
 * The first run of a case's life opens its first steps before any handler is
 * registered: an action that arrives with the first workflow task (the SDK
 * delivers it as soon as its handler is set) finds the step it closes.
 * Returns whether this is the first run.
 */
export function receive(c: CaseContext): boolean {
  const { m, book, input } = c;
  const firstRun = !m.started;
  if (firstRun) {
    m.started = true;
    const urgent = URGENT_RISK_LEVELS.includes(m.riskLevel) && since(PATCH.URGENT_RECEPTION);
    book.start(c.forCoordinator('ACKNOWLEDGEMENT', urgent ? { urgent: true } : {}));
    // the template may ask to see the child first whatever the risk (a child taken off the street)
    if (urgent || (m.template && childFirst(c))) book.start(c.forCoordinator('CHILD_SEEN'));
    if (informsAtReport(templateOf(c))) book.start(c.forCoordinator('PROSECUTOR_REPORT'));
    c.note('REPORTED', undefined, { reportId: input.report.reportId, entryPoint: input.report.entryPoint });
    tellReporters(c, 'RECEIPT', [input.report.reportId]);
  }
  return firstRun;
}

/**
 * A new report about the same child: attached once; a more urgent one raises the risk and,
 * like a re-triage, opens the urgent steps; one that suggests an offence opens the report
 * to the prosecutor. One that reaches the case once closed is kept for a new life of the
 * case: returns the first such report (see reopenedBy); once merged, it goes to the survivor.
 */
export function attachReports(c: CaseContext): () => ReportRef | undefined {
  const { m } = c;
  let late: ReportRef | undefined;
  const forwarded = new Set<string>();
  setHandler(newReportSignal, async (r) => {
    if (!r?.reportId || m.reports.includes(r.reportId)) return;
    if (m.status === 'MERGED' && m.mergedInto && since(PATCH.MERGED_FORWARDS_REPORTS)) {
      await forward(c, r, forwarded);
      return;
    }
    if (m.status === 'CLOSED') {
      if (!late && since(PATCH.LATE_REPORT_REOPENS)) late = r;
      return;
    }
    m.reports.push(r.reportId);
    const moreUrgent = RISK_LEVELS.indexOf(r.riskLevel) >= 0 && RISK_LEVELS.indexOf(r.riskLevel) < RISK_LEVELS.indexOf(m.riskLevel);
    const offence = reportInformsProsecutor(c, r.category);
    if (moreUrgent) m.riskLevel = r.riskLevel;
    await c.fact('REPORT_ATTACHED', { reportId: r.reportId, entryPoint: r.entryPoint, category: r.category, riskLevel: r.riskLevel });
    tellReporters(c, 'RECEIPT', [r.reportId]);
    if ((moreUrgent || offence) && since(PATCH.NEW_REPORT_RETRIAGE)) {
      if (moreUrgent) await childMustBeSeen(c);
      if (offence) await askProsecutor(c);
      await c.project();
    } else if (moreUrgent) await c.project();
  });
  return () => late;
}

/**
 * A report that reaches the duplicate once merged, before its run ends (the API wrote it
 * before the merge, and its signal came after): the survivor takes it, as any new report.
 */
async function forward(c: CaseContext, r: ReportRef, forwarded: Set<string>): Promise<void> {
  const to = c.m.mergedInto!;
  if (forwarded.has(r.reportId)) return;
  forwarded.add(r.reportId);
  let delivered = true;
  try {
    await getExternalWorkflowHandle(to.workflowId).signal(newReportSignal, r);
  } catch {
    // the survivor's pathway has ended too: the fact says so, for the head to file it again
    delivered = false;
  }
  await c.fact('REPORT_FORWARDED', { reportId: r.reportId, survivorCaseId: to.caseId, delivered });
}

/**
 * The input of the case's new life that a late report opens, like the API's input for a
 * report that reopens a closed case: the case as the closing run knows it (its template,
 * its child's birthdays), in a cycle of its own so that its steps and facts do not take
 * the keys of the life that closed.
 */
export function reopenedBy(c: CaseContext, report: ReportRef): CaseInput {
  const { m, input } = c;
  return {
    caseId: m.caseId,
    reference: m.reference,
    provinceCode: m.provinceCode,
    category: m.category,
    riskLevel: m.riskLevel,
    openedAt: m.openedAt,
    adultAt: m.adultAt,
    dobEstimated: m.dobEstimated,
    afterCareEndsAt: m.afterCareEndsAt,
    report,
    reopened: true,
    cycle: uuid4().slice(0, 8),
    ...(input.historyLimit ? { historyLimit: input.historyLimit } : {}),
    ...(m.template ? { template: m.template } : {}),
  };
}

/** Acknowledged: urgent protection for an imminent or high risk (or as the template asks), the assessment otherwise. */
async function afterAcknowledgement(c: CaseContext): Promise<void> {
  if (childFirst(c) && c.childSeen()) {
    // seen before the acknowledgement (urgent reception): the assessment comes next
    await beginAssessment(c);
  } else if (childFirst(c)) {
    await c.setStage('URGENT_PROTECTION');
    // urgent reception opened it with the report: its deadline runs from the arrival
    if (!c.book.find('CHILD_SEEN')) await c.open('CHILD_SEEN');
  } else {
    await beginAssessment(c);
  }
}

export function reception(c: CaseContext): void {
  const { m, book } = c;

  c.on(
    acknowledgeUpdate,
    (a) => {
      c.permit('case.acknowledge', a.actor);
      c.isOpen();
      c.awaited('ACKNOWLEDGEMENT', undefined, 'no report is waiting for acknowledgement');
      if (m.stage === 'REPORTED') c.mayMoveTo('ACKNOWLEDGED');
    },
    async (a) => {
      m.assigneeId = a.assigneeId ?? a.actor.userId;
      await c.closeSteps('ACKNOWLEDGEMENT');
      for (const s of book.open) if (s.assigneeUserId === null && COORDINATOR_STEPS.includes(s.step)) s.assigneeUserId = m.assigneeId;
      if (since(PATCH.RECEPTION_FACTS)) await c.fact('ACKNOWLEDGED', { assigneeId: m.assigneeId }, a.actor);
      else c.note('ACKNOWLEDGED', a.actor, { assigneeId: m.assigneeId });
      if (m.stage === 'REPORTED') {
        c.moveTo('ACKNOWLEDGED'); // a passing stage: not noted, not projected
        await afterAcknowledgement(c);
      } else {
        // a transferred case taken by the new province's centre
        await c.project();
      }
    },
  );

  c.on(
    recordChildSeenUpdate,
    (a) => {
      c.permit('case.child-seen', a.actor);
      c.isOpen();
      c.awaited('CHILD_SEEN', undefined, 'the child has already been seen or no urgent protection is under way');
      if (m.stage === 'URGENT_PROTECTION') c.mayMoveTo('ASSESSMENT');
    },
    async (a) => {
      await c.closeSteps('CHILD_SEEN');
      m.childSeen = true;
      if (since(PATCH.RECEPTION_FACTS)) await c.fact('CHILD_SEEN', { emergencyShelter: !!a.emergencyShelter, medicalCare: !!a.medicalCare }, a.actor);
      else c.note('CHILD_SEEN', a.actor, { emergencyShelter: !!a.emergencyShelter, medicalCare: !!a.medicalCare });
      if (a.emergencyShelter) {
        await c.fact('EMERGENCY_SHELTER', {}, a.actor);
        await placeInInstitution(c);
      }
      if (m.stage === 'URGENT_PROTECTION') await beginAssessment(c);
    },
  );
}
