// Transferring a case to another province: the province must exist and, if
// given, the new assignee a user of it whom the permission table admits to
// take (acknowledge) a case there; then the pathway's
// transfer action (which may still refuse it).
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { refusal } from '../../../../libs/domain/permissions';
import type { Role } from '../../../../libs/domain/taxonomy';
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
      if (!user || !user.active || refusal('case.acknowledge', { role: user.role as Role, provinceCode: user.provinceCode }, { provinceCode: body.toProvinceCode })) {
        problems.push({ field: 'assigneeId', message: 'not a coordinator of the new province' });
      }
    }
    if (problems.length) throw new UnprocessableError('the transfer cannot be made', problems);
  }
}
