// Decrypting Temporal payloads for the Temporal UI and CLI of a reader of
// identifying data (codec.decode in the permission table, which the
// child.identity disclosure rule must also admit: a decrypted payload shows
// everything). Every decode is audited once per case its payloads belong to:
// each payload names its workflow in clear metadata (bound to the ciphertext),
// from which the case follows; payloads written before that are audited as
// naming no case.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { discloses } from '../../../../libs/domain/permissions';
import { payloadWorkflowId, type AesGcmCodec } from '../../../../libs/temporal/codec';
import type { Identity } from '../auth/identity';
import { ForbiddenError, InvalidInputError } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB, PAYLOAD_CODEC } from '../infra/tokens';
import { fromJson, toJson, type JsonPayload } from './json-payload';

@Injectable()
export class DecodePayloadsUseCase {
  constructor(
    @Inject(PAYLOAD_CODEC) private readonly codec: AesGcmCodec,
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, payloads: JsonPayload[], ctx: AuditContext): Promise<{ payloads: JsonPayload[] }> {
    if (!discloses('child.identity', who.role)) throw new ForbiddenError('decrypting payloads is reserved to readers of identifying data');
    const raw = payloads.map(fromJson);
    let decoded;
    try {
      decoded = await this.codec.decode(raw);
    } catch (e) {
      // Tampered, truncated, or encrypted with a key this installation does not have.
      throw new InvalidInputError(`a payload cannot be decrypted: ${(e as Error).message}`, [{ field: 'payloads', message: 'not Masar ciphertext' }]);
    }
    // Counted per case, audited before anything is answered.
    const perCase = new Map<string | null, number>();
    for (const p of raw) {
      const caseId = await this.caseOf(payloadWorkflowId(p));
      perCase.set(caseId, (perCase.get(caseId) ?? 0) + 1);
    }
    for (const [caseId, n] of perCase) {
      await this.audit.append(who, 'codec.decode', ctx, caseId ? { caseId, resource: `payloads/${n}` } : { resource: `payloads/${n} (no case named)` });
    }
    return { payloads: decoded.map(toJson) };
  }

  /** The case a workflow id belongs to: case-<id>, or the case of a referral or a complaint. */
  private async caseOf(workflowId: string | null): Promise<string | null> {
    if (!workflowId) return null;
    const [, kind, id] = /^(case|referral|complaint)-(.+)$/.exec(workflowId) ?? [];
    if (kind === 'case') return id;
    if (kind === 'referral') return (await this.db.referral.findUnique({ where: { id }, select: { caseId: true } }))?.caseId ?? null;
    if (kind === 'complaint') return (await this.db.complaint.findUnique({ where: { id }, select: { caseId: true } }))?.caseId ?? null;
    return null;
  }
}
