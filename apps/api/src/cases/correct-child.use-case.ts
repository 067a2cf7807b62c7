// Correcting the child's data: the date of birth or the estimated age (the API
// recomputes the 18th and 22nd birthdays in the configured time zone, outside
// the workflow, and the pathway re-arms its timer), the sex, the names (the
// database only: names never enter the workflow). The Child row is written in
// a transaction that commits only once the pathway has accepted the
// correction: a refusal (409), an unreachable Temporal (503) or any failure in
// between leaves the child as it was.
import { Inject, Injectable } from '@nestjs/common';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import { birthdayInstant, estimatedDateOfBirth } from '../../../../libs/domain/adulthood';
import { nameKeys } from '../../../../libs/domain/names';
import { correctChildUpdate, type CorrectedField, type CorrectChildInput } from '../../../../workflows/case.messages';
import { UnprocessableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { DB } from '../infra/tokens';
import { CaseActions, type ActionRequest } from '../pathway/case-actions';
import { CaseAccess } from './case-access';
import type { CorrectChildDto } from './schemas';

@Injectable()
export class CorrectChildUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly access: CaseAccess,
    private readonly actions: CaseActions,
  ) {}

  async execute(req: ActionRequest, body: CorrectChildDto) {
    const row = await this.access.load(req.who, req.caseId, 'case.correct-child');
    const now = new Date();
    const data: Prisma.ChildUpdateInput = {};
    const fields: CorrectedField[] = [];
    const input: Omit<CorrectChildInput, 'actor'> = { fields, ...(body.reason ? { reason: body.reason } : {}) };

    const dob = body.dateOfBirth ?? (body.estimatedAge !== undefined ? estimatedDateOfBirth(body.estimatedAge, now) : undefined);
    if (dob) {
      if (new Date(`${dob}T00:00:00Z`).getTime() > now.getTime()) {
        throw new UnprocessableError('the correction cannot be made', [{ field: 'dateOfBirth', message: 'is in the future' }]);
      }
      if (birthdayInstant(dob, 22, this.config.MASAR_TIME_ZONE).getTime() <= now.getTime()) {
        throw new UnprocessableError('the correction cannot be made', [{ field: body.dateOfBirth ? 'dateOfBirth' : 'estimatedAge', message: 'the person would be 22 or older' }]);
      }
      const adultAt = birthdayInstant(dob, 18, this.config.MASAR_TIME_ZONE);
      Object.assign(data, { dateOfBirth: new Date(`${dob}T00:00:00Z`), dobEstimated: !body.dateOfBirth, adultAt });
      fields.push(body.dateOfBirth ? 'dateOfBirth' : 'estimatedAge');
      Object.assign(input, {
        adultAt: adultAt.toISOString(),
        dobEstimated: !body.dateOfBirth,
        afterCareEndsAt: birthdayInstant(dob, 22, this.config.MASAR_TIME_ZONE).toISOString(),
      });
    }
    if (body.sex) {
      data.sex = body.sex;
      fields.push('sex');
    }
    if (body.firstName || body.lastName || body.motherName) {
      const names = {
        firstName: body.firstName ?? row.child.firstName,
        lastName: body.lastName ?? row.child.lastName,
        motherName: body.motherName ?? row.child.motherName,
      };
      Object.assign(data, names, nameKeys(names));
      fields.push('names');
    }

    // The pathway's answer decides whether the row commits.
    return this.db.$transaction(
      async (tx) => {
        await tx.child.update({ where: { id: row.childId }, data });
        return this.actions.run(req, 'case.correct-child', correctChildUpdate, input);
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  }
}
