// How a case's pathway is started, in one place: the API's gateway and the
// benchmark send exactly these options. The id comes from the business key;
// USE_EXISTING makes a repeated start find the running pathway and
// REJECT_DUPLICATE refuses a second run of a closed one.
import { caseWorkflowId } from '../domain/ids';
import type { CaseInput } from '../../workflows/case.messages';
import { caseSearchAttributes } from '../../workflows/search-attributes';

export function caseStartOptions(input: CaseInput, taskQueue: string) {
  return {
    workflowId: caseWorkflowId(input.caseId),
    taskQueue,
    args: [input] as [CaseInput],
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
    workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
    typedSearchAttributes: caseSearchAttributes({ ...input, stage: 'REPORTED' }),
  };
}
