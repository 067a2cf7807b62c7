// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the types of an untyped package, outside the compiled folders
/// <reference path="../../types/smpp.d.ts" />
// An SMPP v3.4 transceiver session that stays up. The smpp package gives the
// PDUs and a socket; it does not time out a request that never gets its
// response, nor reconnect a session that dropped. This wrapper adds both:
// every awaited response has a deadline, enquire_link probes the link and a
// dead link is dropped, and a dropped or refused session is bound again with
// exponential backoff until close().
import { EventEmitter } from 'node:events';
import * as smpp from 'smpp';

export interface SmppLogger {
  info(msg: string): void;
  warn(msg: string): void;
}

export interface SmppSessionOptions {
  /** smpp://host:port (ssmpp:// for TLS, the SMSC's certificate verified) */
  url: string;
  /** PEM of a private CA to trust for ssmpp:// (else the system's CAs) */
  tlsCa?: string;
  systemId: string;
  password: string;
  systemType?: string;
  /** the longest wait for any response (bind, submit_sm, enquire_link, unbind) */
  responseTimeoutMs: number;
  /** idle probe of the link */
  enquireLinkMs: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /** answers a deliver_sm: resolves to the command_status of the response */
  onDeliverSm?: (pdu: smpp.PDU) => Promise<number>;
  log?: SmppLogger;
}

export class SmppTimeoutError extends Error {
  override name = 'SmppTimeoutError';
}
export class SmppNotBoundError extends Error {
  override name = 'SmppNotBoundError';
}
export class SmppCommandError extends Error {
  override name = 'SmppCommandError';
  constructor(
    readonly command: string,
    readonly status: number,
  ) {
    super(`${command} refused: command_status 0x${status.toString(16).padStart(4, '0')} (${statusName(status)})`);
  }
}

export function statusName(status: number): string {
  return Object.entries(smpp.errors).find(([, v]) => v === status)?.[0] ?? 'unknown';
}

const silent: SmppLogger = { info: () => undefined, warn: () => undefined };

interface Pending {
  reject(e: Error): void;
}

export class SmppSession extends EventEmitter {
  private session?: smpp.Session;
  private generation = 0;
  private isBound = false;
  private closing = false;
  private failures = 0;
  private reconnectTimer?: NodeJS.Timeout;
  private enquireTimer?: NodeJS.Timeout;
  private readonly pending = new Set<Pending>();
  private readonly log: SmppLogger;

  constructor(private readonly o: SmppSessionOptions) {
    super();
    this.log = o.log ?? silent;
  }

  get bound(): boolean {
    return this.isBound;
  }

  /** Starts connecting; returns at once (waitBound() waits for the bind). */
  start(): void {
    this.closing = false;
    this.connect();
  }

  /** Resolves when bound, or rejects with SmppNotBoundError after `timeoutMs`. */
  waitBound(timeoutMs = this.o.responseTimeoutMs): Promise<void> {
    if (this.isBound) return Promise.resolve();
    if (this.closing) return Promise.reject(new SmppNotBoundError('the SMPP session is closing'));
    return new Promise((resolve, reject) => {
      const onBound = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.off('bound', onBound);
        reject(new SmppNotBoundError(`not bound to ${this.o.url} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.once('bound', onBound);
    });
  }

  /** Sends a request on the bound session and awaits its response (status 0) within the deadline. */
  async request(command: string, params: Record<string, unknown>): Promise<smpp.PDU> {
    await this.waitBound();
    const s = this.session;
    if (!s || !this.isBound) throw new SmppNotBoundError('the SMPP session dropped');
    const resp = await this.call(s, command, params);
    if (resp.command_status !== smpp.ESME_ROK) throw new SmppCommandError(command, resp.command_status);
    return resp;
  }

  /** Unbinds politely, then closes the socket; no reconnection afterwards. */
  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.enquireTimer);
    const s = this.session;
    if (!s) return;
    if (this.isBound) await this.call(s, 'unbind', {}).catch(() => undefined);
    this.isBound = false;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        s.destroy();
        resolve();
      }, this.o.responseTimeoutMs);
      if (s.socket.destroyed) {
        clearTimeout(timer);
        resolve();
        return;
      }
      s.close(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.session = undefined;
  }

  private connect(): void {
    const gen = ++this.generation;
    const s = smpp.connect({ url: this.o.url, ...(this.o.tlsCa ? { ca: this.o.tlsCa } : {}), rejectUnauthorized: true, minVersion: 'TLSv1.2' });
    this.session = s;
    // A host that swallows the SYN would otherwise keep us waiting for minutes.
    const connectTimer = setTimeout(() => {
      this.log.warn(`smpp: no connection to ${this.o.url} within ${this.o.responseTimeoutMs} ms`);
      s.destroy();
    }, this.o.responseTimeoutMs);
    s.on('connect', () => {
      clearTimeout(connectTimer);
      void this.bind(s, gen);
    });
    s.on('error', (e: Error) => this.log.warn(`smpp: ${e.message}`));
    s.on('close', () => {
      clearTimeout(connectTimer);
      this.onClosed(gen);
    });
    s.on('enquire_link', (pdu: smpp.PDU) => s.send(pdu.response()));
    s.on('unbind', (pdu: smpp.PDU) => {
      this.log.warn('smpp: the SMSC unbound the session');
      this.isBound = false;
      s.send(pdu.response());
      s.close();
    });
    s.on('deliver_sm', (pdu: smpp.PDU) => void this.answerDeliverSm(s, pdu));
  }

  private async bind(s: smpp.Session, gen: number): Promise<void> {
    try {
      const resp = await this.call(s, 'bind_transceiver', {
        system_id: this.o.systemId,
        password: this.o.password,
        system_type: this.o.systemType ?? '',
      });
      if (gen !== this.generation) return;
      if (resp.command_status !== smpp.ESME_ROK) throw new SmppCommandError('bind_transceiver', resp.command_status);
      this.isBound = true;
      this.failures = 0;
      this.log.info(`smpp: bound as transceiver to ${this.o.url}`);
      this.enquireTimer = setInterval(() => this.probe(s), this.o.enquireLinkMs);
      this.emit('bound');
    } catch (e) {
      this.log.warn(`smpp: bind failed: ${(e as Error).message}`);
      s.destroy();
    }
  }

  private probe(s: smpp.Session): void {
    this.call(s, 'enquire_link', {}).catch((e: Error) => {
      // No answer to the probe: the link is dead even if the socket looks open.
      this.log.warn(`smpp: ${e.message}; dropping the session`);
      s.destroy();
    });
  }

  private onClosed(gen: number): void {
    if (gen !== this.generation) return;
    const wasBound = this.isBound;
    this.isBound = false;
    clearInterval(this.enquireTimer);
    for (const p of this.pending) p.reject(new SmppNotBoundError('the SMPP session dropped before the response'));
    this.pending.clear();
    if (wasBound) this.emit('unbound');
    if (this.closing) return;
    const delay = Math.min(this.o.reconnectMaxMs, this.o.reconnectMinMs * 2 ** this.failures);
    this.failures++;
    // Jitter keeps several notifiers from hammering a recovering SMSC in step.
    const jittered = Math.round(delay * (0.5 + Math.random() / 2));
    this.log.warn(`smpp: session closed; reconnecting in ${jittered} ms`);
    this.reconnectTimer = setTimeout(() => this.connect(), jittered);
  }

  private call(s: smpp.Session, command: string, params: Record<string, unknown>): Promise<smpp.PDU> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const entry: Pending = {
        reject: (e) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          reject(e);
        },
      };
      const timer = setTimeout(() => {
        this.pending.delete(entry);
        entry.reject(new SmppTimeoutError(`${command}: no response within ${this.o.responseTimeoutMs} ms`));
      }, this.o.responseTimeoutMs);
      this.pending.add(entry);
      const written = s.send(new smpp.PDU(command, params), (resp) => {
        this.pending.delete(entry);
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(resp);
      });
      if (!written) {
        this.pending.delete(entry);
        entry.reject(new SmppNotBoundError(`${command}: the SMPP socket is not writable`));
      }
    });
  }

  private async answerDeliverSm(s: smpp.Session, pdu: smpp.PDU): Promise<void> {
    let status: number = smpp.ESME_ROK;
    if (this.o.onDeliverSm) {
      try {
        status = await this.o.onDeliverSm(pdu);
      } catch (e) {
        // A temporary error: the SMSC keeps the receipt and delivers it again.
        this.log.warn(`smpp: deliver_sm not recorded: ${(e as Error).message}`);
        status = smpp.ESME_RX_T_APPN;
      }
    }
    if (!s.socket.destroyed) s.send(pdu.response({ command_status: status }));
  }
}
