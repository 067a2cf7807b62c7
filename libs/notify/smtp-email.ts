// The email channel over SMTP: one pooled nodemailer transport per process,
// one message per recipient. STARTTLS is used whenever the server offers it
// (smtps:// for implicit TLS; SMTP_REQUIRE_TLS refuses a server without it),
// the server's certificate verified against the system's CAs or SMTP_TLS_CA_FILE; timeouts are much shorter than nodemailer's
// defaults (2 min to connect, 10 min idle), so a stuck server frees the
// worker slot and the job is retried instead.
import nodemailer, { type NodemailerError } from 'nodemailer';
import { PermanentDeliveryError, TransientDeliveryError, type ChannelAccepted, type EmailChannel, type EmailMessage } from './channels';

export const SMTP_CONNECTION_TIMEOUT_MS = 10_000;
export const SMTP_GREETING_TIMEOUT_MS = 10_000;
export const SMTP_SOCKET_TIMEOUT_MS = 30_000;

export interface SmtpEmailOptions {
  /** smtp://user:pass@host:587 or smtps://host:465 */
  url: string;
  /** "Masar <no-reply@example.ma>" */
  from: string;
  /** refuse to send when the server offers no STARTTLS */
  requireTls?: boolean;
  /** PEM of a private CA to trust (else the system's CAs); the server's certificate is always verified */
  tlsCa?: string;
  maxConnections?: number;
}

export function createSmtpEmailChannel(o: SmtpEmailOptions): EmailChannel {
  const transport = nodemailer.createTransport({
    url: o.url,
    pool: true,
    maxConnections: o.maxConnections ?? 3,
    // A message on a dropped connection comes back as an error: BullMQ owns retries.
    maxRequeues: 0,
    requireTLS: o.requireTls ?? false,
    ignoreTLS: false,
    tls: { rejectUnauthorized: true, minVersion: 'TLSv1.2', ...(o.tlsCa ? { ca: o.tlsCa } : {}) },
    connectionTimeout: SMTP_CONNECTION_TIMEOUT_MS,
    greetingTimeout: SMTP_GREETING_TIMEOUT_MS,
    socketTimeout: SMTP_SOCKET_TIMEOUT_MS,
  });

  return {
    async send(m: EmailMessage): Promise<ChannelAccepted> {
      try {
        const info = await transport.sendMail({
          from: o.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
          messageId: m.messageId,
          ...(m.attachments?.length ? { attachments: m.attachments } : {}),
          headers: { 'Content-Language': m.language, 'Auto-Submitted': 'auto-generated' },
        });
        return { providerMessageId: info.messageId };
      } catch (e) {
        throw classify(e as NodemailerError);
      }
    },
    async close() {
      transport.close();
    },
  };
}

/** SMTP 5xx (except 503) is final; 4xx and anything without a reply (network, timeout) may pass later. */
function classify(e: NodemailerError): Error {
  const reply = e.responseCode ? `SMTP ${e.responseCode}: ${e.response ?? e.message}` : `${e.code ?? 'error'}: ${e.message}`;
  const permanent = e.permanent ?? (e.responseCode !== undefined && e.responseCode >= 500 && e.responseCode !== 503);
  return permanent ? new PermanentDeliveryError(reply) : new TransientDeliveryError(reply);
}
