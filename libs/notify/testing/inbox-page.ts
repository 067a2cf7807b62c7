// A read-only view of what the development alert peers received: a page
// (emails, SMS, newest first) and the same as JSON, served on loopback by
// node:http. Everything shown came from the network, so every value is
// escaped, and an email's HTML part is served sandboxed (no script, no
// request leaves the page).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SubmittedSm } from './smpp-peer';
import type { ReceivedMail } from './smtp-sink';
import { escapeHtml } from '../html';

export interface InboxSources {
  smtp: { readonly messages: readonly ReceivedMail[] };
  smpp: { readonly submitted: readonly SubmittedSm[] };
}

export interface InboxEmail {
  id: number;
  at: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

export interface InboxSms {
  at: string;
  /** E.164, as the handset would show it */
  destination: string;
  source: string;
  /** the parts joined in order */
  text: string;
  parts: number;
  /** false while a part of a long message is missing (shown as "[…]") */
  complete: boolean;
}

export interface Inbox {
  emails: InboxEmail[];
  sms: InboxSms[];
}

const newestFirst = <T extends { at: string }>(list: T[]) => list.map((m, i) => ({ m, i })).sort((a, b) => b.m.at.localeCompare(a.m.at) || b.i - a.i).map((x) => x.m);

/** Long SMS arrive as parts (same reference, destination and sender): joined here. */
export function reassembleSms(parts: readonly SubmittedSm[]): InboxSms[] {
  const out: InboxSms[] = [];
  const groups = new Map<string, SubmittedSm[]>();
  for (const p of parts) {
    if (!p.concat) {
      out.push({ at: p.at.toISOString(), destination: `+${p.destination}`, source: p.source, text: p.text, parts: 1, complete: true });
      continue;
    }
    const key = `${p.destination}|${p.source}|${p.concat.reference}|${p.concat.total}`;
    let group = groups.get(key);
    // A part number seen again starts the next message under a reused reference.
    if (group?.some((g) => g.concat!.seq === p.concat!.seq)) {
      out.push(joined(group));
      group = undefined;
    }
    if (!group) groups.set(key, (group = []));
    group.push(p);
    if (group.length === p.concat.total) {
      out.push(joined(group));
      groups.delete(key);
    }
  }
  for (const group of groups.values()) out.push(joined(group));
  return newestFirst(out);
}

function joined(group: SubmittedSm[]): InboxSms {
  const sorted = [...group].sort((a, b) => a.concat!.seq - b.concat!.seq);
  const total = sorted[0].concat!.total;
  const texts: string[] = [];
  for (let seq = 1; seq <= total; seq++) texts.push(sorted.find((p) => p.concat!.seq === seq)?.text ?? '[…]');
  const last = group.reduce((a, b) => (b.at > a.at ? b : a));
  return { at: last.at.toISOString(), destination: `+${sorted[0].destination}`, source: sorted[0].source, text: texts.join(''), parts: group.length, complete: group.length === total };
}

export function readInbox(sources: InboxSources): Inbox {
  const emails = sources.smtp.messages.map(
    (m): InboxEmail => ({
      id: m.id,
      at: m.at.toISOString(),
      from: m.from,
      to: m.to,
      subject: m.mail.subject ?? '',
      text: m.mail.text ?? '',
      html: typeof m.mail.html === 'string' ? m.mail.html : null,
    }),
  );
  return { emails: newestFirst(emails), sms: reassembleSms(sources.smpp.submitted) };
}


const time = (iso: string) => escapeHtml(iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z'));

export function renderInboxPage(inbox: Inbox): string {
  const e = escapeHtml;
  const emailRows = inbox.emails.map(
    (m) => `<tr><td class="t">${time(m.at)}</td><td>${e(m.to.join(', '))}</td><td dir="auto">${e(m.subject)}</td>` +
      `<td><pre dir="auto">${e(m.text)}</pre></td><td>${m.html === null ? '' : `<a href="/emails/${m.id}.html">HTML</a>`}</td></tr>`,
  );
  const smsRows = inbox.sms.map(
    (s) => `<tr><td class="t">${time(s.at)}</td><td>${e(s.destination)}</td><td>${e(s.source)}</td>` +
      `<td><pre dir="auto">${e(s.text)}</pre></td><td>${s.parts}${s.complete ? '' : ' (incomplete)'}</td></tr>`,
  );
  const none = (cols: number, what: string) => `<tr><td colspan="${cols}" class="none">No ${what} yet.</td></tr>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Masar — alerts received by the local peers</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}
th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:start;vertical-align:top}
th{background:#f3f3f3}
pre{margin:0;white-space:pre-wrap;font:inherit}
.t{white-space:nowrap;font-variant-numeric:tabular-nums}
.none{color:#777}
</style></head><body>
<h1>Alerts received by the local peers</h1>
<p>Nothing here was sent to anyone: the development SMTP sink and SMSC keep what they receive in memory. Newest first; reload to update. <a href="/messages.json">JSON</a></p>
<h2>Emails (${inbox.emails.length})</h2>
<table><thead><tr><th>received</th><th>to</th><th>subject</th><th>text</th><th></th></tr></thead>
<tbody>${emailRows.join('\n') || none(5, 'email')}</tbody></table>
<h2>SMS (${inbox.sms.length})</h2>
<table><thead><tr><th>received</th><th>to</th><th>from</th><th>text</th><th>parts</th></tr></thead>
<tbody>${smsRows.join('\n') || none(5, 'SMS')}</tbody></table>
</body></html>
`;
}

/** The page's own policy: its inline style, nothing else. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** A received HTML part: a sandbox without scripts, loading nothing from anywhere. */
const MAIL_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

export function inboxRequestListener(sources: InboxSources): http.RequestListener {
  return (req, res) => {
    const send = (status: number, type: string, body: string, csp = PAGE_CSP) => {
      res.writeHead(status, {
        'Content-Type': `${type}; charset=utf-8`,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, 'text/plain', 'read-only\n');
    }
    const path = new URL(req.url ?? '/', 'http://inbox').pathname;
    if (path === '/') return send(200, 'text/html', renderInboxPage(readInbox(sources)));
    if (path === '/messages.json') return send(200, 'application/json', `${JSON.stringify(readInbox(sources), null, 2)}\n`);
    const html = /^\/emails\/(\d{1,12})\.html$/.exec(path);
    if (html) {
      const mail = sources.smtp.messages.find((m) => m.id === Number(html[1]));
      if (mail && typeof mail.mail.html === 'string') return send(200, 'text/html', mail.mail.html, MAIL_CSP);
      return send(404, 'text/plain', 'no such email (the sink keeps the latest ones only), or it has no HTML part\n');
    }
    return send(404, 'text/plain', 'not found\n');
  };
}

export interface InboxServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startInboxServer(sources: InboxSources, o: { port?: number; host?: string } = {}): Promise<InboxServer> {
  const host = o.host ?? '127.0.0.1';
  const server = http.createServer(inboxRequestListener(sources));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
