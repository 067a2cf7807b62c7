// Catching up after an SMTP outage: the mail server answers every delivery to
// one recipient with a temporary refusal (451) while N alerts are recorded and
// queued through the production path (the alert activity in this process, the
// notifier child process with its production retry policy: 8 attempts, 15 s
// doubling). When every alert has been tried and refused at least once, the
// server comes back; the figure is the time from its return to the acceptance
// of the last email, with every alert counted: none lost, none sent twice
// (each alert names a reference of its own; the collector counts messages).
//
// What the drain waits for is mostly the retry policy: an alert refused at
// the outage's start sits in its backoff (up to the doubling step it reached)
// when the server returns. The rate once it is retried is the queue's own.
import { randomUUID } from 'node:crypto';
import { createAlertActivities } from '../../activities/alerts';
import type { AlertInput } from '../../activities/alert-contract';
import { createAlertPorts } from '../../apps/worker/src/ports/alert-ports';
import { createDb } from '../../libs/db/prisma';
import { openAlertOutbox } from '../../libs/notify/queues';
import type { MailCollector } from '../lib/mail';
import type { ProcSampler, WindowStats } from '../lib/proc';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round, sleep } from '../lib/util';

/** A coordinator no other phase alerts (the alert-queue phase uses Casablanca's). */
const PROVINCE = 'MARRAKECH';
const RECIPIENT_ID = 'u-marrakech-coordinator';

export interface CatchUpResult {
  alerts: number;
  /** recorded and queued while the server refused (alerts/s) */
  enqueueRate: number;
  outageSeconds: number;
  /** refusals the server gave during the outage (attempts that failed) */
  refusedAttempts: number;
  /** server back → last email accepted */
  drainSeconds: number;
  /** alerts accepted per second after the server came back */
  drainRate: number;
  accepted: number;
  lost: number;
  duplicates: number;
  resources: WindowStats;
  note: string;
}

let seq = 0;
const year = new Date().getUTCFullYear();

function alertInput(): AlertInput {
  const caseId = randomUUID();
  const caseReference = `MSR-${year}-${(0xc0000000 + seq++).toString(16).toUpperCase()}`;
  const now = new Date().toISOString();
  return {
    key: `case-${caseId}:ACKNOWLEDGEMENT:0`,
    workflowId: `case-${caseId}`,
    caseWorkflowId: `case-${caseId}`,
    caseId,
    caseReference,
    provinceCode: PROVINCE,
    category: 'NEGLECT',
    step: 'ACKNOWLEDGEMENT',
    stepKey: 'ACKNOWLEDGEMENT',
    level: 0,
    ladderRole: 'ASSIGNEE',
    assigneeUserId: RECIPIENT_ID,
    organisationId: null,
    dueAt: now,
    alertedAt: now,
  };
}

export async function measureAlertCatchUp(stack: Stack, mails: MailCollector, sampler: ProcSampler, o: { count: number; timeoutMinutes: number }): Promise<CatchUpResult> {
  const sink = stack.smtp!;
  const db = createDb(stack.databaseUrl, { poolSize: Number(stack.appEnv.WORKER_DB_POOL ?? 10) });
  const outbox = openAlertOutbox({ redisUrl: stack.appEnv.REDIS_URL!, prefix: stack.redisPrefix, channels: ['EMAIL'] });
  const activities = createAlertActivities(createAlertPorts(db, outbox));
  const address = String((await stack.pg!.query(`SELECT email FROM "User" WHERE id = $1`, [RECIPIENT_ID])).rows[0]?.email ?? '');
  if (!address) throw new Error(`catch-up: ${RECIPIENT_ID} has no email address`);
  const inputs = Array.from({ length: o.count }, alertInput);
  const keys = inputs.map((i) => `${i.key}:${RECIPIENT_ID}:EMAIL`);
  const attempted = async () => Number((await stack.pg!.query(`SELECT count(*) AS n FROM "Delivery" WHERE key = ANY($1) AND attempts > 0`, [keys])).rows[0].n);
  try {
    const t0 = Date.now();
    sink.refuseRecipient(address, 451);
    log(`catch-up: the mail server refuses ${address} (451); recording and queueing ${o.count} alerts`);
    let errors = 0;
    await mapLimit(inputs, 20, async (input) => {
      const out = await activities.sendAlert(input).catch(() => null);
      if (out?.deliveries !== 1) errors++;
    });
    if (errors) throw new Error(`catch-up: ${errors} alerts were not recorded`);
    const enqueueSeconds = (Date.now() - t0) / 1000;
    // The outage lasts until every alert has been tried (and refused) at least once.
    const deadline = Date.now() + o.timeoutMinutes * 60_000;
    while ((await attempted()) < o.count) {
      stack.check();
      if (Date.now() > deadline) throw new Error('catch-up: the notifier did not try every alert during the outage');
      await sleep(1000);
    }
    const refusedAttempts = sink.refusals(address);
    const back = Date.now();
    sink.refuseRecipient(address, 451, 0);
    log(`catch-up: the mail server is back after ${((back - t0) / 1000).toFixed(0)} s (${refusedAttempts} refused attempts); draining`);
    const arrived = () => inputs.filter((i) => mails.arrival(i.caseReference, address) !== undefined).length;
    while (arrived() < o.count && Date.now() < deadline) {
      stack.check();
      await sleep(500);
      mails.drain();
    }
    await sleep(2000); // a second send of the same alert would arrive now
    mails.drain();
    const times = inputs.map((i) => mails.arrival(i.caseReference, address)).filter((t): t is number => t !== undefined);
    const last = times.length ? Math.max(...times) : NaN;
    const duplicates = inputs.reduce((a, i) => a + Math.max(0, mails.received(i.caseReference, address) - 1), 0);
    const drainSeconds = (last - back) / 1000;
    const result: CatchUpResult = {
      alerts: o.count,
      enqueueRate: round(o.count / enqueueSeconds),
      outageSeconds: round((back - t0) / 1000),
      refusedAttempts,
      drainSeconds: round(drainSeconds),
      drainRate: round(times.filter((t) => t >= back).length / drainSeconds),
      accepted: times.length,
      lost: o.count - times.length,
      duplicates,
      resources: sampler.window(back, Date.now()),
      note:
        `The mail server refused ${address} with 451 from before the first alert until every one of the ${o.count} alerts had been tried once; ` +
        'the notifier kept its production retry policy (8 attempts, first retry after 15 s, doubling), so the drain starts when each alert’s backoff ends.',
    };
    log(`catch-up: ${result.accepted}/${o.count} accepted ${result.drainSeconds} s after the server returned (${result.drainRate}/s); ${result.lost} lost, ${result.duplicates} sent twice`);
    return result;
  } finally {
    sink.refuseRecipient(address, 451, 0);
    await outbox.close();
    await db.$disconnect();
  }
}
