// An SMTP server on loopback that keeps what it receives in memory (parsed),
// for integration and fault tests and the local development stack. Faults on
// demand: refuse a recipient with any reply code (4xx, 5xx), a number of
// times or for good, or hold the DATA reply to simulate a slow server.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** 1, 2, 3 ... in order of arrival at this sink (stable while the message is kept) */
  id: number;
  from: string;
  to: string[];
  mail: ParsedMail;
  /** the raw message as it arrived */
  raw: string;
  at: Date;
  /** whether it came over TLS (STARTTLS) */
  secure: boolean;
}

export interface SmtpSinkOptions {
  /** 0 (default) picks a free port */
  port?: number;
  host?: string;
  /** a line per message (for the development stack) */
  log?: (line: string) => void;
  /** keep at most this many messages (oldest dropped) */
  keep?: number;
  /** offer STARTTLS with this key and certificate (PEM); without, STARTTLS is not offered */
  tls?: { key: string; cert: string };
}

export interface SmtpSink {
  url: string;
  port: number;
  readonly messages: ReceivedMail[];
  /** refuse RCPT TO for `address` with `code`, `times` times (default: every time) */
  refuseRecipient(address: string, code: number, times?: number): void;
  /** the number of RCPT TO commands refused so far, per address */
  refusals(address: string): number;
  /** wait this long before answering DATA (a slow server) */
  holdData(ms: number): void;
  to(address: string): ReceivedMail[];
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  clear(): void;
  stop(): Promise<void>;
}

export async function startSmtpSink(o: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let received = 0;
  const refusals = new Map<string, { code: number; left: number }>();
  const refused = new Map<string, number>();
  let holdMs = 0;
  const key = (a: string) => a.trim().toLowerCase();

  const server = new SMTPServer({
    authOptional: true,
    // A development peer: no accounts, and STARTTLS only when given a certificate (tests of TLS).
    disabledCommands: o.tls ? ['AUTH'] : ['STARTTLS', 'AUTH'],
    ...(o.tls ? { key: o.tls.key, cert: o.tls.cert } : {}),
    logger: false,
    onRcptTo(address, _session, callback) {
      const rule = refusals.get(key(address.address));
      if (rule && rule.left > 0) {
        rule.left--;
        refused.set(key(address.address), (refused.get(key(address.address)) ?? 0) + 1);
        const err = Object.assign(new Error(rule.code >= 500 ? 'mailbox unavailable' : 'try again later'), { responseCode: rule.code });
        callback(err);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then(async (mail) => {
            const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            const to = session.envelope.rcptTo.map((r) => r.address);
            if (holdMs) await new Promise((r) => setTimeout(r, holdMs));
            messages.push({ id: ++received, from, to, mail, raw, at: new Date(), secure: session.secure });
            if (o.keep && messages.length > o.keep) messages.shift();
            o.log?.(`smtp sink: ${to.join(', ')} — ${mail.subject ?? ''}`);
            callback();
          })
          .catch((e: Error) => callback(e));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => resolve());
  });
  server.on('error', (e: Error) => o.log?.(`smtp sink: ${e.message}`));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;

  return {
    url: `smtp://${o.host ?? '127.0.0.1'}:${port}`,
    port,
    messages,
    refuseRecipient(address, code, times = Number.POSITIVE_INFINITY) {
      refusals.set(key(address), { code, left: times });
    },
    refusals: (address) => refused.get(key(address)) ?? 0,
    holdData(ms) {
      holdMs = ms;
    },
    to: (address) => messages.filter((m) => m.to.some((t) => key(t) === key(address))),
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`smtp sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages.slice();
    },
    clear() {
      messages.length = 0;
      refusals.clear();
      refused.clear();
      holdMs = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
