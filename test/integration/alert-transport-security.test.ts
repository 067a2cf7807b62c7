// Email alerts over TLS: STARTTLS with the server's certificate verified
// (against SMTP_TLS_CA_FILE for a private CA), and SMTP_REQUIRE_TLS refusing
// a server that offers no STARTTLS or a certificate nobody vouches for. The
// certificate is made for this test (openssl, self-signed for 127.0.0.1).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { notifierConfigSchema } from '../../apps/notifier/src/config';
import { parseConfig } from '../../libs/config/load';
import { createSmtpEmailChannel } from '../../libs/notify/smtp-email';
import { startSmtpSink, type SmtpSink } from '../../libs/notify/testing';

let dir: string;
let cert: string;
let key: string;
let tlsSink: SmtpSink;
let plainSink: SmtpSink;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'masar-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  key = readFileSync(path.join(dir, 'key.pem'), 'utf8');
  cert = readFileSync(path.join(dir, 'cert.pem'), 'utf8');
  tlsSink = await startSmtpSink({ tls: { key, cert } });
  plainSink = await startSmtpSink();
});
afterAll(async () => {
  await Promise.all([tlsSink?.stop(), plainSink?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const message = (to: string) => ({ to, subject: 'Masar: alerte', text: 'MSR-2026-000001', html: '<p>MSR-2026-000001</p>', messageId: `<${to}.${Date.now()}@masar.test>`, language: 'fr' as const });

async function send(url: string, options: { requireTls?: boolean; tlsCa?: string }, to: string): Promise<void> {
  const channel = createSmtpEmailChannel({ url, from: 'Masar <no-reply@masar.test>', ...options });
  try {
    await channel.send(message(to));
  } finally {
    await channel.close();
  }
}

test('STARTTLS with a certificate of the configured CA: delivered over TLS', async () => {
  await send(tlsSink.url, { requireTls: true, tlsCa: cert }, 'tls@masar.test');
  expect(tlsSink.to('tls@masar.test').map((m) => m.secure)).toEqual([true]);
});

test('a certificate nobody vouches for is refused, and nothing is delivered', async () => {
  await expect(send(tlsSink.url, { requireTls: true }, 'untrusted@masar.test')).rejects.toThrow(/self[- ]signed certificate/);
  expect(tlsSink.to('untrusted@masar.test')).toEqual([]);
});

test('SMTP_REQUIRE_TLS refuses a server that offers no STARTTLS; without it the message goes in clear', async () => {
  // requireTLS sends STARTTLS even when not offered: the server's refusal ends the session, nothing goes in clear
  await expect(send(plainSink.url, { requireTls: true }, 'clear@masar.test')).rejects.toThrow(/^SMTP 500: .*command not recognized/);
  expect(plainSink.to('clear@masar.test')).toEqual([]);
  await send(plainSink.url, {}, 'dev@masar.test');
  expect(plainSink.to('dev@masar.test').map((m) => m.secure)).toEqual([false]);
});

test('the CA files are settings of the notifier (SMTP_TLS_CA_FILE, SMPP_TLS_CA_FILE)', () => {
  const file = path.join(dir, 'ca.pem');
  writeFileSync(file, cert);
  const c = parseConfig(notifierConfigSchema, {
    MASAR_CODEC_KEYS: `k1:${Buffer.alloc(32).toString('base64')}`,
    SMTP_URL: 'smtp://mail.example.ma:587',
    SMTP_REQUIRE_TLS: 'true',
    SMTP_TLS_CA_FILE: file,
    SMPP_URL: 'ssmpp://smsc.example.ma:3550',
    SMPP_TLS_CA_FILE: file,
    SMPP_SYSTEM_ID: 'masar',
    SMPP_PASSWORD: 'k3y-9Tz!',
  });
  expect(c).toMatchObject({ SMTP_REQUIRE_TLS: true, SMTP_TLS_CA_FILE: file, SMPP_TLS_CA_FILE: file, SMPP_URL: 'ssmpp://smsc.example.ma:3550' });
});
