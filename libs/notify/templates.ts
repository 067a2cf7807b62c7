// Alert texts in Arabic and French, chosen by the reader's language. The
// subject names the case, the step, how late it is and the level; the body
// says what the reader is expected to do and links to the case. Rendered at
// send time from the facts of the delivery row, so a wording fix reaches
// alerts still in the queue.
import { STEP_LABELS } from '../domain/steps';
import type { AlertFacts, Language } from './alert-message';
import { alertWords } from './alert-words';
import { escapeHtml } from './html';
import { caseLink, childLine, formatDate, isPublicComplaint, lateness, outcomeInGeneralTerms, receiptNo } from './wording';

export { caseLink, lateness, outcomeInGeneralTerms, ROLE_LABELS } from './wording';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export function renderAlertEmail(f: AlertFacts, lang: Language, publicUrl: string): RenderedEmail {
  const w = alertWords(f, lang);
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
