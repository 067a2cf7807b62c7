// Decrypting Temporal payloads for the Temporal UI and CLI of an authorised
// reader; every decode is audited (with the number of payloads).
import { Inject, Injectable } from '@nestjs/common';
import type { AesGcmCodec } from '../../../../libs/temporal/codec';
import type { Identity } from '../auth/identity';
import { InvalidInputError } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { PAYLOAD_CODEC } from '../infra/tokens';
import { fromJson, toJson, type JsonPayload } from './json-payload';

@Injectable()
export class DecodePayloadsUseCase {
  constructor(
    @Inject(PAYLOAD_CODEC) private readonly codec: AesGcmCodec,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, payloads: JsonPayload[], ctx: AuditContext): Promise<{ payloads: JsonPayload[] }> {
    await this.audit.append(who, 'codec.decode', ctx, { resource: `payloads/${payloads.length}` });
    try {
      return { payloads: (await this.codec.decode(payloads.map(fromJson))).map(toJson) };
    } catch (e) {
      // Tampered, truncated, or encrypted with a key this installation does not have.
      throw new InvalidInputError(`a payload cannot be decrypted: ${(e as Error).message}`, [{ field: 'payloads', message: 'not Masar ciphertext' }]);
    }
  }
}
