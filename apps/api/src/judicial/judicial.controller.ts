// Judicial protection: the report to the prosecutor, the redirection of a
// social case to judicial protection, and court orders that redirect the child
// to social protection measures, with the progress reports owed to the court.
import { Body, Controller, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { COURT_DECISIONS, COURT_MEASURES, COURT_REPORT_LANGUAGES, PROSECUTOR_GROUNDS, PROSECUTOR_URGENCIES } from '../../../../libs/domain/court';
import { isDuration } from '../../../../libs/domain/duration';
import { SERVICES } from '../../../../libs/domain/taxonomy';
import { approveUpdate, closeCourtOrderUpdate, recordCourtDecisionUpdate, rejectUpdate, reportToProsecutorUpdate } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { UnprocessableError } from '../common/errors';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import { EmptyDto } from '../common/schemas';
import type { AuditContext } from '../infra/audit-log';
import { CaseActions } from '../pathway/case-actions';
import { CourtExchangeUseCase } from './court-exchange.use-case';
import { RecordCourtOrderUseCase } from './record-court-order.use-case';

const text = (max: number) => z.string().trim().min(1).max(max);
const orderId = z.string().regex(/^[\w./-]{1,100}$/, 'the court’s order number');
class ProsecutorReportDto extends createZodDto(z.object({ reference: text(100).optional() }).strict().meta({ examples: [{ reference: 'PR-TNG-2026-0042' }] })) {}
const duration = z.string().max(40).refine(isDuration, 'an ISO 8601 duration, e.g. P3M or P90D');
const prosecutorSummary = z
  .object({
    grounds: z.array(z.enum(PROSECUTOR_GROUNDS)).min(1).max(PROSECUTOR_GROUNDS.length),
    // in general terms: kept in the case's record, never in the pathway
    facts: text(5000).optional(),
    measuresTaken: z.array(z.enum(SERVICES)).max(SERVICES.length).optional(),
    urgency: z.enum(PROSECUTOR_URGENCIES),
  })
  .strict();
class RedirectDto extends createZodDto(
  z
    .object({ reason: text(2000), summary: prosecutorSummary.optional() })
    .strict()
    .meta({
      examples: [
        {
          reason: 'Violences répétées: la protection judiciaire est nécessaire',
          summary: { grounds: ['PHYSICAL_VIOLENCE'], facts: 'Traces de coups constatées à l’école', measuresTaken: ['HEALTH', 'PSYCHOLOGICAL'], urgency: 'PRIORITY' },
        },
      ],
    }),
) {}
const organisationId = z.string().regex(/^[\w.:-]{1,100}$/);
class CourtOrderDto extends createZodDto(
  z
    .object({
      orderId,
      measures: z
        .array(z.enum(COURT_MEASURES))
        .min(1)
        .max(COURT_MEASURES.length)
        .refine((ms) => new Set(ms).size === ms.length, 'each measure once'),
      // each referral names its measure (`service`: the older name of the same field)
      referrals: z
        .array(z.object({ organisationId, measure: z.enum(COURT_MEASURES).optional(), service: z.enum(COURT_MEASURES).optional() }).strict().refine((r) => !!(r.measure ?? r.service), 'a referral names its measure'))
        .max(10)
        .optional(),
      coversInformationSharing: z.boolean().optional(),
      // the interval the judge set for the court reports
      reportEvery: duration.optional(),
    })
    .strict()
    .meta({ examples: [{ orderId: 'TPI-TNG-2026-15', measures: ['FAMILY_SUPPORT', 'SUPERVISED_FREEDOM'], referrals: [{ organisationId: 'org-tanger-upe', measure: 'FAMILY_SUPPORT' }], coversInformationSharing: true, reportEvery: 'P60D' }] }),
) {}
class CourtReportDto extends createZodDto(
  z
    .object({ language: z.enum(COURT_REPORT_LANGUAGES).optional(), summary: text(10_000), situation: text(10_000).optional(), progress: text(10_000).optional(), recommendation: text(5000).optional() })
    .strict()
    .meta({ examples: [{ language: 'fr', summary: 'Suivi familial en cours; scolarité reprise', progress: 'Séances d’accompagnement familial tous les quinze jours', recommendation: 'Maintenir la mesure' }] }),
) {}
class MeasureProviderDto extends createZodDto(z.object({ organisationId }).strict().meta({ examples: [{ organisationId: 'org-tanger-upe' }] })) {}
class CourtDecisionDto extends createZodDto(
  z
    .object({ report: z.number().int().min(1).max(1000).optional(), decision: z.enum(COURT_DECISIONS), reportEvery: duration.optional(), note: text(5000).optional() })
    .strict()
    .meta({ examples: [{ report: 1, decision: 'MAINTAIN', reportEvery: 'P60D', note: 'Audience du 12 mars' }] }),
) {}
class RejectReportDto extends createZodDto(z.object({ reason: text(2000) }).strict().meta({ examples: [{ reason: 'Préciser la situation scolaire' }] })) {}
const measure = z.enum(COURT_MEASURES);

@ApiTags('judicial')
@Controller('api/v1/cases/:id')
export class JudicialController {
  constructor(
    private readonly actions: CaseActions,
    private readonly recordCourtOrder: RecordCourtOrderUseCase,
    private readonly court: CourtExchangeUseCase,
  ) {}

  @Action('prosecutor-report', 'The report to the prosecutor has been made', 'judicial.prosecutor-report')
  prosecutorReport(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ProsecutorReportDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.prosecutor-report', reportToProsecutorUpdate, body);
  }

  @Action('judicial-redirection', 'A social case needs judicial protection (redirection social → judicial)', 'judicial.redirect')
  redirect(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: RedirectDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.court.redirect({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Action('court-orders', 'A court order redirects the child to social protection measures and opens the ordered referrals', 'judicial.court-order', 201)
  courtOrder(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CourtOrderDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.recordCourtOrder.execute({ who, caseId, ctx, idempotencyKey: key }, body);
  }

  @Action('court-orders/:orderId/measures/:measure/provider', 'The provider of a measure the court ordered without one: opens its referral', 'judicial.measure-provider')
  measureProvider(
    @CurrentIdentity() who: Identity,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('orderId') orderId: string,
    @Param('measure') measureCode: string,
    @Body() body: MeasureProviderDto,
    @RequestContext() ctx: AuditContext,
    @Headers('idempotency-key') key?: string,
  ) {
    const m = measure.safeParse(measureCode);
    if (!m.success) throw new UnprocessableError('unknown measure', [{ field: 'measure', message: `one of ${COURT_MEASURES.join(', ')}` }]);
    return this.court.chooseProvider({ who, caseId, ctx, idempotencyKey: key }, orderId, m.data, body.organisationId);
  }

  @Action('court-orders/:orderId/reports', 'The progress report owed to the court is written: the head of centre approves it, then Masar sends it to the court liaison as a PDF', 'judicial.court-report')
  courtReport(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('orderId') orderId: string, @Body() body: CourtReportDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.court.submitReport({ who, caseId, ctx, idempotencyKey: key }, orderId, body);
  }

  @Action('court-reports/approve', 'The head of centre approves the written court report: it is printed and emailed to the court liaison', 'case.approve')
  approveReport(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() _body: EmptyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.approve', approveUpdate, { subject: 'COURT_REPORT' });
  }

  @Action('court-reports/reject', 'The head of centre sends the court report back to be rewritten', 'case.reject')
  rejectReport(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: RejectReportDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.reject', rejectUpdate, { subject: 'COURT_REPORT', reason: body.reason });
  }

  @Action('court-orders/:orderId/decisions', 'The judge’s decision on a court report (measures maintained, modified or ended; a new interval)', 'judicial.court-decision')
  courtDecision(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('orderId') orderId: string, @Body() body: CourtDecisionDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.court-decision', recordCourtDecisionUpdate, { ...body, orderId });
  }

  @Action('court-orders/:orderId/close', 'The judge closes the order: no more progress reports', 'judicial.close-order')
  closeOrder(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Param('orderId') orderId: string, @Body() _body: EmptyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'judicial.close-order', closeCourtOrderUpdate, { orderId });
  }
}

