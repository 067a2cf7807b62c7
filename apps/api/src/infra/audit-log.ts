// The audit trail: every read of a child's file, every list, every action and
// every refusal, appended to a table the runtime role may only insert into;
// the database chains each entry to the one before it by SHA-256 (migration
// 20261202091834_audit_chain_runtime_role, checked by npm run audit:verify).
import { Inject, Injectable } from '@nestjs/common';
import { utcText, type Db, type Prisma } from '../../../../libs/db/prisma';
import type { Identity } from '../auth/identity';
import { DB } from './tokens';

export interface AuditContext {
  requestId?: string;
  sourceIp?: string;
  /** set once this request's refusal is in the trail (the problem filter then adds none) */
  refusalAudited?: boolean;
  /** the case the request acted on, for its log line (ids only) */
  caseReference?: string;
  workflowId?: string;
}

export interface AuditTarget {
  caseId?: string;
  resource?: string;
  outcome?: string;
  /** a refusal's reason, a list's filters (no personal data) */
  detail?: string;
}

/** Longest detail kept (a reason or a query string, not a document). */
const DETAIL_MAX = 500;

/** A list's filters as the entry's detail: the query's defined fields, keys sorted. */
export function listFilters(q: object): string {
  const defined = Object.entries(q)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(defined));
}

@Injectable()
export class AuditLog {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** `tx`: inside a write's transaction, so the action and its audit entry land together. */
  async append(who: Identity | null, action: string, ctx: AuditContext, target: AuditTarget = {}, tx: Prisma.TransactionClient = this.db): Promise<void> {
    const outcome = target.outcome ?? 'OK';
    const entry = {
      actorId: who?.userId ?? '(unauthenticated)',
      actorRole: who?.role ?? '(none)',
      action,
      caseId: target.caseId ?? null,
      resource: target.resource ?? null,
      requestId: ctx.requestId ?? null,
      sourceIp: ctx.sourceIp ?? null,
      outcome,
      detail: target.detail === undefined ? null : target.detail.slice(0, DETAIL_MAX),
    };
    if (tx === this.db) {
      // most requests' one write: through the pool, not Prisma's query compiler (libs/db/prisma.ts)
      await this.db.pg.query(
        `INSERT INTO "AuditEntry" ("at", "actorId", "actorRole", "action", "caseId", "resource", "requestId", "sourceIp", "outcome", "detail")
         VALUES ($1::timestamp, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [utcText(new Date()), entry.actorId, entry.actorRole, entry.action, entry.caseId, entry.resource, entry.requestId, entry.sourceIp, entry.outcome, entry.detail],
      );
    } else await tx.auditEntry.create({ data: entry });
    // Inside a transaction the entry may yet roll back: the filter then writes its own.
    if (outcome.startsWith('REFUSED') && tx === this.db) ctx.refusalAudited = true;
  }
}
