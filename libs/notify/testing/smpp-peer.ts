// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the types of an untyped package, outside the compiled folders
/// <reference path="../../../types/smpp.d.ts" />
// An SMSC on loopback built on the smpp package's server: it binds
// transceivers, accepts submit_sm, keeps what it got in memory and sends
// delivery receipts (deliver_sm) like a real SMSC, delivering a receipt again
// when the client answers it with an error. Faults on demand: stop answering
// submits, refuse them with a status, say "undeliverable", or go away and
// come back on the same port.
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import * as smpp from 'smpp';

export type ReceiptStat = 'DELIVRD' | 'UNDELIV' | 'none';

export interface SubmittedSm {
  messageId: string;
  source: string;
  destination: string;
  dataCoding: number;
  esmClass: number;
  /** the information elements of the UDH (each: IEI, length, data) */
  udh: Buffer[];
  /** the decoded text of this part */
  text: string;
  /** the concatenation header, when there is one */
  concat?: { reference: number; total: number; seq: number };
  /** when the submit arrived */
  at: Date;
}

export interface SmppPeerOptions {
  port?: number;
  host?: string;
  systemId?: string;
  password?: string;
  receipts?: ReceiptStat;
  receiptDelayMs?: number;
  /** how often an unacknowledged receipt is delivered again */
  receiptRetryMs?: number;
  log?: (line: string) => void;
  /** keep at most this many parts (oldest dropped) */
  keep?: number;
}

export interface SmppPeer {
  url: string;
  port: number;
  readonly submitted: SubmittedSm[];
  /** binds accepted since start */
  readonly binds: number;
  /** false: submits get no response at all (a hung SMSC) */
  answerSubmits(answer: boolean): void;
  /** answer submits with this command_status (0 = accept) */
  refuseSubmits(status: number): void;
  receiptsSay(stat: ReceiptStat): void;
  /** receipts acknowledged by the client, by message id */
  readonly acknowledged: Map<string, number>;
  /** whole messages, parts joined in order, per destination */
  messagesTo(destination: string): string[];
  waitForSubmits(count: number, timeoutMs?: number): Promise<SubmittedSm[]>;
  /**
   * A mobile-originated message, as a handset's SMS to the service number reaches
   * the ESME: deliver_sm on a bound session; resolves to the client's command_status.
   */
  sendMo(from: string, to: string, text: string): Promise<number>;
  /** closes the listener and drops every session */
  stop(): Promise<void>;
  /** listens again on the same port */
  start(): Promise<void>;
}

const ESM_DELIVERY_RECEIPT = 0x04;
const MAX_RECEIPT_TRIES = 20;

export async function startSmppPeer(o: SmppPeerOptions = {}): Promise<SmppPeer> {
  const submitted: SubmittedSm[] = [];
  const acknowledged = new Map<string, number>();
  let answering = true;
  let submitStatus = 0;
  let stat: ReceiptStat = o.receipts ?? 'DELIVRD';
  let binds = 0;
  const log = o.log ?? (() => undefined);
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const boundSessions = new Set<smpp.Session>();
  const onSession = (session: smpp.Session) => {
    let bound = false;
    session.on('error', () => undefined);
    session.on('close', () => boundSessions.delete(session));
    session.on('bind_transceiver', (pdu: smpp.PDU) => {
      const okId = !o.systemId || pdu.system_id === o.systemId;
      const okPass = !o.password || pdu.password === o.password;
      if (!okId || !okPass) {
        session.send(pdu.response({ command_status: smpp.ESME_RBINDFAIL }));
        return;
      }
      bound = true;
      binds++;
      boundSessions.add(session);
      session.send(pdu.response({ system_id: 'masar-peer' }));
    });
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: smpp.PDU) => {
      if (!bound) {
        session.send(pdu.response({ command_status: smpp.errors.ESME_RINVBNDSTS }));
        return;
      }
      if (!answering) return;
      if (submitStatus) {
        session.send(pdu.response({ command_status: submitStatus }));
        return;
      }
      const messageId = randomBytes(6).toString('hex');
      const sm = pdu.short_message as { udh?: Buffer[]; message?: string | Buffer } | undefined;
      const udh = sm?.udh ?? [];
      // the concatenation header Masar writes: IEI 0x08, a 16-bit reference
      const concatIe = udh.find((ie) => ie[0] === 0x08 && ie[1] === 4);
      const part: SubmittedSm = {
        messageId,
        source: String(pdu.source_addr ?? ''),
        destination: String(pdu.destination_addr ?? ''),
        dataCoding: Number(pdu.data_coding ?? 0),
        esmClass: Number(pdu.esm_class ?? 0),
        udh,
        text: typeof sm?.message === 'string' ? sm.message : (sm?.message?.toString('latin1') ?? ''),
        concat: concatIe ? { reference: concatIe.readUInt16BE(2), total: concatIe[4], seq: concatIe[5] } : undefined,
        at: new Date(),
      };
      submitted.push(part);
      if (o.keep && submitted.length > o.keep) submitted.shift();
      log(`smpp peer: to +${part.destination}${part.concat ? ` (${part.concat.seq}/${part.concat.total})` : ''}: ${part.text}`);
      session.send(pdu.response({ message_id: messageId }));
      const wantsReceipt = (Number(pdu.registered_delivery ?? 0) & 0x03) !== 0;
      if (wantsReceipt && stat !== 'none') {
        const say = stat;
        later(o.receiptDelayMs ?? 0, () => sendReceipt(session, part, say, 1));
      }
    });
  };

  const sendReceipt = (session: smpp.Session, part: SubmittedSm, say: Exclude<ReceiptStat, 'none'>, tries: number) => {
    if (session.socket.destroyed) return;
    const now = new Date();
    const stamp = `${String(now.getUTCFullYear()).slice(2)}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}${String(now.getUTCHours()).padStart(2, '0')}${String(now.getUTCMinutes()).padStart(2, '0')}`;
    const text = `id:${part.messageId} sub:001 dlvrd:${say === 'DELIVRD' ? '001' : '000'} submit date:${stamp} done date:${stamp} stat:${say} err:${say === 'DELIVRD' ? '000' : '001'} text:`;
    session.deliver_sm(
      {
        source_addr: part.destination,
        destination_addr: part.source,
        esm_class: ESM_DELIVERY_RECEIPT,
        data_coding: 0,
        short_message: Buffer.from(text, 'latin1'),
        receipted_message_id: part.messageId,
        message_state: say === 'DELIVRD' ? smpp.consts.MESSAGE_STATE.DELIVERED : smpp.consts.MESSAGE_STATE.UNDELIVERABLE,
      },
      (resp: smpp.PDU) => {
        if (resp.command_status === 0) {
          acknowledged.set(part.messageId, tries);
          return;
        }
        // The client could not record it yet: like an SMSC, try again later.
        if (tries < MAX_RECEIPT_TRIES) later(o.receiptRetryMs ?? 200, () => sendReceipt(session, part, say, tries + 1));
      },
    );
  };

  let server = smpp.createServer({}, onSession);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, o.host ?? '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const port = await listen(o.port ?? 0);

  return {
    url: `smpp://${o.host ?? '127.0.0.1'}:${port}`,
    port,
    submitted,
    acknowledged,
    get binds() {
      return binds;
    },
    answerSubmits(answer) {
      answering = answer;
    },
    refuseSubmits(status) {
      submitStatus = status;
    },
    receiptsSay(s) {
      stat = s;
    },
    messagesTo(destination) {
      const digits = destination.replace(/^\+/, '');
      const out: string[] = [];
      const groups = new Map<number, SubmittedSm[]>();
      for (const p of submitted.filter((s) => s.destination === digits)) {
        if (!p.concat) out.push(p.text);
        else {
          const g = groups.get(p.concat.reference) ?? [];
          g.push(p);
          groups.set(p.concat.reference, g);
          // a handset reassembles the parts in flight: once whole, the reference is free again
          if (g.length === p.concat.total) {
            out.push(g.sort((a, b) => a.concat!.seq - b.concat!.seq).map((x) => x.text).join(''));
            groups.delete(p.concat.reference);
          }
        }
      }
      return out;
    },
    async sendMo(from, to, text) {
      const session = [...boundSessions].find((x) => !x.socket.destroyed);
      if (!session) throw new Error('smpp peer: no bound session to deliver a mobile-originated message to');
      return new Promise<number>((resolve) => {
        // the package picks the coding (GSM, Latin-1 or UCS-2 for Arabic) and sets data_coding
        session.deliver_sm({ source_addr: from.replace(/^\+/, ''), destination_addr: to.replace(/^\+/, ''), esm_class: 0, short_message: { message: text } }, (resp: smpp.PDU) =>
          resolve(Number(resp.command_status)),
        );
      });
    },
    async waitForSubmits(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (submitted.length < count) {
        if (Date.now() > deadline) throw new Error(`smpp peer: ${submitted.length} of ${count} submits after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return submitted.slice();
    },
    async stop() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of server.sessions.slice()) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async start() {
      server = smpp.createServer({}, onSession);
      await listen(port);
    },
  };
}
