// PostgreSQL and BullMQ implementations of the alert activity's ports: the
// directory of users by ladder level, the case facts an alert may carry, and
// the outbox (a delivery row unique on its key, and a BullMQ job under that key).
// Every alert makes these three statements: through the pool, not Prisma's
// query compiler (libs/db/prisma.ts).
import type { AlertPorts } from '../../../../activities/ports';
import { utcText, type Db } from '../../../../libs/db/prisma';
import { ageAt, asLanguage, initialsOf } from '../../../../libs/notify/alert-message';
import { CHANNELS, type Channel } from '../../../../libs/notify/channels';
import { enqueueDelivery, type AlertOutbox } from '../../../../libs/notify/queues';

/** Structures outside the protection system that report children: they hear back (measure 59). */
export const REPORTING_STRUCTURES = ['SCHOOL', 'POLICE', 'GENDARMERIE', 'HOSPITAL_UNIT', 'NGO'] as const;

export function createAlertPorts(db: Db, outbox: Pick<AlertOutbox, 'queues' | 'jobOptions'>): AlertPorts {
  const channels = (Object.keys(outbox.queues) as Channel[]).filter((c) => outbox.queues[c]);
  return {
    directory: {
      async recipientsFor(input) {
        // the column and its value, for each way a ladder level names its recipients
        let where: [column: 'organisationId' | 'role' | 'provinceCode' | 'id', value: string][];
        if (input.feedback) {
          // The intake users of the structure whose user filed the report; nobody for the
          // green line, a UPE or a centre (part of the protection system itself).
          const report = await db.report.findUnique({ where: { id: input.feedback.reportId }, select: { filedBy: true } });
          const filer = report?.filedBy ? await db.user.findUnique({ where: { id: report.filedBy }, select: { organisation: { select: { id: true, kind: true } } } }) : null;
          const org = filer?.organisation;
          if (!org || !(REPORTING_STRUCTURES as readonly string[]).includes(org.kind)) return [];
          where = [['organisationId', org.id], ['role', 'INTAKE']];
        } else if (input.ladderRole !== 'ASSIGNEE') where = [['role', input.ladderRole], ['provinceCode', input.provinceCode]];
        else if (input.assigneeUserId) where = [['id', input.assigneeUserId]];
        else if (input.organisationId) where = [['organisationId', input.organisationId], ['role', 'PROVIDER']];
        else where = [['role', 'COORDINATOR'], ['provinceCode', input.provinceCode]];
        const { rows: users } = await db.pg.query<{ id: string; email: string | null; phone: string | null; language: string; channelOrder: string[] }>(
          `SELECT "id", "email", "phone", "language", "channelOrder" FROM "User"
            WHERE "active" AND ${where.map(([column], i) => `"${column}" = $${i + 1}`).join(' AND ')}
            ORDER BY "id" ASC`,
          where.map(([, value]) => value),
        );
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
        // one row whether or not the case and the province are known (the left joins hang off it)
        const {
          rows: [f],
        } = await db.pg.query<{ firstName: string | null; lastName: string | null; dateOfBirth: string | null; dobEstimated: boolean | null; nameFr: string | null; nameAr: string | null }>(
          `SELECT ch."firstName", ch."lastName", to_char(ch."dateOfBirth", 'YYYY-MM-DD') AS "dateOfBirth", ch."dobEstimated", p."nameFr", p."nameAr"
             FROM (SELECT 1) one
             LEFT JOIN "Case" c ON c."id" = $1
             LEFT JOIN "Child" ch ON ch."id" = c."childId"
             LEFT JOIN "Province" p ON p."code" = $2`,
          [input.caseId, input.provinceCode],
        );
        return {
          initials: initialsOf(f.firstName, f.lastName),
          // a date column: midnight UTC of that day, as Prisma reads it
          ageYears: ageAt(f.dateOfBirth ? new Date(`${f.dateOfBirth}T00:00:00Z`) : null, new Date(input.alertedAt)),
          ageEstimated: f.dobEstimated ?? false,
          provinceName: { fr: f.nameFr ?? input.provinceCode, ar: f.nameAr ?? input.provinceCode },
        };
      },
    },
    outbox: {
      channels,
      async record(deliveries) {
        if (deliveries.length === 0) return [];
        // The rows that do not exist yet, then every row of these keys (a second statement: it
        // also sees a row another attempt of this alert committed in between).
        const now = utcText(new Date());
        await db.pg.query(
          `INSERT INTO "Delivery" ("id", "key", "caseId", "workflowId", "step", "level", "recipientId", "channel", "address", "language", "payload", "createdAt", "enqueuedAt")
           SELECT gen_random_uuid()::text, d."key", d."caseId", d."workflowId", d."step", d."level", d."recipientId", d."channel", d."address", d."language", d."payload", $2::timestamp, $2::timestamp
             FROM jsonb_to_recordset($1::jsonb) AS d("key" text, "caseId" text, "workflowId" text, "step" text, "level" int, "recipientId" text,
                                                     "channel" text, "address" text, "language" text, "payload" jsonb)
           ON CONFLICT ("key") DO NOTHING`,
          [JSON.stringify(deliveries), now],
        );
        const { rows } = await db.pg.query<{ key: string; channel: string; status: string }>(
          'SELECT "key", "channel", "status" FROM "Delivery" WHERE "key" = ANY($1::text[]) ORDER BY "key" ASC',
          [deliveries.map((d) => d.key)],
        );
        return rows.map((r) => ({ key: r.key, channel: r.channel as Channel, status: r.status }));
      },
      async dispatch(channel, key) {
        await enqueueDelivery(outbox, channel, key);
      },
    },
  };
}
