// Loading a case for an actor and an action: 404 when unknown, 403 when the
// permission table refuses the actor on this case (its province), and the
// child's identifying fields only where the table's disclosure rule allows.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { initialsOf } from '../../../../libs/domain/initials';
import { discloses, refusal, type Action } from '../../../../libs/domain/permissions';
import type { Role } from '../../../../libs/domain/taxonomy';
import { permit, type Identity } from '../auth/identity';
import { NotFoundError, UnprocessableError } from '../common/errors';
import { DB } from '../infra/tokens';
import type { ChildView } from './schemas';

@Injectable()
export class CaseAccess {
  constructor(@Inject(DB) private readonly db: Db) {}

  async load(who: Identity, caseId: string, action: Action) {
    return admitted(who, caseId, action, await this.db.case.findUnique({ where: { id: caseId }, include: { child: true } }));
  }

  /**
   * The same gate, for a use that needs the case but not its child: one query
   * (an include is a second one), and no child's data read for nothing. Every
   * action on a pathway goes through here.
   */
  async gate(who: Identity, caseId: string, action: Action) {
    // through the pool, not Prisma's query compiler (libs/db/prisma.ts)
    const { rows } = await this.db.pg.query<{ id: string; reference: string; provinceCode: string; workflowId: string }>(
      'SELECT "id", "reference", "provinceCode", "workflowId" FROM "Case" WHERE "id" = $1',
      [caseId],
    );
    return admitted(who, caseId, action, rows[0] ?? null);
  }

  /** The duplicates merged into a case (Case.mergedIntoId). */
  mergedInto(caseId: string) {
    return this.db.case.findMany({ where: { mergedIntoId: caseId }, select: { id: true, reference: true, mergedAt: true }, orderBy: { mergedAt: 'asc' } });
  }

  /**
   * An assignee named in a body is a user of the directory, active, whom the
   * table admits to acknowledge a case of that province; else a 422 on the field.
   */
  async assertAssignee(field: string, userId: string, provinceCode: string): Promise<void> {
    const user = await this.db.user.findUnique({ where: { id: userId } });
    if (!user || !user.active) throw new UnprocessableError('unknown user', [{ field, message: `not a user of the directory: ${userId}` }]);
    const why = refusal('case.acknowledge', { role: user.role as Role, provinceCode: user.provinceCode, organisationId: user.organisationId }, { provinceCode });
    if (why) throw new UnprocessableError('this user cannot take the case', [{ field, message: `${userId} cannot take a case of ${provinceCode}: ${why}` }]);
  }

  childView(who: Identity, child: { firstName: string | null; lastName: string | null; sex: string | null; dateOfBirth: Date | null; dobEstimated: boolean; adultAt: Date | null }): ChildView {
    const initials = initialsOf(child.firstName, child.lastName, '');
    const base = { initials, sex: child.sex, dobEstimated: child.dobEstimated, adultAt: child.adultAt?.toISOString() ?? null };
    if (!discloses('child.identity', who.role)) return base;
    return { ...base, firstName: child.firstName, lastName: child.lastName, dateOfBirth: child.dateOfBirth?.toISOString().slice(0, 10) ?? null };
  }
}

/** 404 when the case is unknown, 403 when the table refuses the actor on its province. */
function admitted<T extends { provinceCode: string }>(who: Identity, caseId: string, action: Action, row: T | null): T {
  if (!row) throw new NotFoundError(`no case ${caseId}`);
  permit(action, who, { provinceCode: row.provinceCode });
  return row;
}
