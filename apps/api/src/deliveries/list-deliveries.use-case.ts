// The alerts of a case, newest first, each with its deliveries (one row per
// recipient and channel) and where they stand. Paged by alert, not by row, so
// an alert is never split across pages. The read is audited.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { Prisma } from '../../../../libs/db/prisma';
import { discloses } from '../../../../libs/domain/permissions';
import type { AlertFacts } from '../../../../libs/notify/alert-message';
import type { Channel } from '../../../../libs/notify/channels';
import type { Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { InvalidInputError } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { maskAddress, maskContacts } from './contact-mask';
import type { AlertView, CaseDeliveries, DeliveryStatus } from './schemas';

interface PageKey {
  /** TIMESTAMP(3) without zone, as PostgreSQL prints it in UTC */
  createdAt: string;
  alertKey: string;
}

const toCursor = (k: PageKey) => Buffer.from(JSON.stringify([k.createdAt, k.alertKey])).toString('base64url');

function fromCursor(cursor: string): PageKey {
  try {
    const [createdAt, alertKey] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/.test(createdAt) && typeof alertKey === 'string') return { createdAt, alertKey };
  } catch {
    // falls through to the refusal
  }
  throw new InvalidInputError('cursor is not one this endpoint gave', [{ field: 'cursor', message: 'use the nextCursor of the previous page', code: 'invalid_cursor' }]);
}

const utc = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');
const iso = (d: Date | null) => d?.toISOString() ?? null;

@Injectable()
export class ListDeliveriesUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, caseId: string, page: { limit: number; cursor?: string }, ctx: AuditContext): Promise<CaseDeliveries> {
    await this.access.gate(who, caseId, 'case.deliveries.read');
    const after = page.cursor ? fromCursor(page.cursor) : null;
    // The rows of one alert are written in one statement: they share createdAt.
    const alerts = await this.db.$queryRaw<{ alertKey: string; createdAt: Date }[]>`
      SELECT payload->>'alertKey' AS "alertKey", min("createdAt") AS "createdAt"
        FROM "Delivery"
       WHERE "caseId" = ${caseId}
       GROUP BY 1
      HAVING ${after ? Prisma.sql`(min("createdAt"), payload->>'alertKey') < (${after.createdAt}::timestamp(3), ${after.alertKey})` : Prisma.sql`TRUE`}
       ORDER BY 2 DESC, 1 DESC
       LIMIT ${page.limit + 1}`;
    const more = alerts.length > page.limit;
    const shown = alerts.slice(0, page.limit);
    const rows = shown.length
      ? await this.db.delivery.findMany({
          where: { caseId, OR: shown.map((a) => ({ payload: { path: ['alertKey'], equals: a.alertKey } })) },
          orderBy: [{ recipientId: 'asc' }, { channel: 'asc' }],
        })
      : [];
    await this.audit.append(who, 'case.deliveries.read', ctx, { caseId });

    const clear = discloses('delivery.address', who.role);
    const rowsOf = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = (r.payload as unknown as AlertFacts).alertKey;
      const group = rowsOf.get(key);
      if (group) group.push(r);
      else rowsOf.set(key, [r]);
    }
    const items = shown.flatMap((a): AlertView[] => {
      const group = rowsOf.get(a.alertKey);
      if (!group) return [];
      const facts = group[0].payload as unknown as AlertFacts;
      return [
        {
          alertKey: a.alertKey,
          workflowId: group[0].workflowId,
          step: facts.step,
          stepKey: facts.stepKey,
          level: group[0].level,
          ladderRole: facts.ladderRole,
          dueAt: facts.dueAt,
          alertedAt: facts.alertedAt,
          createdAt: a.createdAt.toISOString(),
          deliveries: group.map((r) => {
            const channel = r.channel as Channel;
            return {
              recipientId: r.recipientId,
              channel,
              address: clear ? r.address : maskAddress(channel, r.address),
              status: r.status as DeliveryStatus,
              attempts: r.attempts,
              lastError: r.lastError === null || clear ? r.lastError : maskContacts(r.lastError, channel, r.address),
              createdAt: r.createdAt.toISOString(),
              sentAt: iso(r.sentAt),
              deliveredAt: iso(r.deliveredAt),
              failedAt: iso(r.failedAt),
            };
          }),
        },
      ];
    });
    const last = shown[shown.length - 1];
    return {
      caseId,
      items,
      nextCursor: more && last ? toCursor({ createdAt: utc(last.createdAt), alertKey: last.alertKey }) : null,
    };
  }
}
