// Machine clients' API keys for administrators: the list (never a key or its
// hash: the public prefix names it) and the revocation, audited. Keys are
// made by the api-key command, which shows a key once.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import type { Identity } from '../auth/identity';
import { NotFoundError } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';

export interface ApiKeyView {
  id: string;
  prefix: string;
  name: string;
  role: string;
  scope: string;
  provinceCode: string | null;
  organisationId: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  state: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
}

type Row = Awaited<ReturnType<Db['apiKey']['findMany']>>[number];

function view(row: Row, now: Date): ApiKeyView {
  return {
    id: row.id,
    prefix: row.prefix,
    name: row.name,
    role: row.role,
    scope: row.scope,
    provinceCode: row.provinceCode,
    organisationId: row.organisationId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    state: row.revokedAt ? 'REVOKED' : row.expiresAt <= now ? 'EXPIRED' : 'ACTIVE',
  };
}

@Injectable()
export class ApiKeysUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  async list(who: Identity, ctx: AuditContext): Promise<{ items: ApiKeyView[] }> {
    const rows = await this.db.apiKey.findMany({ orderBy: { createdAt: 'asc' } });
    await this.audit.append(who, 'admin.api-keys.list', ctx, { resource: 'api-keys' });
    const now = new Date();
    return { items: rows.map((r) => view(r, now)) };
  }

  /** Revokes at once (the next request with the key is a 401); revoking a revoked key changes nothing. */
  async revoke(who: Identity, id: string, ctx: AuditContext): Promise<ApiKeyView> {
    return this.db.$transaction(async (tx) => {
      const row = await tx.apiKey.findUnique({ where: { id } });
      if (!row) throw new NotFoundError(`no API key ${id}`);
      const revoked = row.revokedAt ? row : await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date(), revokedBy: who.userId } });
      await this.audit.append(who, 'admin.api-keys.revoke', ctx, { resource: `api-key:${id}`, outcome: row.revokedAt ? 'ALREADY_REVOKED' : 'OK' }, tx);
      return view(revoked, new Date());
    });
  }
}
