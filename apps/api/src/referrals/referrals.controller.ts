// Referrals: the coordinator orients the child to a provider of the directory
// (a referral workflow starts); the provider accepts or declines, starts the
// service and reports it delivered.
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { acceptReferralUpdate, completeReferralUpdate, declineReferralUpdate, startServiceUpdate } from '../../../../workflows/referral.workflow';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CreateReferralUseCase } from './create-referral.use-case';
import { GetReferralUseCase } from './get-referral.use-case';
import { ListReferralsUseCase } from './list-referrals.use-case';
import { ReferralActions } from './referral-actions';
import { answer, EmptyDto } from '../common/schemas';
import { CompleteReferralDto, CreateReferralDto, DeclineReferralDto, ReferralCreatedDto, ReferralListDto, ReferralListQueryDto, ReferralStateDto, ReferralViewDto } from './schemas';

@ApiTags('referrals')
@Controller('api/v1')
export class ReferralsController {
  constructor(
    private readonly createReferral: CreateReferralUseCase,
    private readonly listReferrals: ListReferralsUseCase,
    private readonly getReferral: GetReferralUseCase,
    private readonly referralActions: ReferralActions,
  ) {}

  @Action('cases/:id/referrals', 'Refer the child to a provider of the directory (needs consent or a court order when information is shared)', 'referral.create', 201, answer(ReferralCreatedDto))
  create(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CreateReferralDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.createReferral.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Get('referrals')
  @Permit('referral.list')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Referrals within the caller’s scope (see the permission), newest first' })
  @ApiOkResponse({ type: answer(ReferralListDto) })
  list(@CurrentIdentity() who: Identity, @Query() q: ReferralListQueryDto, @RequestContext() ctx: AuditContext) {
    return this.listReferrals.execute(who, q, ctx);
  }

  @Get('referrals/:referralId')
  @Permit('referral.read')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'One referral, as its provider needs it' })
  @ApiOkResponse({ type: answer(ReferralViewDto) })
  get(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @RequestContext() ctx: AuditContext) {
    return this.getReferral.execute(who, id, ctx);
  }

  @Action('referrals/:referralId/accept', 'The provider accepts the referral', 'referral.accept', 200, answer(ReferralStateDto))
  accept(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @Body() _body: EmptyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.referralActions.run({ who, referralId: id, ctx, idempotencyKey: key }, 'referral.accept', acceptReferralUpdate, {});
  }

  @Action('referrals/:referralId/decline', 'The provider declines, with a reason; the coordinator re-orients', 'referral.decline', 200, answer(ReferralStateDto))
  decline(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @Body() body: DeclineReferralDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.referralActions.run({ who, referralId: id, ctx, idempotencyKey: key }, 'referral.decline', declineReferralUpdate, { reason: body.reason });
  }

  @Action('referrals/:referralId/start', 'The provider reports that the service has started', 'referral.start', 200, answer(ReferralStateDto))
  start(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @Body() _body: EmptyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.referralActions.run({ who, referralId: id, ctx, idempotencyKey: key }, 'referral.start', startServiceUpdate, {});
  }

  @Action('referrals/:referralId/complete', 'The provider reports the service delivered', 'referral.complete', 200, answer(ReferralStateDto))
  complete(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @Body() body: CompleteReferralDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.referralActions.run({ who, referralId: id, ctx, idempotencyKey: key }, 'referral.complete', completeReferralUpdate, body);
  }
}

