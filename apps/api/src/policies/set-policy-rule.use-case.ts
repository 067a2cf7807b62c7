// Setting one rule of the deadline policy (province, category, risk level,
// step → duration), by the permission table's 'policy.update' (a national
// scope also sets the national defaults). Applies to steps that start
// afterwards; audited.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { scopeOf } from '../../../../libs/domain/permissions';
import { permit, type Identity } from '../auth/identity';
import { UnprocessableError, unknownProvince } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import type { PolicyRuleView } from './schemas';

export interface PolicyRuleChange {
  provinceCode: string | null;
  category: string | null;
  riskLevel: string | null;
  step: string;
  duration: string;
}

@Injectable()
export class SetPolicyRuleUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
  ) {}

  async execute(who: Identity, body: PolicyRuleChange, ctx: AuditContext): Promise<PolicyRuleView> {
    if (body.provinceCode === null && scopeOf('policy.update', who.role) !== 'NATIONAL') throw new UnprocessableError('only an administrator sets national defaults', [{ field: 'provinceCode', message: 'required for a committee' }]);
    if (body.provinceCode) {
      if (!(await this.provinces.exists(body.provinceCode))) throw unknownProvince('provinceCode', body.provinceCode);
      permit('policy.update', who, { provinceCode: body.provinceCode });
    }
    const where = { provinceCode: body.provinceCode, category: body.category, riskLevel: body.riskLevel, step: body.step };
    const saved = await this.db.$transaction(async (tx) => {
      const existing = await tx.policyRule.findFirst({ where });
      return existing
        ? tx.policyRule.update({ where: { id: existing.id }, data: { duration: body.duration, updatedBy: who.userId } })
        : tx.policyRule.create({ data: { ...where, duration: body.duration, updatedBy: who.userId } });
    });
    await this.audit.append(who, 'policy.update', ctx, { resource: `policy/${saved.id}` });
    return { ...saved, updatedAt: saved.updatedAt.toISOString() };
  }
}
