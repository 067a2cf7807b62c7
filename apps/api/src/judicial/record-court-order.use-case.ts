// A court order redirects the child to social protection measures: each
// ordered referral must name an organisation of the case's province offering
// the measure's service (libs/domain/court.ts); referral ids are stable, so the
// same order recorded twice opens the same referrals. A measure without its
// provider opens a step in the pathway for the coordinator to choose one.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { measureService, type CourtMeasure } from '../../../../libs/domain/court';
import { recordCourtOrderUpdate, type CourtOrderInput, type OrderedReferral } from '../../../../workflows/case.messages';
import { UnprocessableError } from '../common/errors';
import { stableUuid } from '../common/stable-id';
import { CaseAccess } from '../cases/case-access';
import { DB } from '../infra/tokens';
import { CaseActions, type ActionRequest } from '../pathway/case-actions';

/** The order as the court gives it: each referral names its measure (`service`, in older clients); ids are given here. */
export type CourtOrder = Omit<CourtOrderInput, 'actor' | 'referrals'> & { referrals?: { organisationId: string; measure?: CourtMeasure; service?: CourtMeasure }[] };

@Injectable()
export class RecordCourtOrderUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly cases: CaseAccess,
    private readonly actions: CaseActions,
  ) {}

  async execute(req: ActionRequest, body: CourtOrder) {
    const { caseId } = req;
    const c = await this.cases.load(req.who, caseId, 'judicial.court-order');
    const referrals: OrderedReferral[] = [];
    for (const [i, r] of (body.referrals ?? []).entries()) {
      const measure = (r.measure ?? r.service) as CourtMeasure;
      const service = measureService(measure);
      const org = await this.db.organisation.findUnique({ where: { id: r.organisationId } });
      if (!org || org.provinceCode !== c.provinceCode || !org.services.includes(service)) {
        throw new UnprocessableError('an ordered referral names no suitable organisation', [{ field: `referrals.${i}.organisationId`, message: `${r.organisationId} does not offer ${service} in ${c.provinceCode}` }]);
      }
      // Stable ids: the same order recorded twice opens the same referrals.
      referrals.push({ referralId: stableUuid(`${caseId}:${body.orderId}:${i}`), organisationId: r.organisationId, service, measure });
    }
    return this.actions.run(req, 'judicial.court-order', recordCourtOrderUpdate, { ...body, referrals });
  }
}
