// Loading a referral for an actor and an action, by the permission table: a
// provider acts on referrals addressed to its organisation, the case's team
// within the case's province, national roles everywhere. Providers see only
// what they need to act: no name, no report text.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { initialsOf } from '../../../../libs/domain/initials';
import { FINAL_REFERRAL_STATUSES, type ReferralStatus } from '../../../../libs/domain/pathway';
import { scopeOf, type Action } from '../../../../libs/domain/permissions';
import { permit, type Identity } from '../auth/identity';
import { ConflictError, NotFoundError } from '../common/errors';
import { DB } from '../infra/tokens';
import type { ReferralView } from './schemas';

@Injectable()
export class ReferralAccess {
  constructor(@Inject(DB) private readonly db: Db) {}

  /**
   * 404 when unknown, 403 when the table refuses the actor on it, and, for an
   * action on the referral's pathway, 409 when the referral is settled (its
   * workflow has ended: declined, expired, completed or cancelled).
   */
  async load(who: Identity, referralId: string, action: Action) {
    const row = await this.db.referral.findUnique({ where: { id: referralId }, include: { case: { include: { child: true } }, organisation: true } });
    if (!row) throw new NotFoundError(`no referral ${referralId}`);
    permit(action, who, { provinceCode: row.case.provinceCode, organisationId: row.organisationId });
    if (action !== 'referral.read' && FINAL_REFERRAL_STATUSES.includes(row.status as ReferralStatus)) {
      const why = row.status === 'DECLINED' && row.declineReason ? `: ${row.declineReason}` : '';
      throw new ConflictError('referral_status', `referral ${referralId} was ${row.status.toLowerCase()}${why}`);
    }
    return row;
  }

  /** The referrals an actor may list, by the table's scope for 'referral.list'. */
  listFilter(who: Identity) {
    permit('referral.list', who);
    const scope = scopeOf('referral.list', who.role);
    if (scope === 'ORGANISATION') return { organisationId: who.organisationId! };
    if (scope === 'PROVINCE') return { case: { provinceCode: who.provinceCode! } };
    return {};
  }

  /** What a provider sees of a referral and its child. */
  view(row: Awaited<ReturnType<ReferralAccess['load']>>): ReferralView {
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
      status: row.status as ReferralStatus,
      basis: row.basis,
      declineReason: row.declineReason,
      createdAt: row.createdAt.toISOString(),
      acceptDueAt: row.acceptDueAt?.toISOString() ?? null,
      acceptedAt: row.acceptedAt?.toISOString() ?? null,
      startedAt: row.startedAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
      child: { initials: initialsOf(c.firstName, c.lastName, ''), sex: c.sex, age, ageEstimated: c.dobEstimated },
    };
  }
}
