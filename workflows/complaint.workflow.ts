// A complaint about how a case is handled (measure 56): routed to the
// province's supervising delegate with a response deadline from the policy,
// and the same escalation ladder as any awaited step (delegate, then the
// committee) until someone with authority answers it.
import { allHandlersFinished, condition, defineQuery, defineUpdate, setHandler, workflowInfo } from '@temporalio/workflow';
import { caseWorkflowId } from '../libs/domain/ids';
import { assertPermitted } from '../libs/domain/permissions';
import type { Category, RiskLevel } from '../libs/domain/taxonomy';
import type { Actor } from './actor';
import { alertDeliveryFailedSignal } from './alert-signal';
import { StepBook, type StepHolder } from './escalation';
import { projections, rowVersion } from './projections';
import { refused } from './refusal';

export interface ComplaintInput {
  complaintId: string;
  /** empty: a public complaint (from a child, a parent or a citizen), about no case it names */
  caseId: string;
  /** the case's reference, or a public complaint's own (PLT-...) */
  caseReference: string;
  provinceCode: string;
  /** of the case: the policy's deadline may depend on them */
  category: Category;
  riskLevel: RiskLevel;
}

export interface ComplaintState {
  complaintId: string;
  status: 'OPEN' | 'ANSWERED';
  dueAt: string | null;
  /** the ladder's level reached so far (-1: not yet due) */
  level: number;
  respondedAt: string | null;
  respondedBy: string | null;
}

export interface ComplaintResponse {
  actor: Actor;
  response: string;
}

export const complaintStateQuery = defineQuery<ComplaintState>('complaintState');
export const respondToComplaintUpdate = defineUpdate<ComplaintState, [ComplaintResponse]>('respondToComplaint');

export async function complaintWorkflow(input: ComplaintInput): Promise<ComplaintState> {
  const holder: StepHolder = { steps: [], seq: 0, cycle: 'c' };
  const book = new StepBook(holder, {
    workflowId: workflowInfo().workflowId,
    // a public complaint has no case: its alerts and escalations name the complaint's own workflow and reference
    caseWorkflowId: input.caseId ? caseWorkflowId(input.caseId) : workflowInfo().workflowId,
    caseId: input.caseId,
    caseReference: () => input.caseReference,
    category: () => input.category,
    riskLevel: () => input.riskLevel,
  });
  const state: ComplaintState = { complaintId: input.complaintId, status: 'OPEN', dueAt: null, level: -1, respondedAt: null, respondedBy: null };
  let response: string | null = null;
  const step = book.start({ step: 'COMPLAINT_RESPONSE', provinceCode: input.provinceCode, notify: true });
  const view = (): ComplaintState => ({ ...state, dueAt: step.dueAt, level: step.level });
  const project = () =>
    book.track(() =>
      projections().projectComplaint({
        id: input.complaintId,
        status: state.status,
        dueAt: step.dueAt,
        respondedAt: state.respondedAt,
        respondedBy: state.respondedBy,
        response,
        ...rowVersion(),
      }),
    );

  setHandler(complaintStateQuery, view);
  setHandler(alertDeliveryFailedSignal, (f) => book.deliveryFailed(f.stepKey, f.level));
  setHandler(
    respondToComplaintUpdate,
    async (r) => {
      state.status = 'ANSWERED';
      state.respondedAt = new Date().toISOString();
      state.respondedBy = r.actor.userId;
      response = r.response.trim();
      await book.close(step, 'DONE');
      await project();
      return view();
    },
    {
      validator: (r) => {
        // the supervising authorities, not the team complained about ('complaint.respond')
        assertPermitted('complaint.respond', r?.actor, { provinceCode: input.provinceCode });
        if (state.status !== 'OPEN') throw refused('already_answered', 'the complaint has already been answered');
        if (!r.response?.trim()) throw refused('field_required', 'an answer needs a text');
      },
    },
  );

  await book.opened(step);
  if (state.status === 'OPEN') await project();
  await condition(() => state.status === 'ANSWERED' && book.idle() && allHandlersFinished());
  return view();
}
