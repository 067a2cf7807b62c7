// Referrals: the coordinator orients the child to a provider of the directory
// (a referral workflow starts); the provider accepts or declines, starts the
// service and reports it delivered.
import { Body, Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../../libs/db/prisma';
import { referralWorkflowId } from '../../../../libs/domain/ids';
import { createReferralUpdate } from '../../../../workflows/case.messages';
import { acceptReferralUpdate, completeReferralUpdate, declineReferralUpdate, startServiceUpdate } from '../../../../workflows/referral.workflow';
import type { Identity } from '../auth/identity';
import { isNational } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { Action, CASE_WORKERS } from '../common/action.decorator';
import { UnprocessableError } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { stableUuid } from '../common/stable-id';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { actorOf, CaseActions } from '../pathway/case-actions';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { ReferralAccess } from './referral-access';
import { CompleteReferralDto, CreateReferralDto, DeclineReferralDto, EmptyDto, ReferralListQueryDto } from './schemas';

@ApiTags('referrals')
@Controller('api/v1')
export class ReferralsController {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly actions: CaseActions,
    private readonly cases: CaseAccess,
    private readonly access: ReferralAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
  ) {}

  @Action('cases/:id/referrals', 'Refer the child to a provider of the directory (needs consent or a court order when information is shared)', CASE_WORKERS, 201)
  async create(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CreateReferralDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    const c = await this.cases.load(who, caseId);
    const org = await this.db.organisation.findUnique({ where: { id: body.organisationId } });
    if (!org || !org.active) throw new UnprocessableError('unknown organisation', [{ field: 'organisationId', message: `not in the directory: ${body.organisationId}` }]);
    if (org.provinceCode !== c.provinceCode) throw new UnprocessableError('the organisation is in another province', [{ field: 'organisationId', message: `is in ${org.provinceCode}, the case in ${c.provinceCode}` }]);
    if (!org.services.includes(body.service)) throw new UnprocessableError('the organisation does not offer this service', [{ field: 'service', message: `${org.id} offers ${org.services.join(', ') || 'no service'}` }]);
    // A retried request (same key) names the same referral.
    const referralId = key ? stableUuid(`${caseId}:${key}`) : randomUUID();
    const state = await this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'referral.create', createReferralUpdate, { ...body, referralId });
    return { referralId, workflowId: referralWorkflowId(referralId), case: state };
  }

  @Get('referrals')
  @Roles('PROVIDER', ...CASE_WORKERS, 'SUPERVISOR', 'AUDITOR')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Referrals: a provider sees those addressed to its organisation; a coordinator those of its province' })
  async list(@CurrentIdentity() who: Identity, @Query() q: ReferralListQueryDto, @RequestContext() ctx: AuditContext) {
    const where = {
      status: q.status,
      caseId: q.caseId,
      ...(who.role === 'PROVIDER' ? { organisationId: who.organisationId ?? '-' } : isNational(who) ? {} : { case: { provinceCode: who.provinceCode! } }),
    };
    const rows = await this.db.referral.findMany({ where, include: { case: { include: { child: true } }, organisation: true }, orderBy: { createdAt: 'desc' }, take: q.limit });
    await this.audit.append(who, 'referral.list', ctx, { caseId: q.caseId });
    return { items: rows.map((r) => this.access.view(r)) };
  }

  @Get('referrals/:referralId')
  @Roles('PROVIDER', ...CASE_WORKERS, 'SUPERVISOR', 'AUDITOR')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'One referral, as its provider needs it' })
  async get(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @RequestContext() ctx: AuditContext) {
    const row = await this.access.load(who, id);
    await this.audit.append(who, 'referral.read', ctx, { caseId: row.caseId, resource: `referral/${id}` });
    return this.access.view(row);
  }

  @Action('referrals/:referralId/accept', 'The provider accepts the referral', ['PROVIDER'])
  accept(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @Body() _body: EmptyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.providerAction(who, id, ctx, 'referral.accept', key, (wf, updateId) => this.pathways.update(wf, acceptReferralUpdate, [{ actor: actorOf(who) }], { updateId }));
  }

  @Action('referrals/:referralId/decline', 'The provider declines, with a reason; the coordinator re-orients', ['PROVIDER'])
  decline(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @Body() body: DeclineReferralDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.providerAction(who, id, ctx, 'referral.decline', key, (wf, updateId) => this.pathways.update(wf, declineReferralUpdate, [{ actor: actorOf(who), reason: body.reason }], { updateId }));
  }

  @Action('referrals/:referralId/start', 'The provider reports that the service has started', ['PROVIDER'])
  start(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @Body() _body: EmptyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.providerAction(who, id, ctx, 'referral.start', key, (wf, updateId) => this.pathways.update(wf, startServiceUpdate, [{ actor: actorOf(who) }], { updateId }));
  }

  @Action('referrals/:referralId/complete', 'The provider reports the service delivered', ['PROVIDER'])
  complete(@CurrentIdentity() who: Identity, @Param('referralId', ParseUUIDPipe) id: string, @Body() body: CompleteReferralDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.providerAction(who, id, ctx, 'referral.complete', key, (wf, updateId) => this.pathways.update(wf, completeReferralUpdate, [{ actor: actorOf(who), ...body }], { updateId }));
  }

  private async providerAction<T>(who: Identity, id: string, ctx: AuditContext, action: string, key: string | undefined, fn: (workflowId: string, updateId?: string) => Promise<T>) {
    const row = await this.access.load(who, id);
    const state = await fn(referralWorkflowId(id), key ? `${action}:${key}` : undefined);
    await this.audit.append(who, action, ctx, { caseId: row.caseId, resource: `referral/${id}` });
    return state;
  }
}

