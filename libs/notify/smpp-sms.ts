// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the types of an untyped package, outside the compiled folders
/// <reference path="../../types/smpp.d.ts" />
// The SMS channel over SMPP v3.4: one transceiver session per process that
// submits the parts of each message (with their concatenation header) and
// receives the delivery receipts, which it hands to the receipt sink before
// acknowledging them.
import { randomInt } from 'node:crypto';
import * as smpp from 'smpp';
import { PermanentDeliveryError, TransientDeliveryError, type ChannelAccepted, type ReceiptOutcome, type ReceiptSink, type SmsChannel, type SmsMessage } from './channels';
import { SmppCommandError, SmppSession, type SmppLogger, type SmppSessionOptions } from './smpp-session';
import { CONCATENATION_REFERENCES, ESM_CLASS_UDH_INDICATOR, planSms } from './sms-encoding';

/** SMSC answers that mean "not now": the same message may pass later. */
export const TRANSIENT_SMPP_STATUSES: ReadonlySet<number> = new Set([
  smpp.ESME_RSYSERR,
  smpp.ESME_RMSGQFUL,
  smpp.ESME_RTHROTTLED,
  smpp.ESME_RX_T_APPN,
  smpp.ESME_RSUBMITFAIL,
  smpp.ESME_RUNKNOWNERR,
]);

/** esm_class bits 2-5: the message type; 0x04 is an SMSC delivery receipt. */
const ESM_MESSAGE_TYPE_MASK = 0x3c;
const ESM_DELIVERY_RECEIPT = 0x04;
const TON_INTERNATIONAL = 0x01;
const TON_ALPHANUMERIC = 0x05;
const NPI_ISDN = 0x01;
/** registered_delivery: a receipt on final success or failure. */
const RECEIPT_ON_FINAL = 0x01;

const STATE_OUTCOME: Record<number, ReceiptOutcome> = {
  2: 'DELIVERED', // DELIVERED
  3: 'UNDELIVERABLE', // EXPIRED
  4: 'UNDELIVERABLE', // DELETED
  5: 'UNDELIVERABLE', // UNDELIVERABLE
  8: 'UNDELIVERABLE', // REJECTED
};
const STAT_OUTCOME: Record<string, ReceiptOutcome> = {
  DELIVRD: 'DELIVERED',
  EXPIRED: 'UNDELIVERABLE',
  DELETED: 'UNDELIVERABLE',
  UNDELIV: 'UNDELIVERABLE',
  REJECTD: 'UNDELIVERABLE',
};

export interface SmppSmsOptions extends Omit<SmppSessionOptions, 'onDeliverSm' | 'log'> {
  /** sender shown on the handset: a short code or an alphanumeric name */
  sourceAddr: string;
  onReceipt: ReceiptSink;
  /**
   * A message a handset sent to the service number (mobile-originated): resolves
   * true once it is recorded (the SMSC then forgets it), false to have it delivered again.
   * Without it, such messages are acknowledged and dropped.
   */
  onInbound?: (mo: InboundSms) => Promise<boolean>;
  log?: SmppLogger;
}

export interface InboundSms {
  /** the sender's number, +digits */
  from: string;
  /** the number it was sent to */
  to: string;
  text: string;
}

export interface SmppSmsChannel extends SmsChannel {
  session: SmppSession;
}

export function createSmppSmsChannel(o: SmppSmsOptions): SmppSmsChannel {
  const session = new SmppSession({ ...o, log: o.log, onDeliverSm: (pdu) => answerDeliverSm(pdu, o) });
  session.start();
  const alphanumericSender = /[^\d+]/.test(o.sourceAddr);

  return {
    session,
    async send(message: SmsMessage): Promise<ChannelAccepted> {
      const plan = planSms(message.text, randomInt(CONCATENATION_REFERENCES));
      const ids: string[] = [];
      try {
        for (const part of plan.parts) {
          const resp = await session.request('submit_sm', {
            source_addr_ton: alphanumericSender ? TON_ALPHANUMERIC : TON_INTERNATIONAL,
            source_addr_npi: alphanumericSender ? 0 : NPI_ISDN,
            source_addr: o.sourceAddr.replace(/^\+/, ''),
            dest_addr_ton: TON_INTERNATIONAL,
            dest_addr_npi: NPI_ISDN,
            destination_addr: message.to.replace(/^\+/, ''),
            esm_class: part.udh ? ESM_CLASS_UDH_INDICATOR : 0,
            data_coding: part.dataCoding,
            registered_delivery: RECEIPT_ON_FINAL,
            // Passed as bytes, so the package neither re-encodes nor guesses the coding.
            short_message: part.udh ? Buffer.concat([part.udh, part.body]) : part.body,
          });
          ids.push(String(resp.message_id ?? ''));
        }
      } catch (e) {
        if (e instanceof SmppCommandError && !TRANSIENT_SMPP_STATUSES.has(e.status)) throw new PermanentDeliveryError(e.message);
        throw new TransientDeliveryError((e as Error).message);
      }
      return { providerMessageId: ids[0], partIds: ids };
    },
    close: () => session.close(),
  };
}

async function answerDeliverSm(pdu: smpp.PDU, o: SmppSmsOptions): Promise<number> {
  const esmClass = Number(pdu.esm_class ?? 0);
  if ((esmClass & ESM_MESSAGE_TYPE_MASK) !== ESM_DELIVERY_RECEIPT) {
    if (!o.onInbound) {
      o.log?.info('smpp: ignored a mobile-originated message');
      return smpp.ESME_ROK;
    }
    const mo = parseInbound(pdu);
    if (!mo) return smpp.ESME_ROK;
    return (await o.onInbound(mo)) ? smpp.ESME_ROK : smpp.ESME_RX_T_APPN;
  }
  const receipt = parseReceipt(pdu);
  if (!receipt) {
    o.log?.warn('smpp: a delivery receipt without a message id');
    return smpp.ESME_ROK;
  }
  const known = await o.onReceipt(receipt);
  return known ? smpp.ESME_ROK : smpp.ESME_RX_T_APPN;
}

/** The sender and text of a mobile-originated deliver_sm (UCS-2 for Arabic, else GSM or Latin-1). */
export function parseInbound(pdu: smpp.PDU): InboundSms | null {
  const sm = pdu.short_message as { message?: unknown } | Buffer | string | undefined;
  const raw = Buffer.isBuffer(sm) || typeof sm === 'string' ? sm : sm?.message;
  const coding = Number(pdu.data_coding ?? 0);
  let text = '';
  if (typeof raw === 'string') text = raw;
  else if (Buffer.isBuffer(raw)) text = coding === 0x08 && raw.length % 2 === 0 ? Buffer.from(raw).swap16().toString('utf16le') : raw.toString('latin1');
  const from = String(pdu.source_addr ?? '').replace(/[^\d]/g, '');
  if (!from) return null;
  return { from: `+${from}`, to: String(pdu.destination_addr ?? ''), text: text.trim() };
}

/** Reads the receipt's TLVs, or its text ("id:... stat:DELIVRD err:000") when the SMSC sends none. */
export function parseReceipt(pdu: smpp.PDU): { providerMessageId: string; outcome: ReceiptOutcome; detail: string } | null {
  const sm = pdu.short_message as { message?: unknown } | Buffer | undefined;
  const raw = Buffer.isBuffer(sm) ? sm : sm?.message;
  const text = Buffer.isBuffer(raw) ? raw.toString('latin1') : typeof raw === 'string' ? raw : '';
  const textId = /\bid:(\S+)/i.exec(text)?.[1];
  const stat = /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  const err = /\berr:(\w+)/i.exec(text)?.[1];
  const id = typeof pdu.receipted_message_id === 'string' && pdu.receipted_message_id ? pdu.receipted_message_id : textId;
  if (!id) return null;
  const state = typeof pdu.message_state === 'number' ? pdu.message_state : undefined;
  const outcome = (state !== undefined ? STATE_OUTCOME[state] : undefined) ?? (stat ? STAT_OUTCOME[stat] : undefined) ?? 'PENDING';
  const detail = [stat ? `stat:${stat}` : state !== undefined ? `message_state:${state}` : '', err ? `err:${err}` : ''].filter(Boolean).join(' ');
  return { providerMessageId: id, outcome, detail };
}
