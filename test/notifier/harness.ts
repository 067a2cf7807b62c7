// What the notifier tests share: this run's PostgreSQL, Redis and Temporal
// (global setup), an SMTP sink and an SMSC started in-process on free
// loopback ports, the alert activity wired the way the worker wires it, and
// a notifier built from its own validated config, on a queue prefix of its own.
import { randomBytes } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { createAlertActivities } from '../../activities/alerts';
import type { AlertInput } from '../../activities/alert-contract';
import { notifierConfigSchema, type NotifierConfig } from '../../apps/notifier/src/config';
import { createAlertPorts } from '../../apps/worker/src/ports/alert-ports';
import { silentLog } from '../../apps/notifier/src/log';
import { startNotifier, type Notifier } from '../../apps/notifier/src/notifier';
import { parseConfig } from '../../libs/config/load';
import { createDb, type Db } from '../../libs/db/prisma';
import type { Step, LadderRole } from '../../libs/domain/steps';
import { openAlertOutbox, type AlertOutbox } from '../../libs/notify/queues';
import type { ReceivedMail } from '../../libs/notify/testing';
import { eventually } from '../support/eventually';
import { startSmppPeer, startSmtpSink, type SmppPeer, type SmtpSink } from '../../libs/notify/testing';
import { parkLeftoverDeliveries } from '../support/deliveries';

/** Short retries so a test sees several attempts in a second. */
export const TEST_JOB_OPTIONS: JobsOptions = { attempts: 3, backoff: { type: 'fixed', delay: 300 } };

export const CHILD = { firstName: 'Yasmine', lastName: 'Benali', firstNameAr: 'ياسمين', lastNameAr: 'بنعلي' };

export interface Harness {
  db: Db;
  smtp: SmtpSink;
  smsc: SmppPeer;
  prefix: string;
  config: NotifierConfig;
  outbox: AlertOutbox;
  activities: ReturnType<typeof createAlertActivities>;
  notifier?: Notifier;
  startNotifier(env?: Record<string, string>): Promise<Notifier>;
  redis: Redis;
  stop(): Promise<void>;
}

export const uid = () => randomBytes(4).toString('hex');

export async function startHarness(): Promise<Harness> {
  const prefix = `${process.env.MASAR_REDIS_PREFIX}-n${uid()}`;
  const smtp = await startSmtpSink();
  const smsc = await startSmppPeer({ systemId: 'masar-test', password: 'secret' });
  const baseEnv = {
    ...process.env,
    MASAR_REDIS_PREFIX: prefix,
    SMTP_URL: smtp.url,
    SMTP_FROM: 'Masar <alertes@masar.test>',
    SMPP_URL: smsc.url,
    SMPP_SYSTEM_ID: 'masar-test',
    SMPP_PASSWORD: 'secret',
    SMPP_RESPONSE_TIMEOUT_MS: '800',
    SMPP_ENQUIRE_LINK_MS: '1000',
    SMPP_RECONNECT_MIN_MS: '100',
    SMPP_RECONNECT_MAX_MS: '400',
    EMAIL_RATE_PER_SECOND: '200',
    SMS_RATE_PER_SECOND: '200',
    RECONCILE_INTERVAL_MS: '3600000',
    RECONCILE_AFTER_MS: '1',
    SHUTDOWN_GRACE_MS: '5000',
    MASAR_PUBLIC_URL: 'https://masar.test',
  };
  const config = parseConfig(notifierConfigSchema, baseEnv);
  const db = createDb(process.env.DATABASE_URL as string, { poolSize: 4 });
  await parkLeftoverDeliveries(db);
  // The producer side, as apps/worker opens it.
  const outbox = openAlertOutbox({ redisUrl: config.REDIS_URL, prefix, jobOptions: TEST_JOB_OPTIONS });
  const activities = createAlertActivities(createAlertPorts(db, outbox));
  const redis = new Redis(config.REDIS_URL);

  const h: Harness = {
    db,
    smtp,
    smsc,
    prefix,
    config,
    outbox,
    activities,
    redis,
    async startNotifier(env = {}) {
      h.notifier = await startNotifier(parseConfig(notifierConfigSchema, { ...baseEnv, ...env }), { db, log: silentLog, jobOptions: TEST_JOB_OPTIONS });
      return h.notifier;
    },
    async stop() {
      await h.notifier?.close();
      await outbox.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await smtp.stop();
      await smsc.stop();
      await db.$disconnect();
    },
  };
  return h;
}

export interface CaseFixture {
  caseId: string;
  reference: string;
  provinceCode: string;
  workflowId: string;
}

/** A case whose child has a full name, so tests can prove no alert carries it. */
export async function createCase(db: Db, provinceCode: string, arabicName = false): Promise<CaseFixture> {
  const id = uid();
  const child = await db.child.create({
    data: {
      firstName: arabicName ? CHILD.firstNameAr : CHILD.firstName,
      lastName: arabicName ? CHILD.lastNameAr : CHILD.lastName,
      dateOfBirth: new Date('2015-03-10'),
      sex: 'F',
    },
  });
  const reference = `T-${provinceCode.slice(0, 3)}-${id}`;
  const workflowId = `case-${id}`;
  const kase = await db.case.create({
    data: { reference, childId: child.id, provinceCode, category: 'NEGLECT', riskLevel: 'HIGH', workflowId },
  });
  return { caseId: kase.id, reference, provinceCode, workflowId };
}

export function alertFor(c: CaseFixture, o: { step?: Step; level?: number; ladderRole?: LadderRole; stepKey?: string; assigneeUserId?: string; organisationId?: string; workflowId?: string } = {}): AlertInput {
  const step = o.step ?? 'ASSESSMENT';
  const level = o.level ?? 1;
  const workflowId = o.workflowId ?? c.workflowId;
  const stepKey = o.stepKey ?? `${step}:1`;
  return {
    key: `${workflowId}:${stepKey}:${level}`,
    workflowId,
    caseWorkflowId: c.workflowId,
    caseId: c.caseId,
    caseReference: c.reference,
    provinceCode: c.provinceCode,
    category: 'NEGLECT',
    step,
    stepKey,
    level,
    ladderRole: o.ladderRole ?? 'HEAD_OF_CENTRE',
    assigneeUserId: o.assigneeUserId ?? null,
    organisationId: o.organisationId ?? null,
    dueAt: '2026-03-01T08:00:00.000Z',
    alertedAt: '2026-03-01T13:30:00.000Z',
  };
}

export { eventually };

/**
 * Waits until no job of the channels the notifier delivers is waiting,
 * delayed or running: what was enqueued has been handled (sent, failed for good). Negative checks
 * ("nothing sent twice") come after it, not after a fixed pause.
 */
export async function drained(h: Harness): Promise<void> {
  if (!h.notifier) throw new Error('drained: no notifier runs, nothing would be handled');
  const channels = h.notifier.channels;
  await eventually(async () => {
    for (const channel of channels) {
      const counts = await h.outbox.queues[channel]!.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).some((n) => n > 0)) return false;
    }
    return true;
  });
}

/** Exactly `count` mails reached the sink once the queues are drained (a duplicate fails). */
export async function mailsReceived(h: Harness, count: number): Promise<ReceivedMail[]> {
  await eventually(() => h.smtp.messages.length >= count);
  await drained(h);
  expect(h.smtp.messages).toHaveLength(count);
  return h.smtp.messages.slice();
}

/** A pause that is part of a scenario (a server kept away for a while), never a wait for a result. */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
