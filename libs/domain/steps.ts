// The awaited steps of a pathway: each has a deadline from the province's
// policy and an escalation ladder that climbs while nobody acts.
import type { RiskLevel, Role } from './taxonomy';

export const STEPS = [
  'ACKNOWLEDGEMENT',
  'CHILD_SEEN',
  'ASSESSMENT',
  'CARE_PLAN',
  'APPROVAL',
  'REFERRAL_ACCEPTANCE',
  'SERVICE_START',
  'REORIENTATION',
  'CASE_REVIEW',
  'INSTITUTION_REVIEW',
  'LIBERTY_REVIEW',
  'PROSECUTOR_REPORT',
  'COURT_REPORT',
  // a measure the court ordered without naming its provider: the coordinator chooses one
  'MEASURE_PROVIDER',
  'AUTONOMY_PLAN',
  'AFTERCARE_CHECKIN',
  'COMPLAINT_RESPONSE',
  'RUNAWAY',
  'FAMILY_VISIT',
  'FILE_ACCESS_RESPONSE',
] as const;
export type Step = (typeof STEPS)[number];

/** Not a step: the wait between two levels of a ladder, also set by policy. */
export const ESCALATION_INTERVAL = 'ESCALATION_INTERVAL' as const;
export type PolicyStep = Step | typeof ESCALATION_INTERVAL;
export const POLICY_STEPS: readonly PolicyStep[] = [...STEPS, ESCALATION_INTERVAL];

/** Who is alerted at each level. ASSIGNEE is whoever the step waits for. */
export type LadderRole = 'ASSIGNEE' | Extract<Role, 'HEAD_OF_CENTRE' | 'DELEGATE' | 'COMMITTEE' | 'JUDICIAL_LIAISON'>;

export const SOCIAL_LADDER: readonly LadderRole[] = ['ASSIGNEE', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE'];
export const JUDICIAL_LADDER: readonly LadderRole[] = ['ASSIGNEE', 'JUDICIAL_LIAISON', 'HEAD_OF_CENTRE', 'DELEGATE'];

/** An approval already waits for the head of the centre: the ladder starts there. */
export const APPROVAL_LADDER: readonly LadderRole[] = ['HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE'];

/** A complaint is routed to the province's supervising delegate; the committee hears of one left unanswered. */
export const COMPLAINT_LADDER: readonly LadderRole[] = ['DELEGATE', 'COMMITTEE'];

/** A request for one's own file (law 09-08) is answered by the centre: its head, then the delegate and the committee. */
export const FILE_ACCESS_LADDER: readonly LadderRole[] = ['HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE'];

const JUDICIAL_STEPS: readonly Step[] = ['PROSECUTOR_REPORT', 'COURT_REPORT'];

/**
 * Who hears of a step the moment it opens, besides its ladder: the prosecutor's
 * liaison learns that a report to the prosecutor is owed (not one interval after its deadline).
 */
export const NOTICE_ON_OPEN: Partial<Record<Step, LadderRole>> = { PROSECUTOR_REPORT: 'JUDICIAL_LIAISON' };

export function ladderFor(step: Step): readonly LadderRole[] {
  if (step === 'APPROVAL') return APPROVAL_LADDER;
  if (step === 'COMPLAINT_RESPONSE') return COMPLAINT_LADDER;
  if (step === 'FILE_ACCESS_RESPONSE') return FILE_ACCESS_LADDER;
  return JUDICIAL_STEPS.includes(step) ? JUDICIAL_LADDER : SOCIAL_LADDER;
}

export const STEP_LABELS: Record<Step, { fr: string; ar: string; expected: { fr: string; ar: string } }> = {
  ACKNOWLEDGEMENT: { fr: 'Accusé de réception du signalement', ar: 'التكفل بالتبليغ', expected: { fr: 'prendre en charge le signalement', ar: 'التكفل بالتبليغ' } },
  CHILD_SEEN: { fr: 'Accueil de l’enfant', ar: 'استقبال الطفل', expected: { fr: 'recevoir ou voir l’enfant et assurer sa sécurité', ar: 'استقبال الطفل وضمان سلامته' } },
  ASSESSMENT: { fr: 'Diagnostic de la situation', ar: 'تشخيص الوضعية', expected: { fr: 'compléter le diagnostic selon le protocole', ar: 'إنجاز التشخيص وفق البروتوكول' } },
  CARE_PLAN: { fr: 'Plan de prise en charge', ar: 'مخطط التكفل', expected: { fr: 'établir le plan de prise en charge', ar: 'إعداد مخطط التكفل' } },
  APPROVAL: { fr: 'Validation par le chef du centre', ar: 'مصادقة رئيس المركز', expected: { fr: 'valider ou refuser avec motif', ar: 'المصادقة أو الرفض مع التعليل' } },
  REFERRAL_ACCEPTANCE: { fr: 'Acceptation de l’orientation', ar: 'قبول الإحالة', expected: { fr: 'accepter ou refuser l’orientation', ar: 'قبول الإحالة أو رفضها' } },
  SERVICE_START: { fr: 'Début du service', ar: 'بدء الخدمة', expected: { fr: 'démarrer le service accepté', ar: 'بدء الخدمة المقبولة' } },
  REORIENTATION: { fr: 'Réorientation', ar: 'إعادة التوجيه', expected: { fr: 'réorienter l’enfant vers un autre service', ar: 'إعادة توجيه الطفل' } },
  CASE_REVIEW: { fr: 'Révision du dossier', ar: 'مراجعة الملف', expected: { fr: 'réviser le dossier', ar: 'مراجعة الملف' } },
  INSTITUTION_REVIEW: { fr: 'Révision du placement', ar: 'مراجعة الإيداع', expected: { fr: 'réviser le placement en institution', ar: 'مراجعة وضعية الإيداع بالمؤسسة' } },
  LIBERTY_REVIEW: { fr: 'Révision de la privation de liberté', ar: 'مراجعة وضعية الحرمان من الحرية', expected: { fr: 'visiter l’enfant privé de liberté et réviser sa situation', ar: 'زيارة الطفل المحروم من الحرية ومراجعة وضعيته' } },
  PROSECUTOR_REPORT: { fr: 'Signalement au parquet', ar: 'إشعار النيابة العامة', expected: { fr: 'signaler au parquet', ar: 'إشعار النيابة العامة' } },
  COURT_REPORT: { fr: 'Rapport au tribunal', ar: 'تقرير للمحكمة', expected: { fr: 'adresser le rapport d’évolution au juge', ar: 'إرسال تقرير التتبع إلى القاضي' } },
  MEASURE_PROVIDER: { fr: 'Prestataire d’une mesure judiciaire', ar: 'مقدم خدمة تدبير قضائي', expected: { fr: 'choisir le prestataire de la mesure ordonnée', ar: 'اختيار مقدم الخدمة للتدبير الذي أمرت به المحكمة' } },
  AUTONOMY_PLAN: { fr: 'Plan d’autonomie', ar: 'مخطط الاستقلالية', expected: { fr: 'établir le plan d’autonomie', ar: 'إعداد مخطط الاستقلالية' } },
  AFTERCARE_CHECKIN: { fr: 'Suivi post-18 ans', ar: 'تتبع ما بعد 18 سنة', expected: { fr: 'faire le point avec le jeune', ar: 'التواصل مع الشاب وتتبع وضعيته' } },
  COMPLAINT_RESPONSE: { fr: 'Réponse à une réclamation', ar: 'الرد على شكاية', expected: { fr: 'examiner la réclamation et y répondre', ar: 'دراسة الشكاية والرد عليها' } },
  RUNAWAY: { fr: 'Fugue de l’enfant', ar: 'فرار الطفل', expected: { fr: 'retrouver l’enfant et le mettre en sécurité', ar: 'العثور على الطفل وضمان سلامته' } },
  FAMILY_VISIT: { fr: 'Visite de suivi en famille', ar: 'زيارة تتبع داخل الأسرة', expected: { fr: 'rendre visite à l’enfant revenu dans sa famille', ar: 'زيارة الطفل بعد عودته إلى أسرته' } },
  FILE_ACCESS_RESPONSE: { fr: 'Accès à son dossier', ar: 'الاطلاع على الملف', expected: { fr: 'remettre le dossier demandé, tiers masqués', ar: 'تسليم الملف المطلوب مع إخفاء بيانات الأغيار' } },
};

/**
 * The default policy (domain brief): durations per step and risk level, in
 * order IMMINENT, HIGH, MEDIUM, LOW. Seeded as national rules; a provincial
 * committee overrides any of them.
 */
export const DEFAULT_POLICY: Record<PolicyStep, Record<RiskLevel, string>> = {
  ACKNOWLEDGEMENT: r('PT1H', 'PT4H', 'PT24H', 'PT24H'),
  CHILD_SEEN: r('PT4H', 'PT24H', 'PT72H', 'PT72H'),
  ASSESSMENT: r('PT72H', 'P7D', 'P14D', 'P14D'),
  CARE_PLAN: r('P3D', 'P7D', 'P14D', 'P14D'),
  APPROVAL: r('PT4H', 'PT24H', 'PT48H', 'PT48H'),
  REFERRAL_ACCEPTANCE: r('PT4H', 'PT24H', 'PT72H', 'PT72H'),
  SERVICE_START: r('PT24H', 'P7D', 'P14D', 'P14D'),
  REORIENTATION: r('PT4H', 'PT24H', 'PT72H', 'PT72H'),
  CASE_REVIEW: r('P30D', 'P90D', 'P90D', 'P90D'),
  INSTITUTION_REVIEW: r('P90D', 'P90D', 'P90D', 'P90D'),
  // a child deprived of liberty is visited at least monthly (measure 32)
  LIBERTY_REVIEW: r('P30D', 'P30D', 'P30D', 'P30D'),
  PROSECUTOR_REPORT: r('PT24H', 'PT24H', 'PT24H', 'PT24H'),
  COURT_REPORT: r('P90D', 'P90D', 'P90D', 'P90D'),
  // an ordered measure waits for its provider no longer than a referral waits for acceptance
  MEASURE_PROVIDER: r('PT24H', 'PT48H', 'PT72H', 'PT72H'),
  AUTONOMY_PLAN: r('P30D', 'P30D', 'P30D', 'P30D'),
  AFTERCARE_CHECKIN: r('P90D', 'P90D', 'P90D', 'P90D'),
  COMPLAINT_RESPONSE: r('P3D', 'P7D', 'P15D', 'P15D'),
  // the child found after a runaway (fugue): urgent whatever the case's risk
  RUNAWAY: r('PT2H', 'PT6H', 'PT24H', 'PT24H'),
  // a follow-up visit after the return to the family: the time to make it once it falls due (the template sets the interval)
  FAMILY_VISIT: r('PT72H', 'P7D', 'P14D', 'P14D'),
  // law 09-08: a data subject's access request is answered within 30 days, whatever the case's risk
  FILE_ACCESS_RESPONSE: r('P30D', 'P30D', 'P30D', 'P30D'),
  ESCALATION_INTERVAL: r('PT1H', 'PT24H', 'PT48H', 'PT48H'),
};

function r(imminent: string, high: string, medium: string, low: string): Record<RiskLevel, string> {
  return { IMMINENT: imminent, HIGH: high, MEDIUM: medium, LOW: low };
}
