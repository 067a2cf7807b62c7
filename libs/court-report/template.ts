// The court report as a document: one HTML template per language (Arabic right
// to left, French left to right), printed to PDF by libs/pdf, and the email
// that carries it to the court liaison. Every value is escaped; the email's
// body names neither the child nor the content (both are in the attachment).
import { COURT_MEASURE_INFO, type CourtMeasure, type CourtReportLanguage } from '../domain/court';
import { escapeHtml } from '../pdf/render';

export interface CourtReportDocument {
  language: CourtReportLanguage;
  caseReference: string;
  province: { ar: string; fr: string };
  orderId: string;
  report: number;
  child: { name: string; dateOfBirth: string | null; sex: string | null };
  measures: CourtMeasure[];
  /** the report's sections, as written in Masar */
  summary: string;
  situation?: string | null;
  progress?: string | null;
  recommendation?: string | null;
  writtenBy: string;
  approvedBy: string;
  approvedAt: string;
}

const WORDS = {
  ar: {
    kingdom: 'المملكة المغربية',
    title: 'تقرير تتبع موجه إلى المحكمة',
    centre: 'مركز المواكبة لحماية الطفولة',
    reference: 'مرجع الملف',
    order: 'رقم المقرر القضائي',
    report: 'رقم التقرير',
    child: 'الطفل(ة)',
    born: 'تاريخ الازدياد',
    sex: { F: 'أنثى', M: 'ذكر' } as Record<string, string>,
    measures: 'التدابير المأمور بها',
    summary: 'خلاصة التتبع',
    situation: 'وضعية الطفل',
    progress: 'تنفيذ التدابير',
    recommendation: 'المقترحات',
    writtenBy: 'حرر من طرف',
    approvedBy: 'صادق عليه رئيس المركز',
    on: 'بتاريخ',
    footer: 'مسار — تقرير سري',
    subject: (ref: string, order: string, n: number) => `تقرير تتبع رقم ${n} — المقرر ${order} — الملف ${ref}`,
    body: (order: string, n: number) => `تجدون رفقته تقرير التتبع رقم ${n} المتعلق بالمقرر القضائي ${order}، بعد مصادقة رئيس مركز المواكبة.`,
  },
  fr: {
    kingdom: 'Royaume du Maroc',
    title: 'Rapport d’évolution adressé au tribunal',
    centre: 'Centre d’accompagnement pour la protection de l’enfance',
    reference: 'Référence du dossier',
    order: 'Ordonnance',
    report: 'Rapport n°',
    child: 'Enfant',
    born: 'Date de naissance',
    sex: { F: 'fille', M: 'garçon' } as Record<string, string>,
    measures: 'Mesures ordonnées',
    summary: 'Synthèse du suivi',
    situation: 'Situation de l’enfant',
    progress: 'Exécution des mesures',
    recommendation: 'Propositions',
    writtenBy: 'Rédigé par',
    approvedBy: 'Approuvé par le chef du centre',
    on: 'le',
    footer: 'Masar — rapport confidentiel',
    subject: (ref: string, order: string, n: number) => `Rapport d’évolution n° ${n} — ordonnance ${order} — dossier ${ref}`,
    body: (order: string, n: number) => `Veuillez trouver ci-joint le rapport d’évolution n° ${n} relatif à l’ordonnance ${order}, approuvé par le chef du centre d’accompagnement.`,
  },
} as const;

const day = (iso: string, lang: CourtReportLanguage) =>
  new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA' : 'fr-MA', { dateStyle: 'long', timeZone: 'Africa/Casablanca' }).format(new Date(iso));

const section = (title: string, text: string | null | undefined) =>
  text ? `<section><h2>${escapeHtml(title)}</h2>${text.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</section>` : '';

/** The report as a complete HTML document in its language. */
export function courtReportHtml(d: CourtReportDocument): string {
  const w = WORDS[d.language];
  const rtl = d.language === 'ar';
  const row = (k: string, v: string) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`;
  const sex = d.child.sex ? ` (${w.sex[d.child.sex] ?? d.child.sex})` : '';
  return `<!doctype html>
<html lang="${d.language}" dir="${rtl ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${escapeHtml(w.title)}</title>
<style>
body { font-family: ${rtl ? '"Noto Naskh Arabic", "Noto Sans Arabic",' : ''} "Noto Sans", "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.6; color: #111; }
header { text-align: center; border-bottom: 1px solid #444; margin-bottom: 1em; }
h1 { font-size: 15pt; margin: .4em 0; } h2 { font-size: 12pt; margin: 1em 0 .3em; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: start; padding: 2px 6px; vertical-align: top; } th { width: 35%; font-weight: 600; }
footer { margin-top: 2em; border-top: 1px solid #999; padding-top: .5em; font-size: 10pt; }
</style></head>
<body>
<header><div>${escapeHtml(w.kingdom)}</div><div>${escapeHtml(w.centre)} — ${escapeHtml(d.province[d.language])}</div><h1>${escapeHtml(w.title)}</h1></header>
<table>
${row(w.reference, d.caseReference)}
${row(w.order, d.orderId)}
${row(w.report, String(d.report))}
${row(w.child, `${d.child.name}${sex}`)}
${d.child.dateOfBirth ? row(w.born, d.child.dateOfBirth) : ''}
${row(w.measures, d.measures.map((m) => COURT_MEASURE_INFO[m]?.[d.language] ?? m).join(rtl ? '، ' : ', '))}
</table>
${section(w.summary, d.summary)}
${section(w.situation, d.situation)}
${section(w.progress, d.progress)}
${section(w.recommendation, d.recommendation)}
<footer><div>${escapeHtml(w.writtenBy)}: ${escapeHtml(d.writtenBy)}</div><div>${escapeHtml(w.approvedBy)}: ${escapeHtml(d.approvedBy)} — ${escapeHtml(w.on)} ${escapeHtml(day(d.approvedAt, d.language))}</div></footer>
</body></html>`;
}

export const courtReportFooter = (language: CourtReportLanguage): string => WORDS[language].footer;

/** The email to the court liaison: subject and body in the report's language, without the child's name. */
export function courtReportEmail(p: { language: CourtReportLanguage; caseReference: string; orderId: string; report: number }): { subject: string; text: string; html: string; filename: string } {
  const w = WORDS[p.language];
  const text = w.body(p.orderId, p.report);
  return {
    subject: w.subject(p.caseReference, p.orderId, p.report),
    text,
    html: `<p dir="${p.language === 'ar' ? 'rtl' : 'ltr'}">${escapeHtml(text)}</p>`,
    filename: `${p.caseReference}-${p.orderId.replace(/[^\w.-]/g, '_')}-${p.report}.pdf`,
  };
}
