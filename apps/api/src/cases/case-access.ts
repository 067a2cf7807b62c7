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

  /** The case as GET /cases/:id shows it (readCaseView: one statement), 404 and 403 as `load`. */
  async view(who: Identity, caseId: string, action: Action): Promise<CaseViewRow> {
    return admitted(who, caseId, action, await readCaseView(this.db, caseId));
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

/** A case with its child and the duplicates merged into it: what GET /cases/:id shows. */
export interface CaseViewRow {
  id: string;
  reference: string;
  provinceCode: string;
  category: string;
  riskLevel: string;
  status: string;
  stage: string;
  track: string;
  openedAt: Date;
  closedAt: Date | null;
  workflowId: string;
  mergedIntoId: string | null;
  mergedAt: Date | null;
  pathwayView: unknown;
  child: { firstName: string | null; lastName: string | null; sex: string | null; dateOfBirth: Date | null; dobEstimated: boolean; adultAt: Date | null };
  merged: { id: string; reference: string; mergedAt: string | null }[];
}

/**
 * The most read case view in one statement through the pool (libs/db/prisma.ts), where
 * Prisma made three (the case, its child, the merged duplicates): the API's CPU per read
 * went from 7.9–9.7 ms to 3.0–3.1 (bench/action-cost.ts --read). The columns hold UTC without
 * a zone: instants are read AT TIME ZONE 'UTC', the date of birth as its text.
 */
export async function readCaseView(db: Db, caseId: string): Promise<CaseViewRow | null> {
  const { rows } = await db.pg.query<Omit<CaseViewRow, 'child'> & { child: Record<string, unknown> }>(
    `SELECT c."id", c."reference", c."provinceCode", c."category", c."riskLevel", c."status", c."stage", c."track",
            c."openedAt" AT TIME ZONE 'UTC' AS "openedAt", c."closedAt" AT TIME ZONE 'UTC' AS "closedAt",
            c."workflowId", c."mergedIntoId", c."mergedAt" AT TIME ZONE 'UTC' AS "mergedAt", c."pathwayView",
            json_build_object('firstName', ch."firstName", 'lastName', ch."lastName", 'sex', ch."sex",
                              'dateOfBirth', to_char(ch."dateOfBirth", 'YYYY-MM-DD'), 'dobEstimated', ch."dobEstimated",
                              'adultAt', to_char(ch."adultAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS "child",
            COALESCE((SELECT json_agg(json_build_object('id', d."id", 'reference', d."reference",
                                                        'mergedAt', to_char(d."mergedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY d."mergedAt")
                      FROM "Case" d WHERE d."mergedIntoId" = c."id"), '[]') AS "merged"
       FROM "Case" c JOIN "Child" ch ON ch."id" = c."childId"
      WHERE c."id" = $1`,
    [caseId],
  );
  const row = rows[0];
  if (!row) return null;
  const { dateOfBirth, adultAt, ...child } = row.child as { dateOfBirth: string | null; adultAt: string | null } & Omit<CaseViewRow['child'], 'dateOfBirth' | 'adultAt'>;
  return {
    ...row,
    child: { ...child, dateOfBirth: dateOfBirth ? new Date(`${dateOfBirth}T00:00:00Z`) : null, adultAt: adultAt ? new Date(adultAt) : null },
  };
}

/** 404 when the case is unknown, 403 when the table refuses the actor on its province. */
function admitted<T extends { provinceCode: string }>(who: Identity, caseId: string, action: Action, row: T | null): T {
  if (!row) throw new NotFoundError(`no case ${caseId}`);
  permit(action, who, { provinceCode: row.provinceCode });
  return row;
}
