// Resolution of a deadline from the policy rules: the most specific rule wins
// (province over national, category over any, risk level over any).
import type { PolicyStep } from './steps';

export interface PolicyRuleLike {
  provinceCode: string | null;
  category: string | null;
  riskLevel: string | null;
  step: string;
  duration: string;
}

export interface PolicyQuery {
  provinceCode: string;
  category: string;
  riskLevel: string;
  step: PolicyStep;
}

function specificity(rule: PolicyRuleLike): number {
  return (rule.provinceCode ? 4 : 0) + (rule.category ? 2 : 0) + (rule.riskLevel ? 1 : 0);
}

function matches(rule: PolicyRuleLike, q: PolicyQuery): boolean {
  return (
    rule.step === q.step &&
    (rule.provinceCode === null || rule.provinceCode === q.provinceCode) &&
    (rule.category === null || rule.category === q.category) &&
    (rule.riskLevel === null || rule.riskLevel === q.riskLevel)
  );
}

export function resolveRule<R extends PolicyRuleLike>(rules: readonly R[], q: PolicyQuery): R | undefined {
  let best: R | undefined;
  for (const rule of rules) {
    if (matches(rule, q) && (!best || specificity(rule) > specificity(best))) best = rule;
  }
  return best;
}
