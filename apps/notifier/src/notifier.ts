// The notifier's composition root: channels, one BullMQ worker per channel
// queue (rate-limited from config), the receipt path, the reconciler, and an
// orderly close (stop taking jobs, let in-flight ones finish, then hang up).
import { readFileSync } from 'node:fs';
import type { Client } from '@temporalio/client';
import { Worker, type JobsOptions } from 'bullmq';
import { createDb, type Db } from '../../../libs/db/prisma';
import type { Channel, EmailChannel, SmsChannel } from '../../../libs/notify/channels';
import { ALERT_QUEUES, openAlertOutbox, type AlertOutbox, type DeliveryJob } from '../../../libs/notify/queues';
import type { SmppSession } from '../../../libs/notify/smpp-session';
import type { InboundSms } from '../../../libs/notify/smpp-sms';
import { createSmppSmsChannel } from '../../../libs/notify/smpp-sms';
import { createSmtpEmailChannel } from '../../../libs/notify/smtp-email';
import { connectClient } from '../../../libs/temporal/connection';
import type { NotifierConfig } from './config';
import { createDeliveryStore } from './delivery-store';
import { createInboundComplaints } from './inbound-complaint';
import { createSurveySweep, scheduleSurveySweep, SURVEY_SWEEP_MS } from './survey-invitations';
import { surveyOptOuts } from './survey-opt-out';
import { createSurveyReplies } from './survey-replies';
import { createLog } from '../../../libs/observability/log';
import type { Registry } from '../../../libs/observability/metrics';
import type { NotifierLog } from './log';
import { createNotifierMetrics } from './metrics';
import { createPathwaySignals, type PathwaySignals } from './pathway-signals';
import { deliveryProcessor } from './processors';
import { createReconciler, scheduleReconciler, type ReconcileOnce } from './reconciler';
import { createRecordReceipt } from './record-receipt';
import { createReportFailure } from './report-failure';
import { createSendDelivery } from './send-delivery';

export interface NotifierDeps {
  /** a shared client (tests); otherwise one is opened from DATABASE_URL and closed with the notifier */
  db?: Db;
  log?: NotifierLog;
  /** overrides of DELIVERY_JOB_OPTIONS for jobs the reconciler enqueues (tests shorten the backoff) */
  jobOptions?: JobsOptions;
  signals?: PathwaySignals;
}

export interface Notifier {
  channels: readonly Channel[];
  workers: Worker<DeliveryJob>[];
  outbox: AlertOutbox;
  email?: EmailChannel;
  sms?: SmsChannel;
  /** the SMPP session behind `sms` (its state, for health and tests) */
  smpp?: SmppSession;
  /** one reconciler pass (the timer runs it every RECONCILE_INTERVAL_MS) */
  reconcileOnce: ReconcileOnce;
  /** the Prometheus series (queue depth, delivery latency, failures by channel) */
  metrics: Registry;
  close(): Promise<void>;
}

/** A CA file named by the configuration, read at start (a missing file stops the notifier with its path). */
const readCa = (file: string | undefined): string | undefined => (file ? readFileSync(file, 'utf8') : undefined);

export async function startNotifier(config: NotifierConfig, deps: NotifierDeps = {}): Promise<Notifier> {
  const log = deps.log ?? createLog('notifier', config);
  const db = deps.db ?? createDb(config.DATABASE_URL, { poolSize: config.NOTIFIER_DB_POOL });
  const store = createDeliveryStore(db);
  const temporal = deps.signals ? undefined : lazyTemporalClient(config);
  const signals = deps.signals ?? createPathwaySignals(() => temporal!.get());
  const reportFailure = createReportFailure({ store, signals, log });
  /** a Temporal client of the inbound complaints' own, when the signals came from the caller (tests) */
  let ownTemporal: ReturnType<typeof lazyTemporalClient> | undefined;

  const email = config.EMAIL_ENABLED ? createSmtpEmailChannel({ url: config.SMTP_URL, from: config.SMTP_FROM, requireTls: config.SMTP_REQUIRE_TLS, tlsCa: readCa(config.SMTP_TLS_CA_FILE) }) : undefined;
  // Complaints by SMS need the outbox (their acknowledgement) opened below: bound late.
  let onInbound: ((mo: InboundSms) => Promise<boolean>) | undefined;
  const sms = config.SMS_ENABLED
    ? createSmppSmsChannel({
        url: config.SMPP_URL,
        tlsCa: readCa(config.SMPP_TLS_CA_FILE),
        systemId: config.SMPP_SYSTEM_ID,
        password: config.SMPP_PASSWORD,
        systemType: config.SMPP_SYSTEM_TYPE,
        sourceAddr: config.SMPP_SOURCE_ADDR,
        responseTimeoutMs: config.SMPP_RESPONSE_TIMEOUT_MS,
        enquireLinkMs: config.SMPP_ENQUIRE_LINK_MS,
        reconnectMinMs: config.SMPP_RECONNECT_MIN_MS,
        reconnectMaxMs: config.SMPP_RECONNECT_MAX_MS,
        onReceipt: createRecordReceipt({ store, reportFailure }),
        onInbound: (mo: InboundSms) => (onInbound ? onInbound(mo) : Promise.resolve(false)),
        log: { info: (m) => log.info(m), warn: (m) => log.warn(m) },
      })
    : undefined;
  const channels: Channel[] = [...(email ? (['EMAIL'] as const) : []), ...(sms ? (['SMS'] as const) : [])];

  // Read at each scrape, once the outbox below is open.
  const metrics = createNotifierMetrics(() => outbox.queues);
  const send = createSendDelivery({
    metrics,
    store,
    email,
    sms,
    reportFailure,
    publicUrl: config.MASAR_PUBLIC_URL,
    messageIdDomain: /@([^\s>]+)/.exec(config.SMTP_FROM)?.[1] ?? 'masar.localhost',
    log,
    documents: async (id) => (await db.caseDocument.findUnique({ where: { id }, select: { content: true } }))?.content ?? null,
  });
  const limits: Record<Channel, { rate: number; concurrency: number }> = {
    EMAIL: { rate: config.EMAIL_RATE_PER_SECOND, concurrency: config.EMAIL_CONCURRENCY },
    SMS: { rate: config.SMS_RATE_PER_SECOND, concurrency: config.SMS_CONCURRENCY },
  };
  const workers = channels.map((channel) => {
    const worker = new Worker<DeliveryJob>(ALERT_QUEUES[channel], deliveryProcessor(send), {
      connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: config.MASAR_REDIS_PREFIX,
      concurrency: limits[channel].concurrency,
      limiter: { max: limits[channel].rate, duration: 1_000 },
    });
    worker.on('error', (e) => log.error(`${channel} worker: ${e.message}`));
    worker.on('failed', (job, e) => log.warn(`${channel} delivery ${job?.data.deliveryKey ?? '?'} attempt ${job?.attemptsMade ?? '?'} failed: ${e.message}`));
    return worker;
  });

  const outbox = openAlertOutbox({ redisUrl: config.REDIS_URL, prefix: config.MASAR_REDIS_PREFIX, channels, jobOptions: deps.jobOptions });
  if (sms && config.PUBLIC_SMS_COMPLAINTS) {
    const client = temporal ?? lazyTemporalClient(config);
    ownTemporal = temporal ? undefined : client;
    onInbound = createInboundComplaints({
      db,
      outbox,
      temporal: () => client.get(),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      provinceCode: config.PUBLIC_SMS_PROVINCE,
      perHour: config.PUBLIC_COMPLAINTS_PER_HOUR,
      log,
    });
  }
  // a survey refusal by SMS first; anything else is a complaint when those are taken, else acknowledged and dropped
  const optOuts = surveyOptOuts(config.MASAR_CODEC_KEYS);
  const surveyReplies = createSurveyReplies({ db, optOuts, log });
  const complaints = onInbound;
  onInbound = async (mo) => (await surveyReplies(mo)) || (complaints ? complaints(mo) : true);
  const surveys = sms ? scheduleSurveySweep(createSurveySweep({ db, outbox, publicUrl: config.MASAR_PUBLIC_URL, optOuts, log }), SURVEY_SWEEP_MS, log) : undefined;
  const reconcileOnce = createReconciler({ store, outbox, channels, afterMs: config.RECONCILE_AFTER_MS, reportFailure, log });
  const reconciler = scheduleReconciler(reconcileOnce, config.RECONCILE_INTERVAL_MS, log);
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  log.info(`notifier: delivering ${channels.join(' and ')} alerts from ${config.MASAR_REDIS_PREFIX}:{${channels.map((c) => ALERT_QUEUES[c]).join(',')}}`);

  let closing: Promise<void> | undefined;
  return {
    channels,
    workers,
    outbox,
    email,
    sms,
    smpp: sms?.session,
    reconcileOnce,
    metrics: metrics.registry,
    close() {
      closing ??= (async () => {
        await reconciler.stop();
        await surveys?.stop();
        // In-flight sends finish; past the grace period they are abandoned and
        // their jobs, once their lock expires, are taken up again as stalled.
        const graceful = Promise.all(workers.map((w) => w.close()));
        const inTime = await Promise.race([graceful.then(() => true), sleep(config.SHUTDOWN_GRACE_MS).then(() => false)]);
        if (!inTime) {
          log.warn(`in-flight deliveries still running after ${config.SHUTDOWN_GRACE_MS} ms; leaving them to another notifier`);
          await Promise.all(workers.map((w) => w.close(true)));
        }
        await Promise.all([email?.close(), sms?.close()]);
        await outbox.close();
        await temporal?.close();
        await ownTemporal?.close();
        if (!deps.db) await db.$disconnect();
        log.info('stopped');
      })();
      return closing;
    },
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** Temporal is only needed when an alert reached nobody: connect then, not at boot. */
function lazyTemporalClient(config: NotifierConfig) {
  let client: Promise<Client> | undefined;
  return {
    get: () => (client ??= connectClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE, codecKeys: config.MASAR_CODEC_KEYS, tls: config }).catch((e) => {
      client = undefined;
      throw e;
    })),
    async close() {
      if (client) await (await client.catch(() => undefined))?.connection.close();
    },
  };
}
