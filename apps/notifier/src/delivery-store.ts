// The delivery rows and operator events in PostgreSQL: the record of every
// alert delivery. Every transition is conditional on the current status, so
// a duplicate job, a late receipt or a second notifier cannot undo one.
import { Prisma, utcText, type Db } from '../../../libs/db/prisma';
import type { AlertFacts } from '../../../libs/notify/alert-message';
import type { ChannelAccepted, Channel } from '../../../libs/notify/channels';

export const DELIVERY_STATUS = {
  QUEUED: 'QUEUED',
  SENT: 'SENT',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
  UNDELIVERABLE: 'UNDELIVERABLE',
} as const;
export type DeliveryStatus = (typeof DELIVERY_STATUS)[keyof typeof DELIVERY_STATUS];

/** Statuses from which nothing more will happen to a delivery's reader. */
export const FAILED_FOR_GOOD: readonly string[] = [DELIVERY_STATUS.FAILED, DELIVERY_STATUS.UNDELIVERABLE];

export const OPERATOR_EVENT = {
  /** one delivery failed for good (after its last attempt, or refused, or undeliverable) */
  DELIVERY_FAILED: 'ALERT_DELIVERY_FAILED',
  /** every delivery of an alert failed: nobody at that level was told */
  ALERT_UNDELIVERED: 'ALERT_UNDELIVERED',
  /** the workflow could not be told that its alert was undelivered */
  SIGNAL_FAILED: 'ALERT_SIGNAL_FAILED',
} as const;

/** The payload as stored: the alert's facts plus what the provider said. */
export type DeliveryPayload = AlertFacts & { providerPartIds?: string[] };

export interface DeliveryRow {
  id: string;
  key: string;
  caseId: string;
  workflowId: string;
  level: number;
  recipientId: string;
  channel: Channel;
  address: string;
  language: string;
  status: string;
  attempts: number;
  payload: DeliveryPayload;
  enqueuedAt: Date;
}

export interface FailureSettled {
  /** this call moved the row (false: another path had settled it already) */
  changed: boolean;
  /** every delivery of the alert has now failed for good */
  alertUndelivered: boolean;
}

const ROW = {
  id: true,
  key: true,
  caseId: true,
  workflowId: true,
  level: true,
  recipientId: true,
  channel: true,
  address: true,
  language: true,
  status: true,
  attempts: true,
  payload: true,
  enqueuedAt: true,
} as const;

type Selected = Prisma.DeliveryGetPayload<{ select: typeof ROW }>;
const toRow = (r: Selected): DeliveryRow => ({ ...r, channel: r.channel as Channel, payload: r.payload as unknown as DeliveryPayload });

export type DeliveryStore = ReturnType<typeof createDeliveryStore>;


export function createDeliveryStore(db: Db) {
  return {
    async findByKey(key: string): Promise<DeliveryRow | null> {
      const r = await db.delivery.findUnique({ where: { key }, select: ROW });
      return r ? toRow(r) : null;
    },

    /**
     * Claims the row for one attempt, counts it and returns it; null when the
     * row is gone, no longer queued, or another sender holds it (a job
     * re-enqueued by the reconciler while the first was still sending): that
     * one must not send. One statement, on the path of every alert, through the
     * pool, not Prisma's query compiler (libs/db/prisma.ts).
     */
    async claim(key: string, leaseMs: number, now = new Date()): Promise<DeliveryRow | null> {
      // Columns are timestamp without time zone holding UTC: instants go in as UTC text, and come back read as UTC.
      const { rows } = await db.pg.query<Selected>(
        `UPDATE "Delivery"
            SET "attempts" = "attempts" + 1, "claimedUntil" = $1::timestamp
          WHERE "key" = $2 AND "status" = $3
            AND ("claimedUntil" IS NULL OR "claimedUntil" < $4::timestamp)
         RETURNING "id", "key", "caseId", "workflowId", "level", "recipientId", "channel", "address", "language", "status", "attempts", "payload",
                   "enqueuedAt" AT TIME ZONE 'UTC' AS "enqueuedAt"`,
        [utcText(new Date(now.getTime() + leaseMs)), key, DELIVERY_STATUS.QUEUED, utcText(now)],
      );
      return rows.length ? toRow(rows[0]) : null;
    },

    async markSent(row: DeliveryRow, accepted: ChannelAccepted, at = new Date()): Promise<void> {
      // A long SMS: its receipts may name any part, so the part ids are kept with the row.
      const payload: DeliveryPayload | null = accepted.partIds && accepted.partIds.length > 1 ? { ...row.payload, providerPartIds: accepted.partIds } : null;
      await db.pg.query(
        `UPDATE "Delivery" SET "status" = $1, "sentAt" = $2::timestamp, "providerMessageId" = $3, "lastError" = NULL, "payload" = COALESCE($4::jsonb, "payload")
          WHERE "key" = $5 AND "status" = $6`,
        [DELIVERY_STATUS.SENT, utcText(at), accepted.providerMessageId, payload && JSON.stringify(payload), row.key, DELIVERY_STATUS.QUEUED],
      );
    },

    /** A failed attempt: the claim is released so the next retry may send. */
    async noteError(key: string, message: string): Promise<void> {
      await db.delivery.updateMany({ where: { key, status: DELIVERY_STATUS.QUEUED }, data: { lastError: message.slice(0, 1000), claimedUntil: null } });
    },

    /** The delivery a provider message id belongs to (any part of a long SMS). */
    async findByProviderMessageId(id: string): Promise<DeliveryRow | null> {
      const r = await db.delivery.findFirst({
        where: { OR: [{ providerMessageId: id }, { payload: { path: ['providerPartIds'], array_contains: [id] } }] },
        select: ROW,
      });
      return r ? toRow(r) : null;
    },

    async markDelivered(key: string, detail: string, at = new Date()): Promise<void> {
      await db.delivery.updateMany({
        where: { key, status: DELIVERY_STATUS.SENT },
        data: { status: DELIVERY_STATUS.DELIVERED, deliveredAt: at, lastError: detail || null },
      });
    },

    /**
     * Moves a delivery to FAILED or UNDELIVERABLE, raises the operator event,
     * and tells whether the whole alert is now undelivered. Serialised per
     * alert (advisory lock) so exactly one caller sees "the last one failed".
     */
    async settleFailure(row: DeliveryRow, to: 'FAILED' | 'UNDELIVERABLE', from: readonly string[], reason: string): Promise<FailureSettled> {
      const alertKey = row.payload.alertKey;
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${alertKey}))`;
        const { count } = await tx.delivery.updateMany({
          where: { key: row.key, status: { in: [...from] } },
          data: { status: to, failedAt: new Date(), lastError: reason.slice(0, 1000) },
        });
        if (count === 0) return { changed: false, alertUndelivered: false };
        const about = {
          deliveryKey: row.key,
          alertKey,
          caseId: row.caseId,
          caseReference: row.payload.caseReference,
          workflowId: row.workflowId,
          step: row.payload.step,
          level: row.level,
          recipientId: row.recipientId,
          channel: row.channel,
          status: to,
          reason,
        };
        await tx.operatorEvent.create({
          data: {
            kind: OPERATOR_EVENT.DELIVERY_FAILED,
            message: `${row.channel} alert to ${row.recipientId} for case ${row.payload.caseReference} (${row.payload.step}, level ${row.level}) ${to === 'FAILED' ? 'failed' : 'was not delivered'}: ${reason}`.slice(0, 2000),
            data: about,
          },
        });
        const siblings = await tx.delivery.findMany({
          where: { caseId: row.caseId, workflowId: row.workflowId, level: row.level, payload: { path: ['alertKey'], equals: alertKey } },
          select: { status: true },
        });
        const alertUndelivered = siblings.every((s) => FAILED_FOR_GOOD.includes(s.status));
        if (alertUndelivered) {
          await tx.operatorEvent.create({
            data: {
              kind: OPERATOR_EVENT.ALERT_UNDELIVERED,
              message: `Nobody was reached for case ${row.payload.caseReference} (${row.payload.step}, level ${row.level}): every delivery failed`,
              data: { alertKey, caseId: row.caseId, workflowId: row.workflowId, stepKey: row.payload.stepKey, level: row.level, deliveries: siblings.length },
            },
          });
        }
        return { changed: true, alertUndelivered };
      });
    },

    async recordOperatorEvent(kind: string, message: string, data: Record<string, unknown>): Promise<void> {
      await db.operatorEvent.create({ data: { kind, message: message.slice(0, 2000), data: data as Prisma.InputJsonValue } });
    },

    /** Queued rows whose job should have run by now (Redis may have lost it). */
    async queuedSince(cutoff: Date, channels: readonly Channel[], limit: number): Promise<DeliveryRow[]> {
      const rows = await db.delivery.findMany({
        where: {
          status: DELIVERY_STATUS.QUEUED,
          enqueuedAt: { lt: cutoff },
          channel: { in: [...channels] },
          // a row being sent right now is not lost
          OR: [{ claimedUntil: null }, { claimedUntil: { lt: new Date() } }],
        },
        orderBy: { enqueuedAt: 'asc' },
        take: limit,
        select: ROW,
      });
      return rows.map(toRow);
    },

    async touchEnqueued(key: string, at = new Date()): Promise<void> {
      await db.delivery.updateMany({ where: { key, status: DELIVERY_STATUS.QUEUED }, data: { enqueuedAt: at } });
    },
  };
}
