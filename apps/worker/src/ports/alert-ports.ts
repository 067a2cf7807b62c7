// PostgreSQL and BullMQ implementations of the alert activity's ports: the
// directory of users by ladder level, the case facts an alert may carry, and
// the outbox (a delivery row unique on its key, and a BullMQ job under that key).
import type { AlertPorts } from '../../../../activities/ports';
import type { Db } from '../../../../libs/db/prisma';
import { Prisma } from '../../../../libs/db/prisma';
import { ageAt, asLanguage, initialsOf } from '../../../../libs/notify/alert-message';
import { CHANNELS, type Channel } from '../../../../libs/notify/channels';
import { enqueueDelivery, type AlertOutbox } from '../../../../libs/notify/queues';

const USER_FIELDS = { id: true, email: true, phone: true, language: true, channelOrder: true } as const;
/** Structures outside the protection system that report children: they hear back (measure 59). */
export const REPORTING_STRUCTURES = ['SCHOOL', 'POLICE', 'GENDARMERIE', 'HOSPITAL_UNIT', 'NGO'] as const;

export function createAlertPorts(db: Db, outbox: Pick<AlertOutbox, 'queues' | 'jobOptions'>): AlertPorts {
  const channels = (Object.keys(outbox.queues) as Channel[]).filter((c) => outbox.queues[c]);
  return {
    directory: {
      async recipientsFor(input) {
        let where: Prisma.UserWhereInput;
        if (input.feedback) {
          // The intake users of the structure whose user filed the report; nobody for the
          // green line, a UPE or a centre (part of the protection system itself).
          const report = await db.report.findUnique({ where: { id: input.feedback.reportId }, select: { filedBy: true } });
          const filer = report?.filedBy ? await db.user.findUnique({ where: { id: report.filedBy }, select: { organisation: { select: { id: true, kind: true } } } }) : null;
          const org = filer?.organisation;
          if (!org || !(REPORTING_STRUCTURES as readonly string[]).includes(org.kind)) return [];
          where = { organisationId: org.id, role: 'INTAKE' };
        } else if (input.ladderRole !== 'ASSIGNEE') where = { role: input.ladderRole, provinceCode: input.provinceCode };
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
