// The development stack's alert peers (npm start, when no SMTP_URL/SMPP_URL is
// given): an SMTP sink and an SMSC on loopback that log each alert and keep
// it in memory only, and a read-only page of what they received. Ports:
// SMTP_SINK_PORT (2525), SMPP_PEER_PORT (2775), ALERT_PEERS_HTTP_PORT (8025);
// the SMSC's bind credentials: SMPP_SYSTEM_ID, SMPP_PASSWORD.
import { startInboxServer } from './inbox-page';
import { startSmppPeer } from './smpp-peer';
import { startSmtpSink } from './smtp-sink';

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const smtp = await startSmtpSink({ port: Number(process.env.SMTP_SINK_PORT ?? 2525), log, keep: 500 });
  // The SMSC binds only with the credentials npm start generated for this run (SMPP_SYSTEM_ID, SMPP_PASSWORD).
  const systemId = process.env.SMPP_SYSTEM_ID;
  const password = process.env.SMPP_PASSWORD;
  if (!systemId || !password) throw new Error('SMPP_SYSTEM_ID and SMPP_PASSWORD must be set (npm start generates them)');
  const smpp = await startSmppPeer({ port: Number(process.env.SMPP_PEER_PORT ?? 2775), log, receiptDelayMs: 1_000, keep: 2_000, systemId, password });
  const inbox = await startInboxServer({ smtp, smpp }, { port: Number(process.env.ALERT_PEERS_HTTP_PORT ?? 8025) });
  log(`alert peers: SMTP sink ${smtp.url}, SMPP peer ${smpp.url} (messages are logged, not sent); received messages at ${inbox.url}`);
  const stop = () => {
    void Promise.all([smtp.stop(), smpp.stop(), inbox.stop()]).finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e) => {
  console.error('alert peers:', e instanceof Error ? e.message : e);
  process.exit(1);
});
