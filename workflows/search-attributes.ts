// The case workflow's search attributes, defined once: the gateway and the
// benchmark set them at start, the workflow keeps them current, the servers
// register them. Temporal stores them in clear, so they hold codes only
// (province, stage, category, risk), never personal data.
import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';
import type { Stage } from '../libs/domain/pathway';
import type { Category, RiskLevel } from '../libs/domain/taxonomy';

export const SA_PROVINCE = defineSearchAttributeKey('MasarProvince', SearchAttributeType.KEYWORD);
export const SA_STAGE = defineSearchAttributeKey('MasarStage', SearchAttributeType.KEYWORD);
export const SA_CATEGORY = defineSearchAttributeKey('MasarCategory', SearchAttributeType.KEYWORD);
export const SA_RISK = defineSearchAttributeKey('MasarRisk', SearchAttributeType.KEYWORD);

const ALL = [SA_PROVINCE, SA_STAGE, SA_CATEGORY, SA_RISK];

/** Arguments that register them on a dev server (temporal server start-dev). */
export const SEARCH_ATTRIBUTES_CLI: string[] = ALL.flatMap((k) => ['--search-attribute', `${k.name}=Keyword`]);

export interface CaseCodes {
  provinceCode: string;
  stage: Stage;
  category: Category;
  riskLevel: RiskLevel;
}

/** The search attributes of a case, from its codes. */
export function caseSearchAttributes(c: CaseCodes): SearchAttributePair[] {
  return [
    { key: SA_PROVINCE, value: c.provinceCode },
    { key: SA_STAGE, value: c.stage },
    { key: SA_CATEGORY, value: c.category },
    { key: SA_RISK, value: c.riskLevel },
  ];
}
