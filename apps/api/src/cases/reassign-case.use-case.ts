// Handing a case to another coordinator: the new assignee must be an active
// coordinator of the case's own province in the directory (else a 422 on
// assigneeId); then the pathway's reassign action, which moves the open steps
// that wait for the coordinator (and their alerts) to the new one.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { reassignUpdate } from '../../../../workflows/case.messages';
import { UnprocessableError } from '../common/errors';
import { DB } from '../infra/tokens';
import { CaseActions, type ActionRequest } from '../pathway/case-actions';
import { CaseAccess } from './case-access';
import type { ReassignDto } from './schemas';

@Injectable()
export class ReassignCaseUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly actions: CaseActions,
  ) {}

  async execute(req: ActionRequest, body: ReassignDto) {
    const row = await this.access.load(req.who, req.caseId, 'case.reassign');
    const user = await this.db.user.findUnique({ where: { id: body.assigneeId } });
    if (!user || !user.active || user.role !== 'COORDINATOR' || user.provinceCode !== row.provinceCode) {
      throw new UnprocessableError('this user cannot take the case', [
        { field: 'assigneeId', message: `${body.assigneeId} is not an active coordinator of ${row.provinceCode}` },
      ]);
    }
    return this.actions.run(req, 'case.reassign', reassignUpdate, body);
  }
}
