// Search attributes of case workflows: stored in clear by Temporal, so only
// codes (province, stage, category, risk), never personal data.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const SA_PROVINCE = defineSearchAttributeKey('MasarProvince', SearchAttributeType.KEYWORD);
export const SA_STAGE = defineSearchAttributeKey('MasarStage', SearchAttributeType.KEYWORD);
export const SA_CATEGORY = defineSearchAttributeKey('MasarCategory', SearchAttributeType.KEYWORD);
export const SA_RISK = defineSearchAttributeKey('MasarRisk', SearchAttributeType.KEYWORD);

const ALL = [SA_PROVINCE, SA_STAGE, SA_CATEGORY, SA_RISK];

/** Arguments that register them on a dev server (temporal server start-dev). */
export const SEARCH_ATTRIBUTES_CLI: string[] = ALL.flatMap((k) => ['--search-attribute', `${k.name}=Keyword`]);
