// The alert queue: what the outbox (delivery rows + BullMQ + the notifier)
// costs against sending directly, and how long an alert waits in it.
//
// Throughput: N alert emails through the production path — the alert
// activity (createAlertActivities over createAlertPorts: directory lookup,
// case facts, delivery row, BullMQ job keyed by the row) run in this process,
// delivered by the notifier child process to the SMTP sink — against N of the
// same alerts through a direct path that keeps the same books: the same
// activity and ports, whose dispatch calls the notifier's own send use case
// (claim the row, render, the notifier's SMTP channel, record the send) in
// this process instead of adding a BullMQ job. The difference is the queue
// (two BullMQ scripts, the hop to another process), nothing else. Same
// concurrency on both sides (the notifier's EMAIL_CONCURRENCY), alternating
// rounds (queue, direct, direct, queue) after a warm-up; one last round of
// bare sends (nodemailer alone, no rows) shows what the books cost. A round
// lasts from its first call to the sink's acceptance of its last message.
//
// Latency: alerts at a steady rate in an open loop (the k-th leaves at
// t0 + k/rate whatever happened to the others); for each, the time from its
// enqueue (just before the BullMQ add) to the sink's acceptance of the email,
// and from the activity's start (rows written first) to acceptance.
//
// One email per alert: the outbox is opened for EMAIL only; the recipient is
// a coordinator no other phase alerts; each alert names a reference of its own,
// by which the mail collector matches its arrival.
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { alertFacts, createAlertActivities } from '../../activities/alerts';
import type { AlertInput } from '../../activities/alert-contract';
import type { AlertPorts } from '../../activities/ports';
import { createAlertPorts } from '../../apps/worker/src/ports/alert-ports';
import { createDeliveryStore } from '../../apps/notifier/src/delivery-store';
import { silentLog } from '../../apps/notifier/src/log';
import { createSendDelivery, SEND_LEASE_MS } from '../../apps/notifier/src/send-delivery';
import { createDb } from '../../libs/db/prisma';
import type { AlertFacts } from '../../libs/notify/alert-message';
import { openAlertOutbox } from '../../libs/notify/queues';
import { createSmtpEmailChannel } from '../../libs/notify/smtp-email';
import { renderAlertEmail } from '../../libs/notify/templates';
import type { MailCollector } from '../lib/mail';
import type { ProcSampler, WindowStats } from '../lib/proc';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round, sleep } from '../lib/util';

export const ALERT_PROVINCE = 'CASABLANCA';
const RECIPIENT_ID = 'u-casablanca-coordinator';
const RECIPIENT_EMAIL = 'coordinator.casablanca@masar.example.ma';
const FROM = 'Masar <no-reply@masar.localhost>';
/** createSmtpEmailChannel's pool when the notifier gives none (it gives none) */
const SMTP_POOL = 3;

export interface AlertQueueOptions {
  /** emails per mode for the throughput measure */
  count: number;
  rounds: number;
  /** alerts per second in the latency measure */
  rate: number;
  seconds: number;
}

export interface AlertQueueRound {
  mode: 'queue' | 'direct' | 'bare';
  count: number;
  arrived: number;
  seconds: number;
  rate: number;
  errors: number;
  /** queue rounds: until the last alert was recorded and enqueued */
  producerSeconds?: number;
}

export interface AlertQueueResult {
  perMode: number;
  concurrency: number;
  smtpPool: number;
  rounds: AlertQueueRound[];
  queue: { count: number; seconds: number; rate: number; producerRate: number; errors: number };
  /** the same books without the queue: row, claim, render, SMTP, record, in this process */
  direct: { count: number; seconds: number; rate: number; errors: number };
  /** nodemailer alone: no rows (what the books cost) */
  bare: { count: number; seconds: number; rate: number; errors: number };
  /** queue rate / direct rate */
  ratio: number;
  latency: {
    targetRate: number;
    seconds: number;
    sent: number;
    arrived: number;
    /** alerts started per second, as scheduled */
    achievedRate: number;
    /** enqueue (BullMQ add) → SMTP acceptance at the sink */
    enqueueToAcceptMs: Summary;
    /** the activity's start (scheduled instant) → SMTP acceptance */
    activityToAcceptMs: Summary;
    /** the activity alone: directory, facts, row, job */
    activityMs: Summary;
    /** enqueue → the notifier claims the row (queue wait, job fetch, row read) */
    queueWaitMs: Summary;
    /** claim → the notifier records the send (render, SMTP, from its side) */
    sendMs: Summary;
    /** this process's event-loop delay (it hosts the SMTP sink): late here is late acceptance */
    benchLoopDelayMs: { p50: number; p99: number; max: number };
    /** CPU time per alert over the run: the notifier; this process (activity, SMTP sink) */
    cpuMsPerAlert: { notifier: number; bench: number };
    errors: number;
    resources: WindowStats;
  };
  note: string;
}

let seq = 0;
const year = new Date().getUTCFullYear();

/** An alert of its own (case id, reference) for the coordinator, at level 0. */
function alertInput(): AlertInput {
  const caseId = randomUUID();
  const caseReference = `MSR-${year}-${(0xb0000000 + seq++).toString(16).toUpperCase()}`;
  const now = new Date().toISOString();
  return {
    key: `case-${caseId}:ACKNOWLEDGEMENT:0`,
    workflowId: `case-${caseId}`,
    caseWorkflowId: `case-${caseId}`,
    caseId,
    caseReference,
    provinceCode: ALERT_PROVINCE,
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

/** What the activity would write into the row's payload (the direct path renders the same email). */
function factsOf(input: AlertInput): AlertFacts {
  return alertFacts(input, { initials: null, ageYears: null, ageEstimated: false, provinceName: { fr: 'Casablanca', ar: 'الدار البيضاء' } });
}

export async function measureAlertQueue(stack: Stack, mails: MailCollector, sampler: ProcSampler, o: AlertQueueOptions): Promise<AlertQueueResult> {
  const concurrency = Number(stack.appEnv.EMAIL_CONCURRENCY ?? 5);
  const publicUrl = stack.appEnv.MASAR_PUBLIC_URL ?? 'http://127.0.0.1:3000';
  // The worker's side, in this process: its pool size, the production job options.
  const db = createDb(stack.databaseUrl, { poolSize: Number(stack.appEnv.WORKER_DB_POOL ?? 10) });
  const outbox = openAlertOutbox({ redisUrl: stack.appEnv.REDIS_URL!, prefix: stack.redisPrefix, channels: ['EMAIL'] });
  const email = createSmtpEmailChannel({ url: stack.smtp!.url, from: FROM });
  const enqueuedAt = new Map<string, number>();
  const ports = createAlertPorts(db, outbox);
  const stamped: AlertPorts = {
    ...ports,
    outbox: {
      ...ports.outbox,
      async dispatch(channel, key) {
        enqueuedAt.set(key, Date.now());
        await ports.outbox.dispatch(channel, key);
      },
    },
  };
  const activities = createAlertActivities(stamped);
  // The direct path: the same activity and ports, the notifier's send use case called in place of the job.
  const sendNow = createSendDelivery({
    store: createDeliveryStore(db),
    email,
    reportFailure: async (_row, _to, _from, reason) => {
      throw new Error(`direct send failed: ${reason}`);
    },
    publicUrl,
    messageIdDomain: 'masar.localhost',
    log: silentLog,
  });
  const direct = createAlertActivities({
    ...ports,
    outbox: {
      ...ports.outbox,
      async dispatch(_channel, key) {
        await sendNow({ deliveryKey: key, lastAttempt: false });
      },
    },
  });

  const arrival = (input: AlertInput) => mails.arrival(input.caseReference, RECIPIENT_EMAIL);
  /** Waits for every email of `inputs`: how many arrived, and when the sink accepted the last one. */
  const awaitArrivals = async (inputs: AlertInput[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    let missing = inputs;
    while (missing.length && Date.now() < deadline) {
      stack.check();
      await sleep(100);
      mails.drain();
      missing = missing.filter((i) => arrival(i) === undefined);
    }
    const times = inputs.map(arrival).filter((t): t is number => t !== undefined);
    return { arrived: times.length, last: times.length ? Math.max(...times) : NaN };
  };

  const queueRound = async (n: number): Promise<AlertQueueRound> => {
    const inputs = Array.from({ length: n }, alertInput);
    let errors = 0;
    const t0 = Date.now();
    await mapLimit(inputs, concurrency, async (input) => {
      const out = await activities.sendAlert(input).catch(() => null);
      if (out?.deliveries !== 1) errors++;
    });
    const producerSeconds = (Date.now() - t0) / 1000;
    const { arrived, last } = await awaitArrivals(inputs, 120_000);
    const seconds = (last - t0) / 1000;
    return { mode: 'queue', count: n, arrived, seconds: round(seconds, 2), rate: round(arrived / seconds), errors: Math.max(errors, n - arrived), producerSeconds: round(producerSeconds, 2) };
  };
  const directRound = async (n: number): Promise<AlertQueueRound> => {
    const inputs = Array.from({ length: n }, alertInput);
    let errors = 0;
    const t0 = Date.now();
    await mapLimit(inputs, concurrency, async (input) => {
      const out = await direct.sendAlert(input).catch(() => null);
      if (out?.deliveries !== 1) errors++;
    });
    const { arrived, last } = await awaitArrivals(inputs, 120_000);
    const seconds = (last - t0) / 1000;
    return { mode: 'direct', count: n, arrived, seconds: round(seconds, 2), rate: round(arrived / seconds), errors: Math.max(errors, n - arrived) };
  };
  const bareRound = async (n: number): Promise<AlertQueueRound> => {
    const inputs = Array.from({ length: n }, alertInput);
    let errors = 0;
    const t0 = Date.now();
    await mapLimit(inputs, concurrency, async (input) => {
      // As the notifier does per job: render in the reader's language, send.
      const m = renderAlertEmail(factsOf(input), 'fr', publicUrl);
      await email.send({ to: RECIPIENT_EMAIL, ...m, language: 'fr', messageId: `<${randomUUID()}.alert@masar.localhost>` }).catch(() => errors++);
    });
    const { arrived, last } = await awaitArrivals(inputs, 120_000);
    const seconds = (last - t0) / 1000;
    return { mode: 'bare', count: n, arrived, seconds: round(seconds, 2), rate: round(arrived / seconds), errors: Math.max(errors, n - arrived) };
  };

  try {
    // Warm-up of both paths (connections, JIT, the notifier's workers).
    await queueRound(50);
    await directRound(50);
    await bareRound(50);

    const perRound = Math.max(1, Math.floor(o.count / o.rounds));
    const order: ('queue' | 'direct')[] = [];
    for (let r = 0; r < o.rounds; r++) order.push(...((r % 2 === 0 ? ['queue', 'direct'] : ['direct', 'queue']) as ('queue' | 'direct')[]));
    const rounds: AlertQueueRound[] = [];
    for (const mode of order) {
      const res = mode === 'queue' ? await queueRound(perRound) : await directRound(perRound);
      rounds.push(res);
      log(`alert queue: ${mode} ${res.arrived}/${res.count} in ${res.seconds} s = ${res.rate}/s${res.producerSeconds !== undefined ? ` (recorded and enqueued in ${res.producerSeconds} s)` : ''}${res.errors ? `, ${res.errors} errors` : ''}`);
    }
    rounds.push(await bareRound(perRound));
    const sum = (mode: AlertQueueRound['mode']) => {
      const rs = rounds.filter((r) => r.mode === mode);
      const count = rs.reduce((a, r) => a + r.arrived, 0);
      const seconds = rs.reduce((a, r) => a + r.seconds, 0);
      const producer = rs.reduce((a, r) => a + (r.producerSeconds ?? 0), 0);
      return { count, seconds: round(seconds, 2), rate: round(count / seconds), producerRate: round(count / producer), errors: rs.reduce((a, r) => a + r.errors, 0) };
    };
    const queue = sum('queue');
    const { producerRate: _p, ...directSum } = sum('direct');
    const { producerRate: _b, ...bare } = sum('bare');

    // Latency at a steady rate, open loop.
    const total = Math.round(o.rate * o.seconds);
    log(`alert queue: ${total} alerts at ${o.rate}/s (open loop), enqueue → SMTP acceptance`);
    const inputs = Array.from({ length: total }, alertInput);
    const scheduled: number[] = [];
    const activityMs: number[] = [];
    let errors = 0;
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const t0 = Date.now() + 200;
    const inFlight: Promise<void>[] = [];
    for (let k = 0; k < total; k++) {
      const at = t0 + (k * 1000) / o.rate;
      const wait = at - Date.now();
      if (wait > 0) await sleep(wait);
      scheduled[k] = at;
      inFlight.push(
        activities.sendAlert(inputs[k]).then(
          (out) => {
            if (out.deliveries === 1) activityMs.push(Date.now() - at);
            else errors++;
          },
          () => void errors++,
        ),
      );
    }
    const lastStarted = Date.now();
    await Promise.all(inFlight);
    const { arrived } = await awaitArrivals(inputs, 60_000);
    loop.disable();
    const loopDelayMs = { p50: round(loop.percentile(50) / 1e6), p99: round(loop.percentile(99) / 1e6), max: round(loop.max / 1e6) };
    const resources = sampler.window(t0, Date.now());
    const fromEnqueue: number[] = [];
    const fromStart: number[] = [];
    const keyOf = (input: AlertInput) => `${input.key}:${RECIPIENT_ID}:EMAIL`;
    inputs.forEach((input, k) => {
      const accepted = arrival(input);
      const enqueued = enqueuedAt.get(keyOf(input));
      if (accepted === undefined || enqueued === undefined) return;
      fromEnqueue.push(accepted - enqueued);
      fromStart.push(accepted - scheduled[k]);
    });
    // The notifier's side, from its rows: a claim holds the row SEND_LEASE_MS from the attempt's start.
    const rows = (await stack.pg!.query(`SELECT key, "claimedUntil", "sentAt" FROM "Delivery" WHERE key = ANY($1)`, [inputs.map(keyOf)])).rows as { key: string; claimedUntil: Date | null; sentAt: Date | null }[];
    const queueWait: number[] = [];
    const send: number[] = [];
    for (const r of rows) {
      const enqueued = enqueuedAt.get(r.key);
      if (!r.claimedUntil || !r.sentAt || enqueued === undefined) continue;
      const claimed = r.claimedUntil.getTime() - SEND_LEASE_MS;
      queueWait.push(claimed - enqueued);
      send.push(r.sentAt.getTime() - claimed);
    }
    const latency = {
      targetRate: o.rate,
      seconds: o.seconds,
      sent: total,
      arrived,
      achievedRate: round(total / Math.max(0.001, (lastStarted - t0) / 1000 + 1 / o.rate)),
      enqueueToAcceptMs: summarize(fromEnqueue),
      activityToAcceptMs: summarize(fromStart),
      activityMs: summarize(activityMs),
      queueWaitMs: summarize(queueWait),
      sendMs: summarize(send),
      benchLoopDelayMs: loopDelayMs,
      cpuMsPerAlert: {
        // % of one core over the window → CPU ms, shared by the alerts sent in it
        notifier: round(((resources.procs.notifier?.cpuPercent ?? NaN) * 10 * resources.seconds) / total, 2),
        bench: round(((resources.procs.bench?.cpuPercent ?? NaN) * 10 * resources.seconds) / total, 2),
      },
      errors: Math.max(errors, total - arrived),
      resources,
    };
    log(`alert queue: at ${o.rate}/s ${arrived}/${total} arrived; enqueue → accepted p50 ${latency.enqueueToAcceptMs.p50} ms, p95 ${latency.enqueueToAcceptMs.p95} ms, p99 ${latency.enqueueToAcceptMs.p99} ms (queue wait p50/p99 ${latency.queueWaitMs.p50}/${latency.queueWaitMs.p99} ms, send ${latency.sendMs.p50}/${latency.sendMs.p99} ms; bench event loop delay p99 ${loopDelayMs.p99} ms)`);

    return {
      perMode: o.count,
      concurrency,
      smtpPool: SMTP_POOL,
      rounds,
      queue,
      direct: directSum,
      bare,
      ratio: round(queue.rate / directSum.rate, 2),
      latency,
      note:
        `Queue: the alert activity (directory, case facts, delivery row, BullMQ job; this process, ${concurrency} at a time) and the notifier process (EMAIL_CONCURRENCY ${concurrency}); ` +
        `direct: the same activity and ports in this process, whose dispatch runs the notifier's send use case (claim, render, its SMTP channel with ${SMTP_POOL} pooled connections, record the send) instead of adding a job; bare: nodemailer alone, no rows. ` +
        'Same SMTP sink (in this process); a round runs from its first call to the acceptance of its last email; rounds alternate ABBA after a warm-up of 50 each.',
    };
  } finally {
    await email.close();
    await outbox.close();
    await db.$disconnect();
  }
}
