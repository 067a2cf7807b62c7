// Judicial protection: the report to the prosecutor, the redirection of a
// social case to judicial protection, and court orders that redirect the child
// to social protection measures, with the progress reports owed to the court.
import { Body, Controller, Headers, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Db } from '../../../../libs/db/prisma';
import { COURT_MEASURES } from '../../../../libs/domain/pathway';
import {
  closeCourtOrderUpdate,
  recordCourtOrderUpdate,
  redirectToJudicialUpdate,
  reportToProsecutorUpdate,
  submitCourtReportUpdate,
} from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Action, CASE_WORKERS } from '../common/action.decorator';
import { UnprocessableError } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { stableUuid } from '../common/stable-id';
import { CaseAccess } from '../cases/case-access';
import type { AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { CaseActions } from '../pathway/case-actions';

const text = (max: number) => z.string().trim().min(1).max(max);
const orderId = z.string().regex(/^[\w./-]{1,100}$/, 'the court’s order number');
class ProsecutorReportDto extends createZodDto(z.object({ reference: text(100).optional() }).strict()) {}
class RedirectDto extends createZodDto(z.object({ reason: text(2000) }).strict()) {}
class CourtOrderDto extends createZodDto(
  z
    .object({
      orderId,
      measures: z.array(z.enum(COURT_MEASURES)).min(1).max(10),
      referrals: z.array(z.object({ organisationId: z.string().regex(/^[\w.:-]{1,100}$/), service: z.enum(COURT_MEASURES) }).strict()).max(10).optional(),
      coversInformationSharing: z.boolean().optional(),
    })
    .strict(),
) {}
class CourtReportDto extends createZodDto(z.object({ summary: text(10_000) }).strict()) {}
class EmptyDto extends createZodDto(z.object({}).strict()) {}

@ApiTags('judicial')
@Controller('api/v1/cases/:id')
export class JudicialController {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly actions: CaseActions,
    private readonly cases: CaseAccess,
  ) {}

  @Action('prosecutor-report', 'The report to the prosecutor has been made', CASE_WORKERS)
  prosecutorReport(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ProsecutorReportDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.prosecutor-report', reportToProsecutorUpdate, body);
  }

  @Action('judicial-redirection', 'A social case needs judicial protection (redirection social → judicial)', CASE_WORKERS)
  redirect(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: RedirectDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.redirect', redirectToJudicialUpdate, body);
  }

  @Action('court-orders', 'A court order redirects the child to social protection measures and opens the ordered referrals', ['JUDICIAL_LIAISON'], 201)
  async courtOrder(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CourtOrderDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    const c = await this.cases.load(who, caseId);
    const referrals = [];
    for (const [i, r] of (body.referrals ?? []).entries()) {
      const org = await this.db.organisation.findUnique({ where: { id: r.organisationId } });
      if (!org || org.provinceCode !== c.provinceCode || !org.services.includes(r.service)) {
        throw new UnprocessableError('an ordered referral names no suitable organisation', [{ field: `referrals.${i}.organisationId`, message: `${r.organisationId} does not offer ${r.service} in ${c.provinceCode}` }]);
      }
      // Stable ids: the same order recorded twice opens the same referrals.
      referrals.push({ ...r, referralId: stableUuid(`${caseId}:${body.orderId}:${i}`) });
    }
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.court-order', recordCourtOrderUpdate, { ...body, referrals });
  }

  @Action('court-orders/:orderId/reports', 'The progress report owed to the court has been sent', CASE_WORKERS)
  courtReport(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('orderId') orderId: string, @Body() body: CourtReportDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.court-report', submitCourtReportUpdate, { ...body, orderId });
  }

  @Action('court-orders/:orderId/close', 'The judge closes the order: no more progress reports', ['JUDICIAL_LIAISON'])
  closeOrder(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('orderId') orderId: string, @Body() _body: EmptyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.close-order', closeCourtOrderUpdate, { orderId });
  }
}

