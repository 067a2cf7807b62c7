// Providers see only referrals addressed to their organisation, and only what
// they need to act: no name, no report text.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { assertProvince, type Identity } from '../auth/identity';
import { ForbiddenError, NotFoundError } from '../common/errors';
import { DB } from '../infra/tokens';

@Injectable()
export class ReferralAccess {
  constructor(@Inject(DB) private readonly db: Db) {}

  async load(who: Identity, referralId: string) {
    const row = await this.db.referral.findUnique({ where: { id: referralId }, include: { case: { include: { child: true } }, organisation: true } });
    if (!row) throw new NotFoundError(`no referral ${referralId}`);
    if (who.role === 'PROVIDER') {
      if (who.organisationId !== row.organisationId) throw new ForbiddenError('this referral is addressed to another organisation');
    } else {
      assertProvince(who, row.case.provinceCode);
    }
    return row;
  }

  /** What a provider sees of a referral and its child. */
  view(row: Awaited<ReturnType<ReferralAccess['load']>>) {
    const c = row.case.child;
    const age = c.dateOfBirth ? Math.floor((Date.now() - c.dateOfBirth.getTime()) / (365.25 * 86_400_000)) : null;
    return {
      id: row.id,
      caseReference: row.case.reference,
      provinceCode: row.case.provinceCode,
      category: row.case.category,
      riskLevel: row.case.riskLevel,
      organisationId: row.organisationId,
      organisation: row.organisation.nameFr,
      service: row.service,
      status: row.status,
      basis: row.basis,
      declineReason: row.declineReason,
      createdAt: row.createdAt.toISOString(),
      acceptDueAt: row.acceptDueAt?.toISOString() ?? null,
      acceptedAt: row.acceptedAt?.toISOString() ?? null,
      startedAt: row.startedAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
      child: { initials: [c.firstName, c.lastName].map((n) => (n ? `${n[0].toUpperCase()}.` : '')).join('') || null, sex: c.sex, age, ageEstimated: c.dobEstimated },
    };
  }
}
