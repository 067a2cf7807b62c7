// Alert arrivals: the SMTP sink keeps every message (parsed) in memory; the
// collector takes them out every 200 ms and keeps only, per case reference,
// the first arrival time at each recipient. The SMSC's submits are dropped.
import type { SmppPeer, SmtpSink } from '../../libs/notify/testing';

const REFERENCE = /MSR-\d{4}-[0-9A-F]{8}/;

export class MailCollector {
  /** reference → recipient → first arrival (ms since epoch) */
  readonly arrivals = new Map<string, Map<string, number>>();
  /** reference → recipient → messages received (more than one is a duplicate) */
  readonly counts = new Map<string, Map<string, number>>();
  total = 0;
  sms = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly sink: SmtpSink,
    private readonly smsc?: SmppPeer,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.drain(), 200);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.drain();
  }

  drain(): void {
    const got = this.sink.messages.splice(0, this.sink.messages.length);
    for (const m of got) {
      this.total++;
      const ref = REFERENCE.exec(m.mail.subject ?? '')?.[0];
      if (!ref) continue;
      let byRecipient = this.arrivals.get(ref);
      if (!byRecipient) this.arrivals.set(ref, (byRecipient = new Map()));
      let counted = this.counts.get(ref);
      if (!counted) this.counts.set(ref, (counted = new Map()));
      for (const to of m.to) {
        const key = to.toLowerCase();
        if (!byRecipient.has(key)) byRecipient.set(key, m.at.getTime());
        counted.set(key, (counted.get(key) ?? 0) + 1);
      }
    }
    if (this.smsc) {
      const parts = this.smsc.submitted as unknown as unknown[];
      this.sms += parts.length;
      parts.length = 0;
    }
  }

  /** How many messages about `reference` reached `recipient`. */
  received(reference: string, recipient: string): number {
    return this.counts.get(reference)?.get(recipient.toLowerCase()) ?? 0;
  }

  /** First arrival of an alert about `reference` to `recipient`. */
  arrival(reference: string, recipient: string): number | undefined {
    return this.arrivals.get(reference)?.get(recipient.toLowerCase());
  }
}
