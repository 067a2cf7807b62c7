// A court report's delivery: the email to the court liaison with the report's
// PDF (kept among the case's documents by the worker) attached. The row's
// payload names the document; the email names neither the child nor the content.
import { courtReportEmail } from '../../../libs/court-report/template';
import { PermanentDeliveryError, type EmailMessage } from '../../../libs/notify/channels';

interface CourtReportPayload {
  kind: 'COURT_REPORT';
  documentId: string;
  caseReference: string;
  orderId: string;
  report: number;
  language: 'ar' | 'fr';
}

/** Loads a case document's bytes. */
export type DocumentLoader = (id: string) => Promise<Uint8Array | null>;

export function courtReportPayload(payload: unknown): CourtReportPayload | null {
  const p = payload as Partial<CourtReportPayload> | null;
  return p?.kind === 'COURT_REPORT' && typeof p.documentId === 'string' ? (p as CourtReportPayload) : null;
}

export async function courtReportMessage(p: CourtReportPayload, to: string, messageId: string, documents: DocumentLoader | undefined): Promise<EmailMessage> {
  const content = documents ? await documents(p.documentId) : null;
  // without its document the email is pointless: fail the delivery for good, and say why
  if (!content) throw new PermanentDeliveryError(`court report document ${p.documentId} is missing`);
  const m = courtReportEmail(p);
  return {
    to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    language: p.language,
    messageId,
    attachments: [{ filename: m.filename, content: Buffer.from(content), contentType: 'application/pdf' }],
  };
}
