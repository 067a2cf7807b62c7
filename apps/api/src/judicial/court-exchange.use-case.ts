// The court exchange's actions that write more than the pathway sees: a
// measure's provider (checked in the directory), the court report (its text
// goes to the case's record only, as a new version when it is rewritten after
// a rejection: the pathway gets the order, the language and nothing else), and
// a redirection to the prosecutor (the summary's facts stay in the record).
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { measureService, type CourtMeasure, type ProsecutorSummary } from '../../../../libs/domain/court';
import {
  chooseMeasureProviderUpdate,
  redirectToJudicialUpdate,
  submitCourtReportUpdate,
  type CaseState,
} from '../../../../workflows/case.messages';
import { UnprocessableError } from '../common/errors';
import { stableUuid } from '../common/stable-id';
import { CaseAccess } from '../cases/case-access';
import { DB } from '../infra/tokens';
import { actionUpdateId, CaseActions, type ActionRequest } from '../pathway/case-actions';
import { RecordStore } from '../record/record-store';

export interface CourtReportBody {
  language?: 'ar' | 'fr';
  summary: string;
  situation?: string;
  progress?: string;
  recommendation?: string;
}

export interface RedirectionBody {
  reason: string;
  summary?: Omit<ProsecutorSummary, 'measuresTaken'> & { measuresTaken?: ProsecutorSummary['measuresTaken']; facts?: string };
}

@Injectable()
export class CourtExchangeUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly cases: CaseAccess,
    private readonly actions: CaseActions,
    private readonly record: RecordStore,
  ) {}

  /** The coordinator names the provider of a measure the court ordered without one. */
  async chooseProvider(req: ActionRequest, orderId: string, measure: CourtMeasure, organisationId: string): Promise<CaseState> {
    const c = await this.cases.load(req.who, req.caseId, 'judicial.measure-provider');
    const service = measureService(measure);
    const org = await this.db.organisation.findUnique({ where: { id: organisationId } });
    if (!org || !org.active || org.provinceCode !== c.provinceCode || !org.services.includes(service)) {
      throw new UnprocessableError('no suitable provider', [{ field: 'organisationId', message: `${organisationId} does not offer ${service} in ${c.provinceCode}` }]);
    }
    // One referral per measure of an order: a retry names the same one (and is refused as a duplicate).
    const referralId = stableUuid(`${req.caseId}:${orderId}:${measure}`);
    return this.actions.run(req, 'judicial.measure-provider', chooseMeasureProviderUpdate, { orderId, measure, referralId, organisationId });
  }

  /** The report is written: the head of centre approves it before it is printed and sent. */
  async submitReport(req: ActionRequest, orderId: string, body: CourtReportBody): Promise<CaseState> {
    const c = await this.cases.load(req.who, req.caseId, 'judicial.court-report');
    const language = body.language ?? 'ar';
    const state = await this.actions.run(req, 'judicial.court-report', submitCourtReportUpdate, { orderId, language });
    const report = state.courtOrders.find((o) => o.orderId === orderId)?.pendingReport?.n;
    // The same report rewritten after a rejection is the next version of its entry.
    const earlier = (await this.db.recordEntry.findMany({ where: { caseId: c.id, kind: 'COURT_REPORT' }, orderBy: { version: 'desc' } })).find((e) => {
      const b = e.body as { orderId?: string; report?: number };
      return b.orderId === orderId && b.report === report;
    });
    const later = earlier ? await this.db.recordEntry.findUnique({ where: { supersedesId: earlier.id } }) : null;
    await this.record.write({
      kind: 'COURT_REPORT',
      caseId: c.id,
      who: req.who,
      body: { orderId, ...(report ? { report } : {}), language, ...body },
      supersedesLast: false,
      ...(earlier && !later ? { supersedesId: earlier.id } : {}),
      key: this.key(c.workflowId, req, 'judicial.court-report'),
    });
    return state;
  }

  /** A social case goes to the prosecutor with its summary: codes to the pathway, facts to the record. */
  async redirect(req: ActionRequest, body: RedirectionBody): Promise<CaseState> {
    const c = await this.cases.load(req.who, req.caseId, 'judicial.redirect');
    const s = body.summary;
    const summary = s ? { grounds: s.grounds, measuresTaken: s.measuresTaken ?? [], urgency: s.urgency } : undefined;
    const state = await this.actions.run(req, 'judicial.redirect', redirectToJudicialUpdate, { reason: body.reason, ...(summary ? { summary } : {}) });
    await this.record.write({ kind: 'JUDICIAL_REDIRECTION', caseId: c.id, who: req.who, body: { ...body }, supersedesLast: false, key: this.key(c.workflowId, req, 'judicial.redirect') });
    return state;
  }

  private key(workflowId: string, req: ActionRequest, action: 'judicial.court-report' | 'judicial.redirect'): string | null {
    return req.idempotencyKey ? `${workflowId}/${actionUpdateId(action, req.who, req.idempotencyKey)}` : null;
  }
}
