// The one send use case behind every queue: load the delivery row, render the
// alert in the reader's language, hand it to the channel, record the outcome.
// The row's status guards against a second send (a duplicate job, a job
// re-enqueued by the reconciler after the first one finished).
import { asLanguage } from '../../../libs/notify/alert-message';
import { PermanentDeliveryError, type Channel, type ChannelAccepted, type EmailChannel, type SmsChannel } from '../../../libs/notify/channels';
import { COMPLAINANT_SMS } from '../../../libs/notify/complainant';
import { renderAlertEmail, renderAlertSms } from '../../../libs/notify/templates';
import { DELIVERY_STATUS, type DeliveryRow, type DeliveryStore } from './delivery-store';
import type { NotifierLog } from './log';
import type { DeliveryMetrics } from './metrics';
import type { ReportFailure } from './report-failure';
import { courtReportMessage, courtReportPayload, type DocumentLoader } from './court-report-email';

export interface SendRequest {
  deliveryKey: string;
  /** no retry will follow a failure of this attempt */
  lastAttempt: boolean;
}

export type SendOutcome = 'sent' | 'skipped';

/**
 * How long one attempt holds its row: longer than any send can take (SMTP and
 * SMPP timeouts are under a minute), so a second job never sends alongside it;
 * a sender that died releases it when the lease ends.
 */
export const SEND_LEASE_MS = 120_000;
/** Recording a send that PostgreSQL refused: retried after 250 ms, doubling to 5 s, until 10 s before the lease ends. */
const RECORD_RETRY_FIRST_MS = 250;
const RECORD_RETRY_MAX_MS = 5_000;
const RECORD_MARGIN_MS = 10_000;

export interface SendDeps {
  store: DeliveryStore;
  email?: EmailChannel;
  sms?: SmsChannel;
  reportFailure: ReportFailure;
  publicUrl: string;
  /** the domain of Message-IDs (from SMTP_FROM) */
  messageIdDomain: string;
  log: NotifierLog;
  metrics?: DeliveryMetrics;
  /** a case document's bytes (a court report's PDF attachment) */
  documents?: DocumentLoader;
}

export type SendDelivery = (req: SendRequest) => Promise<SendOutcome>;

export function createSendDelivery(deps: SendDeps): SendDelivery {
  const send = (row: DeliveryRow): Promise<ChannelAccepted> => {
    const lang = asLanguage(row.language);
    const channel = row.channel as Channel;
    if (channel === 'EMAIL') {
      if (!deps.email) throw new Error('email is not enabled in this notifier');
      const court = courtReportPayload(row.payload);
      if (court) {
        const email = deps.email;
        return courtReportMessage(court, row.address, `<${row.id}.court-report@${deps.messageIdDomain}>`, deps.documents).then((m) => email.send(m));
      }
      const m = renderAlertEmail(row.payload, lang, deps.publicUrl);
      return deps.email.send({ to: row.address, ...m, language: lang, messageId: `<${row.id}.alert@${deps.messageIdDomain}>` });
    }
    if (!deps.sms) throw new Error('SMS is not enabled in this notifier');
    // A message to a complainant from outside (acknowledgement, answer): sent as written.
    const written = row.payload as unknown as { kind?: string; text?: string };
    if (written.kind === COMPLAINANT_SMS && typeof written.text === 'string') return deps.sms.send({ to: row.address, text: written.text });
    return deps.sms.send({ to: row.address, text: renderAlertSms(row.payload, lang, deps.publicUrl) });
  };

  /**
   * The channel has the message: what can fail now is the record of it, not
   * the send. The row keeps its claim (no other job sends it again) while the
   * outcome is written, retried until shortly before the lease ends. Failing
   * the job at once would leave the row queued and claimed: skipped by every
   * retry, then sent a second time by the reconciler once the lease ended.
   */
  const recordSent = async (row: DeliveryRow, accepted: ChannelAccepted, leaseEnds: number): Promise<void> => {
    for (let wait = RECORD_RETRY_FIRST_MS; ; wait = Math.min(wait * 2, RECORD_RETRY_MAX_MS)) {
      try {
        await deps.store.markSent(row, accepted);
        return;
      } catch (e) {
        if (Date.now() + wait > leaseEnds - RECORD_MARGIN_MS) throw e;
        deps.log.warn(`delivery ${row.key}: sent, not yet recorded (${(e as Error).message}); retrying in ${wait} ms`);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  };

  return async ({ deliveryKey, lastAttempt }) => {
    const leaseEnds = Date.now() + SEND_LEASE_MS;
    const row = await deps.store.claim(deliveryKey, SEND_LEASE_MS);
    if (!row) {
      // Sent already, settled, or being sent by another job; a job without a row is worth a line.
      const known = await deps.store.findByKey(deliveryKey);
      if (!known) deps.log.warn(`delivery ${deliveryKey}: no such row; job dropped`);
      deps.metrics?.skipped(known?.channel ?? 'unknown');
      return 'skipped';
    }
    let accepted: ChannelAccepted;
    try {
      accepted = await send(row);
    } catch (e) {
      const reason = (e as Error).message;
      deps.metrics?.failed(row.channel, e instanceof PermanentDeliveryError || lastAttempt);
      if (e instanceof PermanentDeliveryError || lastAttempt) {
        await deps.reportFailure(row, DELIVERY_STATUS.FAILED, [DELIVERY_STATUS.QUEUED], reason);
      } else {
        await deps.store.noteError(deliveryKey, reason);
      }
      throw e;
    }
    await recordSent(row, accepted, leaseEnds);
    deps.metrics?.sent(row.channel, row.enqueuedAt);
    return 'sent';
  };
}
