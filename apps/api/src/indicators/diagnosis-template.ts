// The yearly diagnosis as an HTML document in Arabic (right to left) or
// French, printed to PDF by libs/pdf. It prints the figures of a Diagnosis
// (./diagnosis.ts) as they are: nothing is computed here. Every value goes
// through escapeHtml.
import { escapeHtml } from '../../../../libs/pdf/render';
import { ROLE_LABELS } from '../../../../libs/notify/templates';
import type { LadderRole } from '../../../../libs/domain/steps';
import type { Indicator } from './breakdown';
import type { Diagnosis, Figure } from './diagnosis';

type Lang = 'ar' | 'fr';

const INDICATOR_LABELS: Record<Indicator, Record<Lang, string>> = {
  reports_received: { fr: 'Signalements reçus', ar: 'التبليغات الواردة' },
  cases_opened: { fr: 'Dossiers ouverts', ar: 'الملفات المفتوحة' },
  referrals_decided: { fr: 'Orientations tranchées', ar: 'الإحالات المبتّ فيها' },
  referrals_accepted_within_deadline: { fr: 'Orientations acceptées dans le délai', ar: 'الإحالات المقبولة داخل الأجل' },
  redirections_judicial_to_social: { fr: 'Réorientations du judiciaire vers le social', ar: 'التحويل من الحماية القضائية إلى الاجتماعية' },
  redirections_social_to_judicial: { fr: 'Réorientations du social vers le judiciaire', ar: 'التحويل من الحماية الاجتماعية إلى القضائية' },
  prosecutor_reports: { fr: 'Signalements au parquet', ar: 'إشعارات النيابة العامة' },
  children_integrated: { fr: 'Enfants intégrés', ar: 'الأطفال المدمجون' },
  children_back_to_family: { fr: 'Retours en famille', ar: 'العودة إلى الأسرة' },
  children_back_to_school: { fr: 'Retours à l’école', ar: 'العودة إلى المدرسة' },
  children_into_vocational_training: { fr: 'Entrées en formation professionnelle', ar: 'الالتحاق بالتكوين المهني' },
  aftercare_entries: { fr: 'Entrées en suivi post-18 ans', ar: 'الولوج إلى تتبع ما بعد 18 سنة' },
  social_emergency_interventions: { fr: 'Interventions d’urgence sociale', ar: 'تدخلات الإسعاف الاجتماعي' },
};

const WORDS = {
  fr: {
    title: 'Diagnostic annuel de la protection de l’enfance',
    province: 'Province', year: 'Année', previous: 'Année précédente', indicator: 'Indicateur',
    s1: 'Indicateurs de l’année', s2: 'Étapes en retard, par niveau d’alerte atteint', s3: 'Escalades par niveau',
    s4: 'Orientations : délai d’acceptation par prestataire', s5: 'Réorientations', s6: 'Suivi post-18 ans', s7: 'Réclamations', s8: 'Satisfaction des enfants et des familles',
    level: 'Niveau', role: 'Destinataire', count: 'Nombre', provider: 'Prestataire', decided: 'Tranchées', accepted: 'Acceptées', within: 'Dans le délai', median: 'Délai médian (h)',
    jts: 'Du judiciaire vers le social', stj: 'Du social vers le judiciaire', entries: 'Entrées', checkIns: 'Points de suivi', autonomy: 'Jeunes devenus autonomes',
    received: 'Reçues', answered: 'Répondues', inTime: 'Répondues dans le délai', channel: 'Canal',
    responses: 'Réponses', mean: 'Note moyenne (1-5)', satisfied: 'Satisfaits (%)', listened: 'Se sont sentis écoutés (%)', all: 'Toute la province',
    none: 'Aucun', note: (n: number) => `Un effectif de 1 à ${n - 1} est affiché « < ${n} » ; « x » masque la cellule qui le révélerait. Chiffres reproductibles : GET /api/v1/indicators/diagnosis?format=json.`,
  },
  ar: {
    title: 'التشخيص السنوي لحماية الطفولة',
    province: 'الإقليم', year: 'السنة', previous: 'السنة السابقة', indicator: 'المؤشر',
    s1: 'مؤشرات السنة', s2: 'المراحل المتأخرة حسب مستوى التنبيه', s3: 'التصعيدات حسب المستوى',
    s4: 'الإحالات: أجل القبول حسب مقدم الخدمة', s5: 'التحويلات', s6: 'تتبع ما بعد 18 سنة', s7: 'الشكايات', s8: 'رضا الأطفال والأسر',
    level: 'المستوى', role: 'الجهة المنبهة', count: 'العدد', provider: 'مقدم الخدمة', decided: 'المبتّ فيها', accepted: 'المقبولة', within: 'داخل الأجل', median: 'الأجل الوسيط (ساعة)',
    jts: 'من القضائي إلى الاجتماعي', stj: 'من الاجتماعي إلى القضائي', entries: 'الولوج', checkIns: 'جلسات التتبع', autonomy: 'الشباب الذين بلغوا الاستقلالية',
    received: 'الواردة', answered: 'المجاب عنها', inTime: 'المجاب عنها داخل الأجل', channel: 'القناة',
    responses: 'الأجوبة', mean: 'المعدل (1-5)', satisfied: 'الراضون (%)', listened: 'شعروا بالإنصات (%)', all: 'مجموع الإقليم',
    none: 'لا شيء', note: (n: number) => `يظهر العدد من 1 إلى ${n - 1} على شكل « < ${n} »، ويخفي « x » الخانة التي قد تكشفه. الأرقام قابلة للاستخراج: GET /api/v1/indicators/diagnosis?format=json.`,
  },
} as const;

const e = escapeHtml;
const num = (v: Figure | number | null) => (v === null ? '–' : e(v));

function table(head: string[], rows: (Figure | number | null | string)[][], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${e(empty)}</p>`;
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td>${num(c)}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export function diagnosisHtml(d: Diagnosis, lang: Lang): string {
  const w = WORDS[lang];
  const prev = String(d.year - 1);
  const cur = String(d.year);
  const role = (r: string) => ROLE_LABELS[r as LadderRole]?.[lang] ?? r;
  const sections = [
    [w.s1, table([w.indicator, cur, prev], d.indicators.map((i) => [INDICATOR_LABELS[i.indicator][lang], i.current, i.previous]), w.none)],
    [w.s2, table([w.level, w.count], d.overdueSteps.map((o) => [String(o.level), o.count]), w.none)],
    [w.s3, table([w.level, w.role, w.count], d.escalations.map((x) => [String(x.level), role(x.role), x.count]), w.none)],
    [w.s4, table([w.provider, w.decided, w.accepted, w.within, w.median], d.referralAcceptance.map((r) => [r.name[lang], r.decided, r.accepted, r.withinDeadline, r.medianHours]), w.none)],
    [w.s5, table(['', cur, prev], [[w.jts, d.redirections.judicialToSocial.current, d.redirections.judicialToSocial.previous], [w.stj, d.redirections.socialToJudicial.current, d.redirections.socialToJudicial.previous]], w.none)],
    [w.s6, table(['', cur, prev], [[w.entries, d.afterCare.entries.current, d.afterCare.entries.previous], [w.checkIns, d.afterCare.checkIns, ''], [w.autonomy, d.afterCare.autonomyReached, '']], w.none)],
    [w.s7, table(['', cur, prev], [[w.received, d.complaints.received.current, d.complaints.received.previous], [w.answered, d.complaints.answered, ''], [w.inTime, d.complaints.answeredInTime, ''], ...d.complaints.byChannel.map((c) => [`${w.channel} ${c.channel}`, c.count, ''])], w.none)],
    [w.s8, table([w.provider, w.responses, w.mean, w.satisfied, w.listened], d.satisfaction.cells.map((c) => [c.name ? c.name[lang] : w.all, c.responses, c.meanScore, c.satisfiedPct, c.listenedPct]), w.none)],
  ];
  return `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${e(w.title)}</title><style>
body{font-family:"Noto Sans","Noto Sans Arabic","Noto Naskh Arabic",sans-serif;font-size:11px;color:#1b1b1b}
h1{font-size:18px;margin:0 0 4px}h2{font-size:13px;margin:18px 0 6px;border-bottom:1px solid #888}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:3px 6px;text-align:start}td{font-variant-numeric:tabular-nums}
thead th{background:#eee}.meta{color:#444}.note{margin-top:16px;color:#555;font-size:9px}.empty{color:#666}
</style></head><body>
<h1>${e(w.title)}</h1>
<p class="meta">${e(w.province)} : ${e(d.province[lang])} (${e(d.provinceCode)}) — ${e(w.year)} ${e(cur)} — ${e(w.previous)} ${e(prev)}</p>
${sections.map(([h, body]) => `<h2>${e(h)}</h2>${body}`).join('\n')}
<p class="note">${e(w.note(d.suppression.threshold))}</p>
</body></html>`;
}
