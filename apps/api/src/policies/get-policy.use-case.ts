// The effective deadlines of a province (step × risk level) and the rules behind them.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { resolveRule } from '../../../../libs/domain/policy';
import { POLICY_STEPS } from '../../../../libs/domain/steps';
import { RISK_LEVELS } from '../../../../libs/domain/taxonomy';
import { permit, type Identity } from '../auth/identity';
import { unknownProvince } from '../common/errors';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import type { PolicyView } from './schemas';

@Injectable()
export class GetPolicyUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly provinces: ProvinceCatalogue,
  ) {}

  async execute(who: Identity, provinceCode: string): Promise<PolicyView> {
    if (!(await this.provinces.exists(provinceCode))) throw unknownProvince('provinceCode', provinceCode);
    permit('policy.read', who, { provinceCode });
    const rules = await this.db.policyRule.findMany({ where: { OR: [{ provinceCode }, { provinceCode: null }] }, orderBy: [{ step: 'asc' }] });
    const effective = POLICY_STEPS.map((step) => ({
      step,
      byRiskLevel: Object.fromEntries(
        RISK_LEVELS.map((riskLevel) => {
          const r = resolveRule(rules, { provinceCode, category: '*', riskLevel, step });
          return [riskLevel, r ? { duration: r.duration, source: r.provinceCode ? 'province' : 'national' } : null];
        }),
      ),
    }));
    return { provinceCode, effective, rules: rules.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })) };
  }
}
