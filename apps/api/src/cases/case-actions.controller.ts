// The coordinator's actions on a case's pathway; each becomes a workflow
// update whose validator may refuse it (409 with the reason).
import { Body, Controller, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  acknowledgeUpdate,
  approveUpdate,
  closeUpdate,
  recordChildSeenUpdate,
  recordConsentUpdate,
  recordIntegrationUpdate,
  recordChildFoundUpdate,
  recordPlacementUpdate,
  rejectUpdate,
  reportRunawayUpdate,
  retriageUpdate,
  reviseAssessmentUpdate,
  reviseCarePlanUpdate,
  submitAssessmentUpdate,
  submitCarePlanUpdate,
} from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CaseActions } from '../pathway/case-actions';
import { TransferCaseUseCase } from './transfer-case.use-case';
import { CorrectChildUseCase } from './correct-child.use-case';
import { ReassignCaseUseCase } from './reassign-case.use-case';
import { MergeCasesUseCase } from './merge-cases.use-case';
import { UnmergeCaseUseCase } from './unmerge-case.use-case';
import {
  AcknowledgeDto,
  ApproveDto,
  AssessmentDto,
  CarePlanDto,
  ChildFoundDto,
  ChildSeenDto,
  CloseDto,
  ConsentDto,
  CorrectChildDto,
  IntegrationDto,
  MergeDto,
  MergedDto,
  PlacementDto,
  ReassignDto,
  RejectDto,
  RetriageDto,
  ReviseAssessmentDto,
  ReviseCarePlanDto,
  RunawayDto,
  TransferDto,
  UnmergeDto,
  UnmergedDto,
} from './schemas';
import { answer } from '../common/schemas';

@ApiTags('cases')
@Controller('api/v1/cases/:id')
export class CaseActionsController {
  constructor(
    private readonly actions: CaseActions,
    private readonly transferCase: TransferCaseUseCase,
    private readonly correctChildCase: CorrectChildUseCase,
    private readonly reassignCase: ReassignCaseUseCase,
    private readonly mergeCases: MergeCasesUseCase,
    private readonly unmergeCase: UnmergeCaseUseCase,
  ) {}

  @Action('acknowledge', 'Take charge of the report (acknowledgement)', 'case.acknowledge')
  acknowledge(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: AcknowledgeDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.acknowledge', acknowledgeUpdate, body);
  }

  @Action('child-seen', 'The child was seen or received and is safe (urgent protection)', 'case.child-seen')
  childSeen(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ChildSeenDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.child-seen', recordChildSeenUpdate, body);
  }

  @Action('assessment', 'Submit the assessment (standard protocol); it waits for the head of centre’s approval', 'case.assessment')
  assessment(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: AssessmentDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.assessment', submitAssessmentUpdate, body);
  }

  @Action('care-plan', 'Submit the care plan; it waits for the head of centre’s approval', 'case.care-plan')
  carePlan(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CarePlanDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.care-plan', submitCarePlanUpdate, body);
  }

  @Action('approve', 'Approve an assessment, a care plan or a closure', 'case.approve')
  approve(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ApproveDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.approve', approveUpdate, body);
  }

  @Action('reject', 'Reject an assessment, a care plan or a closure, with a reason; the work goes back', 'case.reject')
  reject(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: RejectDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.reject', rejectUpdate, body);
  }

  @Action('consent', 'Record the child’s or guardian’s consent to share information with providers', 'case.consent')
  consent(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ConsentDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.consent', recordConsentUpdate, body);
  }

  @Action('integration', 'The child is back in the family, at school or in vocational training', 'case.integration')
  integration(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: IntegrationDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.integration', recordIntegrationUpdate, body);
  }

  @Action('transfer', 'The family moved: the case changes province', 'case.transfer')
  transfer(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: TransferDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.transferCase.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Action('close', 'Ask to close the case; the head of centre’s approval closes it', 'case.close')
  close(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CloseDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.close', closeUpdate, body);
  }

  @Action('child-corrections', 'Correct the child’s date of birth or age (re-arms the 18th-birthday timer), sex or names', 'case.correct-child')
  correctChild(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CorrectChildDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.correctChildCase.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Action('retriage', 'Re-triage the category and the risk; a rise to IMMINENT or HIGH opens the urgent steps', 'case.retriage')
  retriage(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: RetriageDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.retriage', retriageUpdate, body);
  }

  @Action('reassign', 'Hand the case to another coordinator of its province; open steps and alerts follow', 'case.reassign')
  reassign(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ReassignDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.reassignCase.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Action('assessment/revision', 'Revise the approved assessment; it goes back to the head of centre’s approval', 'case.revise-assessment')
  reviseAssessment(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ReviseAssessmentDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.revise-assessment', reviseAssessmentUpdate, body);
  }

  @Action('care-plan/revision', 'Revise the approved care plan; it goes back to the head of centre’s approval', 'case.revise-care-plan')
  reviseCarePlan(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ReviseCarePlanDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.revise-care-plan', reviseCarePlanUpdate, body);
  }

  @Action('placement', 'The child’s placement changed (entering or leaving an institution opens or closes its reviews)', 'case.placement')
  placement(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: PlacementDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.placement', recordPlacementUpdate, body);
  }

  @Action('runaway', 'The child ran away (fugue): an urgent step until the child is found', 'case.runaway')
  runaway(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: RunawayDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.runaway', reportRunawayUpdate, body);
  }

  @Action('child-found', 'The child who ran away was found', 'case.child-found')
  childFound(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ChildFoundDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.child-found', recordChildFoundUpdate, body);
  }

  @Action('merge', 'Merge another case of the same child (duplicateCaseId) into this one, which goes on; the duplicate ends as MERGED', 'case.merge', 200, answer(MergedDto))
  merge(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: MergeDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.mergeCases.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Action('unmerge', 'Undo the merge of this duplicate (within the period): a case again, with a new pathway run', 'case.unmerge', 200, answer(UnmergedDto))
  unmerge(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: UnmergeDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.unmergeCase.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }
}
