// Every code the console shows, read through the catalogue of the user's
// language: one mapping per vocabulary. The code lists live in libs/domain
// (stages, risk levels, entry points, roles, services); the catalogues hold
// only their translations (labels.spec.ts checks both against the lists).
// Categories and step names come from libs/domain, which carries both languages.
import type { TFunction } from 'i18next';
import { CATEGORIES, type Category } from '../../../libs/domain/taxonomy';
import { STEP_LABELS, type Step } from '../../../libs/domain/steps';

const side = (lang: string) => (lang === 'fr' ? 'fr' : 'ar');

export const categoryLabel = (code: string, lang: string) => CATEGORIES[code as Category]?.[side(lang)] ?? code;
export const stepLabel = (code: string, lang: string) => STEP_LABELS[code as Step]?.[side(lang)] ?? code;

/** The catalogue key of each vocabulary (`<prefix>.<CODE>`). */
export const VOCABULARY_KEYS = {
  stage: 'stage',
  risk: 'risk',
  entryPoint: 'intake.entry',
  role: 'role',
  service: 'service',
  referralStatus: 'referralStatus',
} as const;
export type Vocabulary = keyof typeof VOCABULARY_KEYS;

/** A code's label; a code the catalogue lacks reads as "unknown" rather than as the raw code. */
export const codeLabel = (t: TFunction, vocabulary: Vocabulary, code: string): string => t(`${VOCABULARY_KEYS[vocabulary]}.${code}`, { defaultValue: t('common.unknown') });

/** A timeline event: `STAGE:<stage>` names the stage; other types have their own entry. */
export function eventLabel(t: TFunction, type: string): string {
  if (type.startsWith('STAGE:')) return t('event.STAGE', { stage: codeLabel(t, 'stage', type.slice('STAGE:'.length)) });
  return t(`event.${type}`, { defaultValue: t('event.unknown') });
}

export const recordKindLabel = (t: TFunction, kind: string): string => t(`recordKind.${kind}`, { defaultValue: t('recordKind.unknown') });
export const fieldLabel = (t: TFunction, name: string): string => t(`field.${name}`, { defaultValue: t('field.unknown') });

const LIST_SEPARATOR = { ar: '، ', fr: ', ' };

/** A value of a record entry's body as the user reads it: codes through their vocabulary, yes/no, lists. */
export function fieldValue(t: TFunction, lang: string, name: string, value: unknown, province: (code: string) => string): string {
  if (Array.isArray(value)) return value.map((v) => fieldValue(t, lang, name, v, province)).join(LIST_SEPARATOR[side(lang)]);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'object' && value !== null) return t('common.unknown');
  const s = String(value);
  switch (name) {
    case 'entryPoint':
      return codeLabel(t, 'entryPoint', s);
    case 'category':
      return categoryLabel(s, lang);
    case 'riskLevel':
      return codeLabel(t, 'risk', s);
    case 'needs':
    case 'services':
    case 'service':
    case 'measures':
      return codeLabel(t, 'service', s);
    case 'event':
      return codeLabel(t, 'referralStatus', s);
    case 'subject':
      return t(`case.act.subject${s}`, { defaultValue: s });
    case 'toProvinceCode':
      return province(s);
    default:
      return s;
  }
}
