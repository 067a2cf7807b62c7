// Alert texts in Arabic and French, chosen by the reader's language. The
// subject names the case, the step, how late it is and the level; the body
// says what the reader is expected to do and links to the case. Rendered at
// send time from the facts of the delivery row, so a wording fix reaches
// alerts still in the queue.
import { CATEGORIES, type Category } from '../domain/taxonomy';
import { STEP_LABELS, type LadderRole } from '../domain/steps';
import type { AlertFacts, Language } from './alert-message';
import { escapeHtml } from './html';
import { PUBLIC_COMPLAINT_CATEGORY } from './complainant';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

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
const isPublicComplaint = (f: Pick<AlertFacts, 'caseId' | 'category'>) => !f.caseId && f.category === PUBLIC_COMPLAINT_CATEGORY;

/** "Dossier MSR-…", or "Réclamation PLT-…" for a complaint from outside. */
function subjectOf(f: AlertFacts, lang: Language): { label: string; value: string; about: { label: string; value: string }[] } {
  if (isPublicComplaint(f)) {
    return lang === 'fr'
      ? { label: 'Réclamation', value: f.caseReference, about: [{ label: 'Origine', value: 'un enfant, un parent ou un citoyen, sans compte (web ou SMS)' }] }
      : { label: 'الشكاية', value: f.caseReference, about: [{ label: 'المصدر', value: 'طفل(ة) أو أحد الوالدين أو مواطن(ة)، دون حساب (الموقع أو رسالة قصيرة)' }] };
  }
  const child = childLine(f, lang);
  return lang === 'fr'
    ? { label: 'Dossier', value: f.caseReference, about: [{ label: 'Enfant', value: child || 'non précisé' }] }
    : { label: 'الملف', value: f.caseReference, about: [{ label: 'الطفل(ة)', value: child || 'غير محدد' }] };
}

/** What the reader does with a complaint from outside, in place of a link to a case. */
const PUBLIC_COMPLAINT_HOW: Record<Language, string> = {
  fr: 'Répondez-y dans Masar, parmi les réclamations de la province : la réponse est transmise au plaignant par le canal qu’il a utilisé.',
  ar: 'يرجى الرد عليها في منظومة مسار ضمن شكايات الإقليم: يبلَّغ الرد إلى صاحب(ة) الشكاية عبر القناة التي استعملها.',
};

function categoryLabel(code: string, lang: Language): string {
  return (CATEGORIES as Record<string, { fr: string; ar: string }>)[code as Category]?.[lang] ?? code;
}

/** "M. A., 9 ans" — the only words about the child an alert carries. */
function childLine(f: AlertFacts, lang: Language): string {
  const parts: string[] = [];
  if (f.initials) parts.push(f.initials);
  if (f.ageYears !== null) {
    if (lang === 'fr') parts.push(`${f.ageEstimated ? 'environ ' : ''}${f.ageYears} ans`);
    else parts.push(`${f.ageEstimated ? 'حوالي ' : ''}${f.ageYears} سنة`);
  }
  return parts.join(lang === 'fr' ? ', ' : '، ');
}

interface AlertWords {
  subject: string;
  greeting: string;
  lines: { label: string; value: string }[];
  expected: string;
  linkLabel: string;
  footer: string;
}

/** A step has just opened for the reader: what, for which case, by when. */
function noticeWords(f: AlertFacts, lang: Language): AlertWords {
  const step = STEP_LABELS[f.step];
  const what = subjectOf(f, lang);
  const pub = isPublicComplaint(f);
  const due = formatDate(new Date(f.dueAt), lang);
  if (lang === 'fr') {
    return {
      subject: `[Masar]${f.urgent ? ' URGENT' : ''} ${what.label} ${what.value} – nouvelle tâche : ${step.fr}, avant le ${due}`,
      greeting: 'Bonjour,',
      lines: [
        { label: what.label, value: what.value },
        ...what.about,
        { label: 'Province', value: f.provinceName.fr },
        ...(pub ? [] : [{ label: 'Catégorie', value: categoryLabel(f.category, 'fr') }]),
        { label: 'Étape', value: step.fr },
        { label: 'Échéance', value: due },
      ],
      expected: `Il vous est demandé de ${step.expected.fr} avant l’échéance ; sans réponse, une alerte sera adressée à votre hiérarchie.${pub ? ` ${PUBLIC_COMPLAINT_HOW.fr}` : ''}`,
      linkLabel: 'Ouvrir le dossier',
      footer: 'Message automatique de Masar. Ne transférez pas ce message : il concerne un enfant protégé.',
    };
  }
  return {
    subject: `[مسار]${f.urgent ? ' عاجل' : ''} ${what.label} ${what.value} - مهمة جديدة: ${step.ar}، قبل ${due}`,
    greeting: 'السلام عليكم،',
    lines: [
      { label: what.label, value: what.value },
      ...what.about,
      { label: 'الإقليم', value: f.provinceName.ar },
      ...(pub ? [] : [{ label: 'الفئة', value: categoryLabel(f.category, 'ar') }]),
      { label: 'المرحلة', value: step.ar },
      { label: 'الأجل', value: due },
    ],
    expected: `المطلوب منكم: ${step.expected.ar} قبل انصرام الأجل؛ وفي غياب ذلك يوجه تنبيه إلى رؤسائكم.${pub ? ` ${PUBLIC_COMPLAINT_HOW.ar}` : ''}`,
    linkLabel: 'فتح الملف',
    footer: 'رسالة آلية من منظومة مسار. يرجى عدم إعادة توجيه هذه الرسالة: فهي تخص طفلا في وضعية حماية.',
  };
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
const receiptNo = (f: AlertFacts) => (f.feedback?.reportId ?? '').slice(0, 8).toUpperCase();

/**
 * Feedback to the structure that filed a report (measure 59): receipt, then the outcome
 * in general terms. Never the child's name, file, category or details, and no link.
 */
function feedbackWords(f: AlertFacts, lang: Language): AlertWords {
  const fb = f.feedback!;
  const when = formatDate(new Date(f.alertedAt), lang);
  const no = receiptNo(f);
  if (lang === 'fr') {
    const receipt = fb.kind === 'RECEIPT';
    return {
      subject: receipt ? `[Masar] Accusé de réception de votre signalement n° ${no}` : `[Masar] Suite donnée à votre signalement n° ${no}`,
      greeting: 'Bonjour,',
      lines: [
        { label: 'Signalement', value: `n° ${no}` },
        { label: 'Province', value: f.provinceName.fr },
        { label: receipt ? 'Reçu le' : 'Date', value: when },
      ],
      expected: receipt
        ? `Votre signalement a bien été reçu par le centre d’accompagnement pour la protection de l’enfance de ${f.provinceName.fr}, qui en assure le suivi. Merci de votre vigilance.`
        : `Suite à votre signalement : ${outcomeInGeneralTerms(fb.outcome, 'fr')}. Merci de votre collaboration.`,
      linkLabel: '',
      footer: 'Message automatique de Masar. Par respect de la vie privée de l’enfant, aucun détail du dossier n’est communiqué.',
    };
  }
  const receipt = fb.kind === 'RECEIPT';
  return {
    subject: receipt ? `[مسار] إشعار بتوصل بتبليغكم رقم ${no}` : `[مسار] مآل تبليغكم رقم ${no}`,
    greeting: 'السلام عليكم،',
    lines: [
      { label: 'التبليغ', value: `رقم ${no}` },
      { label: 'الإقليم', value: f.provinceName.ar },
      { label: receipt ? 'تاريخ التوصل' : 'التاريخ', value: when },
    ],
    expected: receipt
      ? `تم التوصل بتبليغكم من طرف مركز المواكبة لحماية الطفولة ب${f.provinceName.ar}، الذي يتولى تتبعه. شكرا على يقظتكم.`
      : `بخصوص تبليغكم: ${outcomeInGeneralTerms(fb.outcome, 'ar')}. شكرا على تعاونكم.`,
    linkLabel: '',
    footer: 'رسالة آلية من منظومة مسار. احتراما للحياة الخاصة للطفل(ة)، لا يتم تقاسم أي تفاصيل من الملف.',
  };
}

function words(f: AlertFacts, lang: Language): AlertWords {
  if (f.feedback) return feedbackWords(f, lang);
  if (f.notice) return noticeWords(f, lang);
  const step = STEP_LABELS[f.step];
  const late = lateness(f, lang);
  const role = ROLE_LABELS[f.ladderRole][lang];
  const what = subjectOf(f, lang);
  const pub = isPublicComplaint(f);
  const due = new Date(f.dueAt);
  if (lang === 'fr') {
    const levelWords = f.level === 0 ? 'rappel' : `escalade niveau ${f.level}`;
    return {
      subject: `[Masar] ${what.label} ${what.value} – ${step.fr} en retard de ${late} – ${levelWords}`,
      greeting: 'Bonjour,',
      lines: [
        { label: what.label, value: what.value },
        ...what.about,
        { label: 'Province', value: f.provinceName.fr },
        ...(pub ? [] : [{ label: 'Catégorie', value: categoryLabel(f.category, 'fr') }]),
        { label: 'Étape attendue', value: step.fr },
        { label: 'Échéance', value: formatDate(due, 'fr') },
        { label: 'Retard', value: late },
        { label: 'Niveau', value: `${f.level} (${role})` },
      ],
      expected:
        f.level === 0
          ? `Il vous est demandé de ${step.expected.fr}, sans attendre.`
          : pub
            ? `Cette réclamation n’a pas reçu de réponse dans le délai. En tant que ${role}, veillez à ce que quelqu’un puisse ${step.expected.fr}.`
            : `Cette étape n’a pas été traitée dans le délai. En tant que ${role}, veillez à ce que quelqu’un puisse ${step.expected.fr}, ou réaffectez le dossier.`,
      linkLabel: 'Ouvrir le dossier',
      footer: 'Message automatique de Masar. Ne transférez pas ce message : il concerne un enfant protégé.',
    };
  }
  const levelWords = f.level === 0 ? 'تذكير' : `تصعيد - المستوى ${f.level}`;
  return {
    subject: `[مسار] ${what.label} ${what.value} - ${step.ar} متأخرة بـ${late} - ${levelWords}`,
    greeting: 'السلام عليكم،',
    lines: [
      { label: what.label, value: what.value },
      ...what.about,
      { label: 'الإقليم', value: f.provinceName.ar },
      ...(pub ? [] : [{ label: 'الفئة', value: categoryLabel(f.category, 'ar') }]),
      { label: 'المرحلة المنتظرة', value: step.ar },
      { label: 'الأجل', value: formatDate(due, 'ar') },
      { label: 'التأخير', value: late },
      { label: 'المستوى', value: `${f.level} (${role})` },
    ],
    expected:
      f.level === 0
        ? `المطلوب منكم: ${step.expected.ar}، دون تأخير.`
        : pub
          ? `لم يتم الرد على هذه الشكاية في الأجل المحدد. بصفتكم ${role}، يرجى التأكد من إنجاز ما يلي: ${step.expected.ar}.`
          : `لم تتم معالجة هذه المرحلة في الأجل المحدد. بصفتكم ${role}، يرجى التأكد من إنجاز ما يلي: ${step.expected.ar}، أو إعادة تكليف الملف.`,
    linkLabel: 'فتح الملف',
    footer: 'رسالة آلية من منظومة مسار. يرجى عدم إعادة توجيه هذه الرسالة: فهي تخص طفلا في وضعية حماية.',
  };
}

function formatDate(d: Date, lang: Language): string {
  // Western digits: the usage of Moroccan administrations in both languages.
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-MA' : 'ar-MA-u-nu-latn', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Africa/Casablanca',
  }).format(d);
}


export function renderAlertEmail(f: AlertFacts, lang: Language, publicUrl: string): RenderedEmail {
  const w = words(f, lang);
  // feedback to a reporting structure carries no link to the case; a complaint from outside has no case
  const link = f.feedback || isPublicComplaint(f) ? null : caseLink(publicUrl, f);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const align = lang === 'ar' ? 'right' : 'left';
  const rows = w.lines
    .map((l) => `<tr><th style="text-align:${align};padding:2px 8px">${escapeHtml(l.label)}</th><td style="padding:2px 8px">${escapeHtml(l.value)}</td></tr>`)
    .join('\n');
  const html = `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(w.subject)}</title></head>
<body dir="${dir}" style="font-family:Arial,Tahoma,sans-serif;text-align:${align}">
<p>${escapeHtml(w.greeting)}</p>
<table dir="${dir}">
${rows}
</table>
<p><strong>${escapeHtml(w.expected)}</strong></p>
${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(w.linkLabel)}</a></p>` : ''}
<p style="color:#666;font-size:small">${escapeHtml(w.footer)}</p>
</body>
</html>`;
  const text = [w.greeting, '', ...w.lines.map((l) => `${l.label}: ${l.value}`), '', w.expected, '', ...(link ? [`${w.linkLabel}: ${link}`, ''] : []), w.footer].join('\n');
  return { subject: w.subject, html, text };
}

/** One SMS text; long ones are split into parts by the SMS adapter. */
export function renderAlertSms(f: AlertFacts, lang: Language, publicUrl: string): string {
  if (f.feedback) {
    const no = receiptNo(f);
    if (f.feedback.kind === 'RECEIPT') {
      return lang === 'fr'
        ? `Masar - Signalement n° ${no} bien reçu par le centre d'accompagnement de ${f.provinceName.fr}, qui en assure le suivi.`
        : `مسار - تم التوصل بتبليغكم رقم ${no} من طرف مركز المواكبة ب${f.provinceName.ar}، الذي يتولى تتبعه.`;
    }
    return lang === 'fr' ? `Masar - Signalement n° ${no} : ${outcomeInGeneralTerms(f.feedback.outcome, 'fr')}.` : `مسار - التبليغ رقم ${no}: ${outcomeInGeneralTerms(f.feedback.outcome, 'ar')}.`;
  }
  const step = STEP_LABELS[f.step];
  const late = lateness(f, lang);
  const child = childLine(f, lang);
  const link = caseLink(publicUrl, f);
  if (isPublicComplaint(f)) {
    const what = f.notice ? (lang === 'fr' ? 'Nouvelle réclamation du public' : 'شكاية جديدة من العموم') : lang === 'fr' ? `Réclamation sans réponse, en retard de ${late}` : `شكاية دون رد، متأخرة بـ${late}`;
    return lang === 'fr'
      ? `Masar - ${what}: ${f.caseReference} (${f.provinceName.fr}). A repondre avant le ${formatDate(new Date(f.dueAt), 'fr')}, dans Masar.`
      : `مسار - ${what}: ${f.caseReference} (${f.provinceName.ar}). الرد قبل ${formatDate(new Date(f.dueAt), 'ar')} في منظومة مسار.`;
  }
  if (f.notice) {
    const due = formatDate(new Date(f.dueAt), lang);
    return lang === 'fr'
      ? `Masar - ${f.urgent ? 'URGENT - ' : ''}Nouvelle tâche: dossier ${f.caseReference} (${[child, f.provinceName.fr].filter(Boolean).join(', ')}). ${step.fr} avant le ${due}. ${link}`
      : `مسار - ${f.urgent ? 'عاجل - ' : ''}مهمة جديدة: الملف ${f.caseReference} (${[child, f.provinceName.ar].filter(Boolean).join('، ')}). ${step.ar} قبل ${due}. ${link}`;
  }
  if (lang === 'fr') {
    const level = f.level === 0 ? 'Rappel' : `Escalade niv. ${f.level}`;
    return `Masar - ${level}: dossier ${f.caseReference} (${[child, f.provinceName.fr].filter(Boolean).join(', ')}). ${step.fr} en retard de ${late}. A faire: ${step.expected.fr}. ${link}`;
  }
  const level = f.level === 0 ? 'تذكير' : `تصعيد م${f.level}`;
  return `مسار - ${level}: الملف ${f.caseReference} (${[child, f.provinceName.ar].filter(Boolean).join('، ')}). ${step.ar} متأخرة بـ${late}. المطلوب: ${step.expected.ar}. ${link}`;
}
