// The development inbox over real protocols: an email through SMTP
// (nodemailer) and SMS through the project's SMPP channel arrive at the
// peers, then show on the page and in the JSON, escaped, newest first.
import nodemailer from 'nodemailer';
import { createSmppSmsChannel, type SmppSmsChannel } from '../smpp-sms';
import { startInboxServer, type InboxServer } from './inbox-page';
import { startSmppPeer, type SmppPeer } from './smpp-peer';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

let smtp: SmtpSink;
let smpp: SmppPeer;
let inbox: InboxServer;
let sms: SmppSmsChannel;

const INJECTION = '<script>alert(1)</script> & <img src=x onerror=alert(2)>';
const LONG_ARABIC = 'تنبيه: لم يتم التكفل بالملف MSR-2026-0000ABCD في الآجال المحددة، المرجو الاطلاع عليه فورا عبر الرابط المرفق';

beforeAll(async () => {
  smtp = await startSmtpSink();
  smpp = await startSmppPeer({ systemId: 'masar', password: 'masar' });
  inbox = await startInboxServer({ smtp, smpp });
  sms = createSmppSmsChannel({
    url: smpp.url,
    systemId: 'masar',
    password: 'masar',
    sourceAddr: 'Masar',
    responseTimeoutMs: 5_000,
    enquireLinkMs: 30_000,
    reconnectMinMs: 200,
    reconnectMaxMs: 1_000,
    onReceipt: async () => true,
  });
  await sms.session.waitBound(5_000);

  const transport = nodemailer.createTransport({ url: smtp.url });
  await transport.sendMail({ from: 'Masar <no-reply@masar.localhost>', to: 'first@masar.example.ma', subject: 'Première alerte', text: 'premier texte', html: '<p>premier</p>' });
  await transport.sendMail({
    from: 'Masar <no-reply@masar.localhost>',
    to: 'head.meknes@masar.example.ma',
    subject: INJECTION,
    text: 'Texte <b>brut</b> & "citations"',
    html: '<p dir="rtl">تنبيه <strong>عاجل</strong></p><script>document.title="pwned"</script>',
  });
  transport.close();
  await sms.send({ to: '+212612345612', text: 'Alerte courte <b>' });
  await sms.send({ to: '+212698765401', text: LONG_ARABIC });
});

afterAll(async () => {
  await sms?.close();
  await inbox?.stop();
  await Promise.all([smtp?.stop(), smpp?.stop()]);
});

const get = (path: string) => fetch(`${inbox.url}${path}`);

test('the JSON lists the emails and the SMS, newest first, long SMS reassembled', async () => {
  const r = await get('/messages.json');
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = (await r.json()) as { emails: { id: number; to: string[]; subject: string; text: string; html: string | null; at: string }[]; sms: { destination: string; source: string; text: string; parts: number; complete: boolean }[] };
  expect(body.emails.map((m) => m.to)).toEqual([['head.meknes@masar.example.ma'], ['first@masar.example.ma']]);
  expect(body.emails[0].subject).toBe(INJECTION);
  expect(body.emails[0].text).toContain('Texte <b>brut</b>');
  expect(body.emails[0].html).toContain('عاجل');
  expect(Date.parse(body.emails[0].at)).toBeGreaterThanOrEqual(Date.parse(body.emails[1].at));

  expect(smpp.submitted.filter((p) => p.destination === '212698765401').length).toBeGreaterThan(1);
  expect(body.sms.map((s) => [s.destination, s.source, s.text, s.complete])).toEqual([
    ['+212698765401', 'Masar', LONG_ARABIC, true],
    ['+212612345612', 'Masar', 'Alerte courte <b>', true],
  ]);
  expect(body.sms[0].parts).toBeGreaterThan(1);
});

test('the page shows both, with every received value escaped', async () => {
  const r = await get('/');
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
  const page = await r.text();
  expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
  expect(page).not.toContain('<script');
  expect(page).not.toContain('<img');
  expect(page).not.toContain('<b>');
  expect(page).toContain('Texte &lt;b&gt;brut&lt;/b&gt; &amp; &quot;citations&quot;');
  expect(page).toContain('head.meknes@masar.example.ma');
  expect(page).toContain('Première alerte');
  expect(page).toContain('+212698765401');
  expect(page).toContain(LONG_ARABIC);
  expect(page).toContain('Alerte courte &lt;b&gt;');
  // Newest first in each table.
  expect(page.indexOf('head.meknes@masar.example.ma')).toBeLessThan(page.indexOf('first@masar.example.ma'));
  expect(page.indexOf('+212698765401')).toBeLessThan(page.indexOf('+212612345612'));
});

test('an email’s HTML part is served sandboxed, from the link on the page', async () => {
  const page = await (await get('/')).text();
  const links = [...page.matchAll(/href="(\/emails\/\d+\.html)"/g)].map((m) => m[1]);
  expect(links).toHaveLength(2);
  const r = await get(links[0]);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-security-policy')).toMatch(/^sandbox;.*default-src 'none'/);
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await r.text()).toContain('<strong>عاجل</strong>');
  expect((await get('/emails/999999.html')).status).toBe(404);
  expect((await get('/nowhere')).status).toBe(404);
  expect((await fetch(`${inbox.url}/`, { method: 'POST', body: 'x' })).status).toBe(405);
});
