// Messages to a complainant from outside (a child, a parent, a citizen who
// wrote without an account): the acknowledgement with their reference, and
// the answer the responder recorded. They travel as delivery rows of the SMS
// queue (key complaint:<id>:<kind>:SMS, unique: a retry never sends twice),
// sent as written by the notifier. Nothing here says whether a child is known.
import { randomInt } from 'node:crypto';
import type { Category } from '../domain/taxonomy';

/** What a public complaint is for the policy and the alerts: a category of its own (it names no case), answered within the HIGH deadline. */
export const PUBLIC_COMPLAINT_CATEGORY = 'PUBLIC_COMPLAINT' as Category;
export const PUBLIC_COMPLAINT_RISK = 'HIGH' as const;

export type ComplainantMessageKind = 'ack' | 'answer';
export type ComplainantLanguage = 'ar' | 'fr';

/** The payload kind the notifier sends as written (not an alert). */
export const COMPLAINANT_SMS = 'COMPLAINANT_SMS';
export const COMPLAINANT_STEP = 'COMPLAINT_REPLY';
/** delivery rows of complainants are not ladder levels */
export const COMPLAINANT_LEVEL = -2;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** PLT-XXXXXXXX (Crockford base 32, 40 bits): what the complainant quotes. */
export function newComplaintReference(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(32)];
  return `PLT-${s}`;
}

/** Arabic script in the text: answer in Arabic; otherwise French. */
export const languageOf = (text: string): ComplainantLanguage => (/[\u0600-\u06FF]/.test(text) ? 'ar' : 'fr');

export function complainantSmsText(kind: ComplainantMessageKind, reference: string, lang: ComplainantLanguage, answer?: string): string {
  if (kind === 'ack') {
    return lang === 'ar'
      ? `مسار: سُجّلت شكايتكم تحت المرجع ${reference}. سيصلكم الرد برسالة قصيرة على هذا الرقم.`
      : `Masar : votre réclamation est enregistrée sous la référence ${reference}. La réponse vous sera envoyée par SMS à ce numéro.`;
  }
  return lang === 'ar' ? `مسار، الشكاية ${reference}: ${answer ?? ''}` : `Masar, réclamation ${reference} : ${answer ?? ''}`;
}

export interface ComplainantDelivery {
  key: string;
  caseId: string;
  workflowId: string;
  step: string;
  level: number;
  recipientId: string;
  channel: 'SMS';
  address: string;
  language: ComplainantLanguage;
  payload: { kind: typeof COMPLAINANT_SMS; text: string; reference: string; caseReference: string; step: string; alertKey: string; stepKey: string };
}

/** The delivery row of one message to a complainant's number (create it once, by key). */
export function complainantDelivery(c: { id: string; reference: string; workflowId: string | null; replyTo: string; language: ComplainantLanguage }, kind: ComplainantMessageKind, answer?: string): ComplainantDelivery {
  const key = `complaint:${c.id}:${kind}:SMS`;
  return {
    key,
    caseId: '',
    workflowId: c.workflowId ?? '',
    step: COMPLAINT_STEP_NAME,
    level: COMPLAINANT_LEVEL,
    recipientId: `complainant:${c.id}`,
    channel: 'SMS',
    address: c.replyTo,
    language: c.language,
    payload: { kind: COMPLAINANT_SMS, text: complainantSmsText(kind, c.reference, c.language, answer), reference: c.reference, caseReference: c.reference, step: COMPLAINT_STEP_NAME, alertKey: key, stepKey: key },
  };
}
const COMPLAINT_STEP_NAME = COMPLAINANT_STEP;
