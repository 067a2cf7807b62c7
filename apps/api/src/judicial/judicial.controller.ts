// Judicial protection: the report to the prosecutor, the redirection of a
// social case to judicial protection, and court orders that redirect the child
// to social protection measures, with the progress reports owed to the court.
import { Body, Controller, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { COURT_MEASURES } from '../../../../libs/domain/pathway';
import {
  closeCourtOrderUpdate,
  redirectToJudicialUpdate,
  reportToProsecutorUpdate,
  submitCourtReportUpdate,
} from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CaseActions } from '../pathway/case-actions';
import { RecordCourtOrderUseCase } from './record-court-order.use-case';

const text = (max: number) => z.string().trim().min(1).max(max);
const orderId = z.string().regex(/^[\w./-]{1,100}$/, 'the court’s order number');
class ProsecutorReportDto extends createZodDto(z.object({ reference: text(100).optional() }).strict().meta({ examples: [{ reference: 'PR-TNG-2026-0042' }] })) {}
class RedirectDto extends createZodDto(z.object({ reason: text(2000) }).strict().meta({ examples: [{ reason: 'Violences répétées: la protection judiciaire est nécessaire' }] })) {}
class CourtOrderDto extends createZodDto(
  z
    .object({
      orderId,
      measures: z.array(z.enum(COURT_MEASURES)).min(1).max(10),
      referrals: z.array(z.object({ organisationId: z.string().regex(/^[\w.:-]{1,100}$/), service: z.enum(COURT_MEASURES) }).strict()).max(10).optional(),
      coversInformationSharing: z.boolean().optional(),
    })
    .strict()
    .meta({ examples: [{ orderId: 'TPI-TNG-2026-15', measures: ['FAMILY_SUPPORT'], referrals: [{ organisationId: 'org-tanger-upe', service: 'FAMILY_SUPPORT' }], coversInformationSharing: true }] }),
) {}
class CourtReportDto extends createZodDto(z.object({ summary: text(10_000) }).strict().meta({ examples: [{ summary: 'Suivi familial en cours; scolarité reprise' }] })) {}
class EmptyDto extends createZodDto(z.object({}).strict().meta({ examples: [{}] })) {}

@ApiTags('judicial')
@Controller('api/v1/cases/:id')
export class JudicialController {
  constructor(
    private readonly actions: CaseActions,
    private readonly recordCourtOrder: RecordCourtOrderUseCase,
  ) {}

  @Action('prosecutor-report', 'The report to the prosecutor has been made', 'judicial.prosecutor-report')
  prosecutorReport(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ProsecutorReportDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.prosecutor-report', reportToProsecutorUpdate, body);
  }

  @Action('judicial-redirection', 'A social case needs judicial protection (redirection social → judicial)', 'judicial.redirect')
  redirect(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: RedirectDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.redirect', redirectToJudicialUpdate, body);
  }

  @Action('court-orders', 'A court order redirects the child to social protection measures and opens the ordered referrals', 'judicial.court-order', 201)
  courtOrder(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CourtOrderDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.recordCourtOrder.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Action('court-orders/:orderId/reports', 'The progress report owed to the court has been sent', 'judicial.court-report')
  courtReport(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('orderId') orderId: string, @Body() body: CourtReportDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.court-report', submitCourtReportUpdate, { ...body, orderId });
  }

  @Action('court-orders/:orderId/close', 'The judge closes the order: no more progress reports', 'judicial.close-order')
  closeOrder(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('orderId') orderId: string, @Body() _body: EmptyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.close-order', closeCourtOrderUpdate, { orderId });
  }
}

