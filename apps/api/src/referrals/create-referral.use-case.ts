// Referring a child to a provider of the directory: the organisation must be
// active, in the case's province and offer the service; the pathway then
// starts the referral's workflow (its validator checks consent or a court order).
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../../libs/db/prisma';
import { referralWorkflowId } from '../../../../libs/domain/ids';
import { createReferralUpdate } from '../../../../workflows/case.messages';
import { UnprocessableError } from '../common/errors';
import { stableUuid } from '../common/stable-id';
import { CaseAccess } from '../cases/case-access';
import { DB } from '../infra/tokens';
import { CaseActions, type ActionRequest } from '../pathway/case-actions';
import type { CreateReferralDto, ReferralCreated } from './schemas';

@Injectable()
export class CreateReferralUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly cases: CaseAccess,
    private readonly actions: CaseActions,
  ) {}

  async execute(req: ActionRequest, body: CreateReferralDto): Promise<ReferralCreated> {
    const { caseId, idempotencyKey: key } = req;
    const c = await this.cases.load(req.who, caseId, 'referral.create');
    const org = await this.db.organisation.findUnique({ where: { id: body.organisationId } });
    if (!org || !org.active) throw new UnprocessableError('unknown organisation', [{ field: 'organisationId', message: `not in the directory: ${body.organisationId}` }]);
    if (org.provinceCode !== c.provinceCode) throw new UnprocessableError('the organisation is in another province', [{ field: 'organisationId', message: `is in ${org.provinceCode}, the case in ${c.provinceCode}` }]);
    if (!org.services.includes(body.service)) throw new UnprocessableError('the organisation does not offer this service', [{ field: 'service', message: `${org.id} offers ${org.services.join(', ') || 'no service'}` }]);
    // A retried request (same key) names the same referral.
    const referralId = key ? stableUuid(`${caseId}:${key}`) : randomUUID();
    const state = await this.actions.run(req, 'referral.create', createReferralUpdate, { ...body, referralId });
    return { referralId, workflowId: referralWorkflowId(referralId), case: state };
  }
}
