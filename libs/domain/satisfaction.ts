// Satisfaction of children and families (measure 57): who is asked, about
// what, and for how long the invitation holds. Pure data, read by the API
// (contacts, the survey page, the indicators) and the notifier (invitations).

/** What a survey is about: the closure of a case, or a delivered service (a referral COMPLETED). */
export const SURVEY_KINDS = ['CLOSURE', 'SERVICE'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** The child is asked from this age; a younger child's family instead. */
export const SURVEY_CHILD_MIN_AGE = 12;
export const SURVEY_RESPONDENTS = ['CHILD', 'FAMILY'] as const;
export type SurveyRespondent = (typeof SURVEY_RESPONDENTS)[number];

/** An invitation goes out for a closure or a service at most this long after it. */
export const SURVEY_LOOKBACK_DAYS = 30;
/** The one-time link holds this long. */
export const SURVEY_LINK_DAYS = 30;

/** One subject, one survey, whoever is asked and however often the sweep runs. */
export const surveySubjectKey = (kind: SurveyKind, id: string): string => `${kind}:${id}`;

/** The answers to an SMS invitation that refuse every survey to come (case and accents aside). */
export function isSurveyRefusal(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/[.!\s]+$/g, '');
  return ['stop', 'non', 'no', 'لا', 'توقف'].includes(t);
}

/** The invitation's SMS: short, in the respondent's language, with the refusal spelled out. */
export function surveySms(lang: 'ar' | 'fr', kind: SurveyKind, link: string): string {
  if (lang === 'ar') {
    const what = kind === 'CLOSURE' ? 'عن مرافقتكم' : 'عن الخدمة التي تلقيتموها';
    return `مسار: رأيكم يهمنا. أجيبوا عن سؤالين ${what}: ${link} (رابط لمرة واحدة). لعدم تلقي هذه الرسائل أرسلوا "لا".`;
  }
  const what = kind === 'CLOSURE' ? 'sur votre accompagnement' : 'sur le service reçu';
  return `Masar : votre avis compte. Deux questions ${what} : ${link} (lien à usage unique). Pour ne plus être sollicité, répondez STOP.`;
}
