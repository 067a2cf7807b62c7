// The head of centre's approvals, by subject: what an approval and a rejection
// of an assessment, a care plan or a closure do, in one table. The work under
// approval waits in an APPROVAL step whose ref is the subject.
import type { ApprovalSubject, Stage } from '../../libs/domain/pathway';
import { APPROVAL_SUBJECTS } from '../../libs/domain/pathway';
import type { Actor } from '../actor';
import { approveUpdate, rejectUpdate, type ApprovalInput } from '../case.messages';
import { finish } from './closure';
import type { CaseContext } from './context';
import { approvedReport, rejectedReport } from './court-report';
import { openReviews, placeInInstitution } from './reviews';
import { isRevision, settleRevision } from './revisions';

interface Approval {
  /** the stage an approval moves the case to, if any (checked against the stage table before approving) */
  leadsTo(c: CaseContext): Stage | null;
  approved(c: CaseContext, by: Actor): Promise<void>;
  rejected(c: CaseContext): Promise<void>;
}

export const APPROVALS: Record<ApprovalSubject, Approval> = {
  ASSESSMENT: {
    leadsTo: (c) => (isRevision(c, 'ASSESSMENT') ? null : 'CARE_PLAN'),
    async approved(c) {
      if (isRevision(c, 'ASSESSMENT')) return settleRevision(c, 'ASSESSMENT', true);
      c.m.assessment = 'APPROVED';
      c.m.carePlan = 'PENDING';
      await c.setStage('CARE_PLAN');
      await c.open('CARE_PLAN');
    },
    async rejected(c) {
      if (isRevision(c, 'ASSESSMENT')) return settleRevision(c, 'ASSESSMENT', false);
      c.m.assessment = 'PENDING';
      await c.open('ASSESSMENT', { ref: 'REWORK' });
    },
  },
  CARE_PLAN: {
    leadsTo: (c) => (c.m.stage === 'CARE_PLAN' && !isRevision(c, 'CARE_PLAN') ? carePlanRuns(c) : null),
    async approved(c) {
      if (isRevision(c, 'CARE_PLAN')) return settleRevision(c, 'CARE_PLAN', true);
      c.m.carePlan = 'APPROVED';
      if (c.m.placement === 'INSTITUTION') await placeInInstitution(c);
      await openReviews(c, 'CARE_PLAN_APPROVED');
      if (c.m.stage === 'CARE_PLAN') await c.setStage(carePlanRuns(c));
    },
    async rejected(c) {
      if (isRevision(c, 'CARE_PLAN')) return settleRevision(c, 'CARE_PLAN', false);
      c.m.carePlan = 'PENDING';
      await c.open('CARE_PLAN', { ref: 'REWORK' });
    },
  },
  // the court report leaves for the court once approved (court-report.ts)
  COURT_REPORT: {
    leadsTo: () => null,
    approved: (c, by) => approvedReport(c, by),
    rejected: (c) => rejectedReport(c),
  },
  CLOSURE: {
    leadsTo: () => 'CLOSED',
    async approved(c, by) {
      await finish(c, c.m.closure?.reason ?? 'OTHER', by);
    },
    async rejected(c) {
      c.m.closure = null;
    },
  },
};

/** Where an approved care plan takes the case: referrals while some run, follow-up otherwise. */
const carePlanRuns = (c: CaseContext): Stage => (c.activeReferrals().length > 0 ? 'REFERRALS' : 'FOLLOW_UP');

export function approvals(c: CaseContext): void {
  const awaitsApproval = (a: ApprovalInput) => {
    c.isOpen();
    c.oneOf(a.subject, APPROVAL_SUBJECTS, 'subject');
    c.awaited('APPROVAL', a.subject, `no ${a.subject.toLowerCase().replace('_', ' ')} awaits approval`);
  };

  c.on(
    approveUpdate,
    (a) => {
      c.permit('case.approve', a.actor);
      awaitsApproval(a);
      const to = APPROVALS[a.subject].leadsTo(c);
      if (to) c.mayMoveTo(to);
    },
    async (a) => {
      await c.closeSteps('APPROVAL', 'DONE', a.subject);
      await c.fact('APPROVED', { subject: a.subject }, a.actor);
      await APPROVALS[a.subject].approved(c, a.actor);
    },
  );

  c.on(
    rejectUpdate,
    (a) => {
      c.permit('case.reject', a.actor);
      awaitsApproval(a);
      c.text(a.reason, 'a rejection reason');
    },
    async (a) => {
      await c.closeSteps('APPROVAL', 'DONE', a.subject);
      await c.fact('REJECTED', { subject: a.subject, reason: a.reason }, a.actor);
      await APPROVALS[a.subject].rejected(c);
    },
  );
}
