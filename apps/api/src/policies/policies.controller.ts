// The deadline policy as data: each provincial committee sets its own
// durations (ISO-8601) per step, category and risk level. A change applies to
// steps that start afterwards; running steps keep the deadline they loaded.
import { Body, Controller, Get, Inject, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Db } from '../../../../libs/db/prisma';
import { durationMs, isDuration } from '../../../../libs/domain/duration';
import { resolveRule } from '../../../../libs/domain/policy';
import { POLICY_STEPS, type PolicyStep } from '../../../../libs/domain/steps';
import { CATEGORY_CODES, RISK_LEVELS } from '../../../../libs/domain/taxonomy';
import { assertProvince, type Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { UnprocessableError } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';

const ruleSchema = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).nullable().describe('null: the national default'),
    category: z.enum(CATEGORY_CODES as [string, ...string[]]).nullable().default(null),
    riskLevel: z.enum(RISK_LEVELS).nullable().default(null),
    step: z.enum(POLICY_STEPS as [PolicyStep, ...PolicyStep[]]),
    duration: z
      .string()
      .refine(isDuration, 'an ISO-8601 duration such as PT4H, P7D or PT30S')
      .refine((d) => !isDuration(d) || durationMs(d) >= 1000, 'at least one second'),
  })
  .strict();
class PolicyRuleDto extends createZodDto(ruleSchema) {}

const policyQuery = z.object({ provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/) }).strict();
class PolicyQueryDto extends createZodDto(policyQuery) {}

@ApiTags('policies')
@ApiBearerAuth()
@Controller('api/v1/policies')
export class PoliciesController {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
  ) {}

  @Get()
  @Roles('COORDINATOR', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'SUPERVISOR', 'ADMIN')
  @ApiOperation({ summary: 'The effective deadlines of a province (step × risk level) and the rules behind them' })
  async get(@CurrentIdentity() who: Identity, @Query() q: PolicyQueryDto) {
    assertProvince(who, q.provinceCode);
    const rules = await this.db.policyRule.findMany({ where: { OR: [{ provinceCode: q.provinceCode }, { provinceCode: null }] }, orderBy: [{ step: 'asc' }] });
    const effective = POLICY_STEPS.map((step) => ({
      step,
      byRiskLevel: Object.fromEntries(
        RISK_LEVELS.map((riskLevel) => {
          const r = resolveRule(rules, { provinceCode: q.provinceCode, category: '*', riskLevel, step });
          return [riskLevel, r ? { duration: r.duration, source: r.provinceCode ? 'province' : 'national' } : null];
        }),
      ),
    }));
    return { provinceCode: q.provinceCode, effective, rules: rules.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })) };
  }

  @Put()
  @Roles('COMMITTEE', 'ADMIN')
  @ApiOperation({ summary: 'Set one rule (province, category, risk level, step → duration); applies to steps that start afterwards' })
  async put(@CurrentIdentity() who: Identity, @Body() body: PolicyRuleDto, @RequestContext() ctx: AuditContext) {
    if (body.provinceCode === null && who.role !== 'ADMIN') throw new UnprocessableError('only an administrator sets national defaults', [{ field: 'provinceCode', message: 'required for a committee' }]);
    if (body.provinceCode) {
      assertProvince(who, body.provinceCode);
      if (!(await this.provinces.exists(body.provinceCode))) throw new UnprocessableError('unknown province', [{ field: 'provinceCode', message: `unknown province ${body.provinceCode}` }]);
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
