// The words every alert is made of, in Arabic and French: the roles of the
// ladder, how late a step is (Arabic counted forms), the case's link, the few
// words about the child an alert carries, a category's name, a date as
// Moroccan administrations write it, a case's outcome in general terms.
import { CATEGORIES, type Category } from '../domain/taxonomy';
import type { LadderRole } from '../domain/steps';
import type { AlertFacts, Language } from './alert-message';
import { PUBLIC_COMPLAINT_CATEGORY } from './complainant';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const ROLE_LABELS: Record<LadderRole, Record<Language, string>> = {
  ASSIGNEE: { fr: 'personne en charge de l’étape', ar: 'المكلف(ة) بالمرحلة' },
  HEAD_OF_CENTRE: { fr: 'chef du centre d’accompagnement', ar: 'رئيس(ة) مركز المواكبة' },
  DELEGATE: { fr: 'délégué·e provincial·e', ar: 'المندوب(ة) الإقليمي(ة)' },
  COMMITTEE: { fr: 'secrétariat du comité provincial', ar: 'كتابة اللجنة الإقليمية' },
  JUDICIAL_LIAISON: { fr: 'liaison du parquet', ar: 'ضابط(ة) الاتصال بالنيابة العامة' },
};

/** Arabic counted nouns: 1, 2, 3-10, 11 and more take different forms. */
const AR_UNITS = {
  day: ['يوم', 'يومان', 'أيام', 'يوما'],
  hour: ['ساعة', 'ساعتان', 'ساعات', 'ساعة'],
  minute: ['دقيقة', 'دقيقتان', 'دقائق', 'دقيقة'],
} as const;

function arCount(n: number, unit: keyof typeof AR_UNITS): string {
  const [one, two, few, many] = AR_UNITS[unit];
  if (n === 1) return one;
  if (n === 2) return two;
  return `${n} ${n <= 10 ? few : many}`;
}

/** How late the step is at the alert, in the largest two units that matter. */
export function lateness(facts: Pick<AlertFacts, 'dueAt' | 'alertedAt'>, lang: Language): string {
  const ms = Math.max(0, Date.parse(facts.alertedAt) - Date.parse(facts.dueAt));
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (lang === 'fr') {
    if (days > 0) return `${days} j${hours ? ` ${hours} h` : ''}`;
    if (hours > 0) return `${hours} h${minutes ? ` ${String(minutes).padStart(2, '0')}` : ''}`;
    return `${minutes} min`;
  }
  if (days > 0) return hours ? `${arCount(days, 'day')} و${arCount(hours, 'hour')}` : arCount(days, 'day');
  if (hours > 0) return minutes ? `${arCount(hours, 'hour')} و${arCount(minutes, 'minute')}` : arCount(hours, 'hour');
  return arCount(minutes, 'minute');
}

export function caseLink(publicUrl: string, facts: Pick<AlertFacts, 'caseId'>): string {
  return `${publicUrl.replace(/\/+$/, '')}/cases/${encodeURIComponent(facts.caseId)}`;
}

/** A complaint from outside names no case: its reference is the complaint's own (PLT-...), and there is no case to open. */
export const isPublicComplaint = (f: Pick<AlertFacts, 'caseId' | 'category'>) => !f.caseId && f.category === PUBLIC_COMPLAINT_CATEGORY;

export function categoryLabel(code: string, lang: Language): string {
  return (CATEGORIES as Record<string, { fr: string; ar: string }>)[code as Category]?.[lang] ?? code;
}

/** "M. A., 9 ans" — the only words about the child an alert carries. */
export function childLine(f: AlertFacts, lang: Language): string {
  const parts: string[] = [];
  if (f.initials) parts.push(f.initials);
  if (f.ageYears !== null) {
    if (lang === 'fr') parts.push(`${f.ageEstimated ? 'environ ' : ''}${f.ageYears} ans`);
    else parts.push(`${f.ageEstimated ? 'حوالي ' : ''}${f.ageYears} سنة`);
  }
  return parts.join(lang === 'fr' ? ', ' : '، ');
}

/** The outcome of a case in general terms, by closure reason: nothing of the child's file. */
const OUTCOMES: Record<string, Record<Language, string>> = {
  INTEGRATED: { fr: 'le cas a été pris en charge puis clôturé : l’enfant est protégé', ar: 'تم التكفل بالحالة ثم أغلق الملف: الطفل(ة) في وضعية حماية' },
  NO_LONGER_AT_RISK: { fr: 'le cas a été pris en charge puis clôturé : l’enfant n’est plus en danger', ar: 'تم التكفل بالحالة ثم أغلق الملف: لم يعد الطفل(ة) في خطر' },
  AUTONOMY: { fr: 'le cas a été pris en charge puis clôturé : l’accompagnement est achevé', ar: 'تم التكفل بالحالة ثم أغلق الملف: انتهت المواكبة' },
  AGE_LIMIT: { fr: 'le cas a été pris en charge puis clôturé : l’accompagnement est achevé', ar: 'تم التكفل بالحالة ثم أغلق الملف: انتهت المواكبة' },
};
const OUTCOME_OTHER: Record<Language, string> = { fr: 'le cas a été pris en charge puis clôturé', ar: 'تم التكفل بالحالة ثم أغلق الملف' };

export function outcomeInGeneralTerms(reason: string | null | undefined, lang: Language): string {
  return (reason ? OUTCOMES[reason]?.[lang] : undefined) ?? OUTCOME_OTHER[lang];
}

/** A short receipt number the structure can quote: never the case reference. */
export const receiptNo = (f: AlertFacts) => (f.feedback?.reportId ?? '').slice(0, 8).toUpperCase();

export function formatDate(d: Date, lang: Language): string {
  // Western digits: the usage of Moroccan administrations in both languages.
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-MA' : 'ar-MA-u-nu-latn', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Africa/Casablanca',
  }).format(d);
}
