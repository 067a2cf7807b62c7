// The case workflow's search attributes (codes only, never personal data).
// Same names and types as the ones the servers register.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const SA_PROVINCE = defineSearchAttributeKey('MasarProvince', SearchAttributeType.KEYWORD);
export const SA_STAGE = defineSearchAttributeKey('MasarStage', SearchAttributeType.KEYWORD);
