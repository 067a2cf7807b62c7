// Labels the domain already carries in both languages (categories, steps).
import { CATEGORIES, type Category } from '../../../libs/domain/taxonomy';
import { STEP_LABELS, type Step } from '../../../libs/domain/steps';

const side = (lang: string) => (lang === 'fr' ? 'fr' : 'ar');

export const categoryLabel = (code: string, lang: string) => CATEGORIES[code as Category]?.[side(lang)] ?? code;
export const stepLabel = (code: string, lang: string) => STEP_LABELS[code as Step]?.[side(lang)] ?? code;
