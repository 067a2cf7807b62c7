// The channel ports the notifier sends through. One adapter per provider sits
// behind each (SMTP today for email; SMPP today for SMS, an HTTP gateway
// tomorrow), so the workflow, the activity and the queues never change when a
// provider does.

export const CHANNELS = ['EMAIL', 'SMS'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  language: 'ar' | 'fr';
  /** a stable Message-ID, so a resend after a crash is recognisable as the same message */
  messageId: string;
  /** documents sent with the message (a court report's PDF) */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface SmsMessage {
  /** E.164 */
  to: string;
  text: string;
}

export interface ChannelAccepted {
  /** what the provider calls the message (SMTP Message-ID, SMSC message id of the first part) */
  providerMessageId: string;
  /** every id the provider gave (one per SMS part); receipts may name any of them */
  partIds?: string[];
}

export interface EmailChannel {
  send(message: EmailMessage): Promise<ChannelAccepted>;
  close(): Promise<void>;
}

export interface SmsChannel {
  send(message: SmsMessage): Promise<ChannelAccepted>;
  close(): Promise<void>;
}

/** What a delivery receipt says about one provider message. */
export type ReceiptOutcome = 'DELIVERED' | 'UNDELIVERABLE' | 'PENDING';

export interface SmsReceipt {
  providerMessageId: string;
  outcome: ReceiptOutcome;
  /** the provider's own words (stat:UNDELIV err:012) */
  detail: string;
}

/**
 * Where an SMS adapter hands the receipts it gets. Resolves to false when no
 * delivery knows the id yet (the receipt overtook the submit's bookkeeping):
 * the adapter then asks the provider to deliver the receipt again later.
 */
export type ReceiptSink = (receipt: SmsReceipt) => Promise<boolean>;

/** The provider refused the message for good (SMTP 5xx, invalid number): retrying cannot help. */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

/** The provider could not take the message now (SMTP 4xx, throttling, timeout, link down). */
export class TransientDeliveryError extends Error {
  override name = 'TransientDeliveryError';
}
