// Loading a case for an actor and an action: 404 when unknown, 403 when the
// permission table refuses the actor on this case (its province), and the
// child's identifying fields only where the table's disclosure rule allows.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { discloses, type Action } from '../../../../libs/domain/permissions';
import { permit, type Identity } from '../auth/identity';
import { NotFoundError } from '../common/errors';
import { DB } from '../infra/tokens';

@Injectable()
export class CaseAccess {
  constructor(@Inject(DB) private readonly db: Db) {}

  async load(who: Identity, caseId: string, action: Action) {
    const row = await this.db.case.findUnique({ where: { id: caseId }, include: { child: true } });
    if (!row) throw new NotFoundError(`no case ${caseId}`);
    permit(action, who, { provinceCode: row.provinceCode });
    return row;
  }

  childView(who: Identity, child: { firstName: string | null; lastName: string | null; sex: string | null; dateOfBirth: Date | null; dobEstimated: boolean; adultAt: Date | null }) {
    const initials = [child.firstName, child.lastName].map((n) => (n ? `${n[0].toUpperCase()}.` : '')).join('') || null;
    const base = { initials, sex: child.sex, dobEstimated: child.dobEstimated, adultAt: child.adultAt?.toISOString() ?? null };
    if (!discloses('child.identity', who.role)) return base;
    return { ...base, firstName: child.firstName, lastName: child.lastName, dateOfBirth: child.dateOfBirth?.toISOString().slice(0, 10) ?? null };
  }
}
