// Transferring a case to another province: the province must exist and, if
// given, the new assignee must be a coordinator of it; then the pathway's
// transfer action (which may still refuse it).
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { transferUpdate } from '../../../../workflows/case.messages';
import { UnprocessableError } from '../common/errors';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { CaseActions, type ActionRequest } from '../pathway/case-actions';
import type { TransferDto } from './schemas';

@Injectable()
export class TransferCaseUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly provinces: ProvinceCatalogue,
    private readonly actions: CaseActions,
  ) {}

  async execute(req: ActionRequest, body: TransferDto) {
    await this.check(body);
    return this.actions.run(req, 'case.transfer', transferUpdate, body);
  }

  private async check(body: { toProvinceCode: string; assigneeId?: string }): Promise<void> {
    const problems: { field: string; message: string }[] = [];
    if (!(await this.provinces.exists(body.toProvinceCode))) {
      problems.push({ field: 'toProvinceCode', message: `unknown province ${body.toProvinceCode}` });
    }
    if (body.assigneeId) {
      const user = await this.db.user.findUnique({ where: { id: body.assigneeId } });
      if (!user || user.provinceCode !== body.toProvinceCode || !['COORDINATOR', 'HEAD_OF_CENTRE'].includes(user.role)) {
        problems.push({ field: 'assigneeId', message: 'not a coordinator of the new province' });
      }
    }
    if (problems.length) throw new UnprocessableError('the transfer cannot be made', problems);
  }
}
