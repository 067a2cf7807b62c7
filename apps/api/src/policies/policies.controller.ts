// The deadline policy as data: each provincial committee sets its own
// durations (ISO-8601) per step, category and risk level. A change applies to
// steps that start afterwards; running steps keep the deadline they loaded.
import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { durationMs, isDuration } from '../../../../libs/domain/duration';
import { POLICY_STEPS, type PolicyStep } from '../../../../libs/domain/steps';
import { CATEGORY_CODES, RISK_LEVELS } from '../../../../libs/domain/taxonomy';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { GetPolicyUseCase } from './get-policy.use-case';
import { SetPolicyRuleUseCase } from './set-policy-rule.use-case';
import { PolicyDto, PolicyRuleViewDto } from './schemas';
import { answer } from '../common/schemas';

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
  .strict()
  .meta({ examples: [{ provinceCode: 'TANGER_ASSILAH', category: null, riskLevel: 'LOW', step: 'ACKNOWLEDGEMENT', duration: 'PT24H' }] });
class PolicyRuleDto extends createZodDto(ruleSchema) {}

const policyQuery = z.object({ provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/) }).strict();
class PolicyQueryDto extends createZodDto(policyQuery) {}

@ApiTags('policies')
@ApiBearerAuth()
@Controller('api/v1/policies')
export class PoliciesController {
  constructor(
    private readonly getPolicy: GetPolicyUseCase,
    private readonly setPolicyRule: SetPolicyRuleUseCase,
  ) {}

  @Get()
  @Permit('policy.read')
  @ApiOperation({ summary: 'The effective deadlines of a province (step × risk level) and the rules behind them' })
  @ApiOkResponse({ type: answer(PolicyDto) })
  get(@CurrentIdentity() who: Identity, @Query() q: PolicyQueryDto) {
    return this.getPolicy.execute(who, q.provinceCode);
  }

  @Put()
  @Permit('policy.update')
  @ApiOperation({ summary: 'Set one rule (province, category, risk level, step → duration); applies to steps that start afterwards' })
  @ApiOkResponse({ type: answer(PolicyRuleViewDto) })
  put(@CurrentIdentity() who: Identity, @Body() body: PolicyRuleDto, @RequestContext() ctx: AuditContext) {
    return this.setPolicyRule.execute(who, body, ctx);
  }
}
