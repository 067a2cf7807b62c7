// A case's memory at the start of its life: everything the workflow carries
// across continue-as-new, from the input of its first run.
import { workflowInfo } from '@temporalio/workflow';
import { PATCH, since } from '../patches';
import type { CaseInput, CaseMemory } from '../case.messages';
import { SA_PROVINCE } from '../search-attributes';
import { pinnedTemplate, startingTemplate } from './template';

export function freshMemory(input: CaseInput): CaseMemory {
  const info = workflowInfo();
  const template = pinnedTemplate(input);
  return {
    caseId: input.caseId,
    reference: input.reference,
    provinceCode: input.provinceCode,
    category: input.category,
    riskLevel: input.reopened && since(PATCH.REOPENED_AT_REPORT_RISK) ? input.report.riskLevel : input.riskLevel,
    track: startingTemplate(template, input.category).track,
    stage: 'REPORTED',
    status: 'OPEN',
    assigneeId: null,
    reports: [input.report.reportId],
    assessment: 'PENDING',
    carePlan: 'NONE',
    placement: null,
    inInstitution: false,
    referrals: [],
    consents: [],
    courtOrders: [],
    prosecutorReported: false,
    integrations: [],
    adultAt: input.adultAt ?? null,
    dobEstimated: input.dobEstimated ?? false,
    adult: false,
    afterCare: null,
    closure: null,
    closedAt: null,
    escalations: 0,
    runs: 1,
    cycle: input.cycle ?? info.firstExecutionRunId.slice(0, 8),
    openedAt: input.openedAt,
    afterCareEndsAt: input.afterCareEndsAt ?? null,
    steps: [],
    seq: 0,
    eventSeq: 0,
    timeline: [],
    searchAttributes: info.typedSearchAttributes.get(SA_PROVINCE) !== undefined,
    started: false,
    ...(template ? { template } : {}),
  };
}
