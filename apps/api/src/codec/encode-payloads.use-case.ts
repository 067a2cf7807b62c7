// Encrypting Temporal payloads (remote codec protocol) with Masar's current key.
import { Inject, Injectable } from '@nestjs/common';
import type { AesGcmCodec } from '../../../../libs/temporal/codec';
import { PAYLOAD_CODEC } from '../infra/tokens';
import { fromJson, toJson, type JsonPayload } from './json-payload';

@Injectable()
export class EncodePayloadsUseCase {
  constructor(@Inject(PAYLOAD_CODEC) private readonly codec: AesGcmCodec) {}

  async execute(payloads: JsonPayload[]): Promise<{ payloads: JsonPayload[] }> {
    return { payloads: (await this.codec.encode(payloads.map(fromJson))).map(toJson) };
  }
}
