// What an email alert says, line by line, before it is laid out: a notice
// (a step has just opened for the reader), a ladder alert (late, at a level),
// or the feedback to the structure that filed a report (receipt, outcome).
import { STEP_LABELS } from '../domain/steps';
import type { AlertFacts, Language } from './alert-message';
import { categoryLabel, childLine, formatDate, isPublicComplaint, lateness, outcomeInGeneralTerms, receiptNo, ROLE_LABELS } from './wording';

export interface AlertWords {
  subject: string;
  greeting: string;
  lines: { label: string; value: string }[];
  expected: string;
  linkLabel: string;
  footer: string;
}

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

export function alertWords(f: AlertFacts, lang: Language): AlertWords {
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
