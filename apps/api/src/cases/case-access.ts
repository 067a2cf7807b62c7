// Loading a case for an actor: 404 when unknown, 403 outside the actor's
// province, and the child's identifying fields only for roles that need them.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import type { Role } from '../../../../libs/domain/taxonomy';
import { assertProvince, type Identity } from '../auth/identity';
import { NotFoundError } from '../common/errors';
import { DB } from '../infra/tokens';

/** Roles that read a case's file (each within its province, national roles everywhere). */
export const CASE_READERS = ['COORDINATOR', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'JUDICIAL_LIAISON', 'SUPERVISOR', 'AUDITOR', 'ADMIN'] as const satisfies readonly Role[];

/** Roles that see the child's name and date of birth. */
export const IDENTIFYING_ROLES: readonly Role[] = ['COORDINATOR', 'HEAD_OF_CENTRE', 'JUDICIAL_LIAISON', 'SUPERVISOR', 'ADMIN'];

@Injectable()
export class CaseAccess {
  constructor(@Inject(DB) private readonly db: Db) {}

  async load(who: Identity, caseId: string) {
    const row = await this.db.case.findUnique({ where: { id: caseId }, include: { child: true } });
    if (!row) throw new NotFoundError(`no case ${caseId}`);
    assertProvince(who, row.provinceCode);
    return row;
  }

  childView(who: Identity, child: { firstName: string | null; lastName: string | null; sex: string | null; dateOfBirth: Date | null; dobEstimated: boolean; adultAt: Date | null }) {
    const initials = [child.firstName, child.lastName].map((n) => (n ? `${n[0].toUpperCase()}.` : '')).join('') || null;
    const base = { initials, sex: child.sex, dobEstimated: child.dobEstimated, adultAt: child.adultAt?.toISOString() ?? null };
    if (!IDENTIFYING_ROLES.includes(who.role)) return base;
    return { ...base, firstName: child.firstName, lastName: child.lastName, dateOfBirth: child.dateOfBirth?.toISOString().slice(0, 10) ?? null };
  }
}
