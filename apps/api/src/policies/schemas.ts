// What the deadline policy answers: the effective deadlines of a province and
// the rules behind them, and a rule as set.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const policyRuleSchema = z.object({
  id: z.string(),
  provinceCode: z.string().nullable().describe('null: the national default'),
  category: z.string().nullable(),
  riskLevel: z.string().nullable(),
  step: z.string(),
  duration: z.string().describe('ISO-8601 duration'),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type PolicyRuleView = z.infer<typeof policyRuleSchema>;
export class PolicyRuleViewDto extends createZodDto(policyRuleSchema) {}

export const policySchema = z.object({
  provinceCode: z.string(),
  effective: z.array(
    z.object({
      step: z.string(),
      byRiskLevel: z
        .record(z.string(), z.object({ duration: z.string(), source: z.string().describe('province or national') }).nullable())
        .describe('by risk level: the deadline and whose rule sets it; null when no rule does'),
    }),
  ),
  rules: z.array(policyRuleSchema),
});
export type PolicyView = z.infer<typeof policySchema>;
export class PolicyDto extends createZodDto(policySchema) {}
