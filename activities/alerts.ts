// The alert activity: for one ladder level of one step, find who must be told
// (the directory), write one delivery row per recipient and channel (unique
// on workflow id + step + level + recipient + channel) and enqueue its job
// under the same key; then return. Delivery is the notifier's job. A retried
// activity finds its rows and enqueues again only what is still queued, so it
// never creates a second delivery.
import type { Db } from '../libs/db/prisma';
import { Prisma } from '../libs/db/prisma';
import { ageAt, asLanguage, initialsOf, type AlertFacts, type Language } from '../libs/notify/alert-message';
import { CHANNELS, type Channel } from '../libs/notify/channels';
import { enqueueDelivery, type AlertOutbox } from '../libs/notify/queues';
import type { AlertInput, AlertOutcome } from './alert-contract';

export interface AlertRecipient {
  userId: string;
  email: string | null;
  /** E.164 */
  phone: string | null;
  language: Language;
  /** the user's order of channels for non-urgent notices */
  channelOrder: readonly Channel[];
}

export interface AlertDirectory {
  /** the active users the ladder level names for this alert */
  recipientsFor(input: AlertInput): Promise<AlertRecipient[]>;
}

/** The facts about the child and the province an alert may carry (never a name). */
export type AlertCaseFacts = Pick<AlertFacts, 'initials' | 'ageYears' | 'ageEstimated' | 'provinceName'>;

export interface AlertCases {
  factsFor(input: AlertInput): Promise<AlertCaseFacts>;
}

export interface NewDelivery {
  key: string;
  channel: Channel;
  recipientId: string;
  address: string;
  language: Language;
  caseId: string;
  workflowId: string;
  step: string;
  level: number;
  payload: AlertFacts;
}

export interface RecordedDelivery {
  key: string;
  channel: Channel;
  status: string;
}

export interface AlertOutboxPort {
  /** the channels delivered by this installation */
  channels: readonly Channel[];
  /** inserts the rows that do not exist yet; returns every row of these keys */
  record(deliveries: NewDelivery[]): Promise<RecordedDelivery[]>;
  /** enqueues the job of a delivery (a no-op while its job exists) */
  dispatch(channel: Channel, deliveryKey: string): Promise<void>;
}

export interface AlertPorts {
  directory: AlertDirectory;
  cases: AlertCases;
  outbox: AlertOutboxPort;
}

/** What a delivery row carries about its alert: the workflow's facts and the case's (never a name). */
export function alertFacts(input: AlertInput, facts: AlertCaseFacts): AlertFacts {
  return {
    alertKey: input.key,
    workflowId: input.workflowId,
    caseWorkflowId: input.caseWorkflowId,
    caseId: input.caseId,
    caseReference: input.caseReference,
    provinceCode: input.provinceCode,
    category: input.category,
    step: input.step,
    stepKey: input.stepKey,
    level: input.level,
    ladderRole: input.ladderRole,
    dueAt: input.dueAt,
    alertedAt: input.alertedAt,
    ...(input.notice ? { notice: true } : {}),
    ...facts,
  };
}

/** workflow id + step + level (the alert key) + recipient + channel */
export function deliveryKey(alertKey: string, recipientId: string, channel: Channel): string {
  return `${alertKey}:${recipientId}:${channel}`;
}

function addressFor(r: AlertRecipient, channel: Channel): string | null {
  return channel === 'EMAIL' ? r.email : r.phone;
}

/** An escalation goes on every channel the recipient has; a notice on the first of their order. */
function channelsFor(r: AlertRecipient, delivered: readonly Channel[], notice: boolean): Channel[] {
  const usable = delivered.filter((ch) => addressFor(r, ch));
  if (!notice) return usable;
  const preferred = [...r.channelOrder, ...CHANNELS].find((ch) => usable.includes(ch));
  return preferred ? [preferred] : [];
}

export function createAlertActivities(ports: AlertPorts) {
  return {
    async sendAlert(input: AlertInput): Promise<AlertOutcome> {
      const found = await ports.directory.recipientsFor(input);
      // Someone without an address in any delivered channel cannot be told: the ladder climbs.
      const reachable = found.filter((r) => ports.outbox.channels.some((ch) => addressFor(r, ch)));
      if (reachable.length === 0) return { recipients: 0, deliveries: 0 };

      const payload = alertFacts(input, await ports.cases.factsFor(input));
      const wanted: NewDelivery[] = reachable.flatMap((r) =>
        channelsFor(r, ports.outbox.channels, input.notice ?? false).map((channel) => ({
          key: deliveryKey(input.key, r.userId, channel),
          channel,
          recipientId: r.userId,
          address: addressFor(r, channel) as string,
          language: r.language,
          caseId: input.caseId,
          workflowId: input.workflowId,
          step: input.step,
          level: input.level,
          payload,
        })),
      );
      const rows = await ports.outbox.record(wanted);
      for (const row of rows) {
        // Sent, delivered or failed rows keep their outcome; only a queued one needs its job.
        if (row.status === 'QUEUED') await ports.outbox.dispatch(row.channel, row.key);
      }
      return { recipients: reachable.length, deliveries: rows.length };
    },
  };
}

export type AlertActivities = ReturnType<typeof createAlertActivities>;

// ── PostgreSQL and BullMQ implementation of the ports ─────────────────────────

const USER_FIELDS = { id: true, email: true, phone: true, language: true, channelOrder: true } as const;

export function createAlertPorts(db: Db, outbox: Pick<AlertOutbox, 'queues' | 'jobOptions'>): AlertPorts {
  const channels = (Object.keys(outbox.queues) as Channel[]).filter((c) => outbox.queues[c]);
  return {
    directory: {
      async recipientsFor(input) {
        let where: Prisma.UserWhereInput;
        if (input.ladderRole !== 'ASSIGNEE') where = { role: input.ladderRole, provinceCode: input.provinceCode };
        else if (input.assigneeUserId) where = { id: input.assigneeUserId };
        else if (input.organisationId) where = { organisationId: input.organisationId, role: 'PROVIDER' };
        else where = { role: 'COORDINATOR', provinceCode: input.provinceCode };
        const users = await db.user.findMany({ where: { ...where, active: true }, select: USER_FIELDS, orderBy: { id: 'asc' } });
        return users.map((u) => ({
          userId: u.id,
          email: u.email,
          phone: u.phone,
          language: asLanguage(u.language),
          channelOrder: u.channelOrder.filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)),
        }));
      },
    },
    cases: {
      async factsFor(input) {
        const [kase, province] = await Promise.all([
          db.case.findUnique({
            where: { id: input.caseId },
            select: { child: { select: { firstName: true, lastName: true, dateOfBirth: true, dobEstimated: true } } },
          }),
          db.province.findUnique({ where: { code: input.provinceCode }, select: { nameFr: true, nameAr: true } }),
        ]);
        const child = kase?.child;
        return {
          initials: initialsOf(child?.firstName, child?.lastName),
          ageYears: ageAt(child?.dateOfBirth, new Date(input.alertedAt)),
          ageEstimated: child?.dobEstimated ?? false,
          provinceName: { fr: province?.nameFr ?? input.provinceCode, ar: province?.nameAr ?? input.provinceCode },
        };
      },
    },
    outbox: {
      channels,
      async record(deliveries) {
        if (deliveries.length === 0) return [];
        await db.delivery.createMany({
          data: deliveries.map((d) => ({ ...d, payload: d.payload as unknown as Prisma.InputJsonValue })),
          skipDuplicates: true,
        });
        const rows = await db.delivery.findMany({
          where: { key: { in: deliveries.map((d) => d.key) } },
          select: { key: true, channel: true, status: true },
          orderBy: { key: 'asc' },
        });
        return rows.map((r) => ({ key: r.key, channel: r.channel as Channel, status: r.status }));
      },
      async dispatch(channel, key) {
        await enqueueDelivery(outbox, channel, key);
      },
    },
  };
}
