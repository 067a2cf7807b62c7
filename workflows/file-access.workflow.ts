// A young adult's or a parent's request for their own file (law 09-08): its
// own pathway, with the legal deadline of FILE_ACCESS_RESPONSE from the
// policy and its ladder (head of centre, delegate, committee) until the
// case's team hands over the export with third parties' details removed.
// The export and its one-time link are the API's (I/O); the pathway keeps
// the deadline and who answered, and its open step is the case's like any other.
import { allHandlersFinished, condition, defineQuery, defineUpdate, setHandler, workflowInfo } from '@temporalio/workflow';
import { caseWorkflowId } from '../libs/domain/ids';
import { assertPermitted } from '../libs/domain/permissions';
import type { Category, RiskLevel } from '../libs/domain/taxonomy';
import type { Actor } from './actor';
import { alertDeliveryFailedSignal } from './alert-signal';
import { StepBook, type StepHolder } from './escalation';
import { refused } from './refusal';

export interface FileAccessInput {
  requestId: string;
  caseId: string;
  caseReference: string;
  provinceCode: string;
  category: Category;
  riskLevel: RiskLevel;
}

export interface FileAccessState {
  requestId: string;
  status: 'OPEN' | 'ANSWERED';
  dueAt: string | null;
  /** the ladder's level reached so far (-1: not yet due) */
  level: number;
  answeredAt: string | null;
  answeredBy: string | null;
}

export interface FileAccessAnswer {
  actor: Actor;
  /** SHA-256 of the redacted export the API stored: what was handed over, without its content */
  exportSha256: string;
}

export const fileAccessStateQuery = defineQuery<FileAccessState>('fileAccessState');
export const answerFileAccessUpdate = defineUpdate<FileAccessState, [FileAccessAnswer]>('answerFileAccess');

export async function fileAccessWorkflow(input: FileAccessInput): Promise<FileAccessState> {
  const holder: StepHolder = { steps: [], seq: 0, cycle: 'c' };
  const book = new StepBook(holder, {
    workflowId: workflowInfo().workflowId,
    caseWorkflowId: caseWorkflowId(input.caseId),
    caseId: input.caseId,
    caseReference: () => input.caseReference,
    category: () => input.category,
    riskLevel: () => input.riskLevel,
  });
  const state: FileAccessState = { requestId: input.requestId, status: 'OPEN', dueAt: null, level: -1, answeredAt: null, answeredBy: null };
  const step = book.start({ step: 'FILE_ACCESS_RESPONSE', provinceCode: input.provinceCode, notify: true });
  const view = (): FileAccessState => ({ ...state, dueAt: step.dueAt, level: step.level });

  setHandler(fileAccessStateQuery, view);
  setHandler(alertDeliveryFailedSignal, (f) => book.deliveryFailed(f.stepKey, f.level));
  setHandler(
    answerFileAccessUpdate,
    async (a) => {
      state.status = 'ANSWERED';
      state.answeredAt = new Date().toISOString();
      state.answeredBy = a.actor.userId;
      await book.close(step, 'DONE');
      return view();
    },
    {
      validator: (a) => {
        assertPermitted('file-access.answer', a?.actor, { provinceCode: input.provinceCode });
        if (state.status !== 'OPEN') throw refused('already_answered', 'the request has already been answered');
        if (!/^[0-9a-f]{64}$/.test(a.exportSha256 ?? '')) throw refused('field_required', 'an answer names the export it handed over');
      },
    },
  );

  await book.opened(step);
  await condition(() => state.status === 'ANSWERED' && book.idle() && allHandlersFinished());
  return view();
}
