// The codec endpoint: lets the Temporal UI and CLI of an authorised supervisor
// decrypt (and encrypt) payloads with Masar's keys. Payloads travel as the
// JSON form of Temporal's Payload (base64 bytes), per the remote codec protocol.
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Payload } from '@temporalio/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { RequestContext } from '../common/request-context';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { Inject } from '@nestjs/common';
import { AesGcmCodec, parseCodecKeys } from '../../../../libs/temporal/codec';
import { API_CONFIG, type ApiConfig } from '../config';
import { InvalidInputError } from '../common/errors';

const jsonPayload = z.object({ metadata: z.record(z.string(), z.string()).optional(), data: z.string().optional() });
const payloadsSchema = z.object({ payloads: z.array(jsonPayload).max(1000) });
class PayloadsDto extends createZodDto(payloadsSchema) {}
type JsonPayload = z.infer<typeof jsonPayload>;

const fromJson = (p: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: p.data ? Buffer.from(p.data, 'base64') : undefined,
});
const toJson = (p: Payload): JsonPayload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')])),
  data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
});

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('codec')
export class CodecController {
  private readonly codec: AesGcmCodec;

  constructor(
    @Inject(API_CONFIG) config: ApiConfig,
    private readonly audit: AuditLog,
  ) {
    this.codec = new AesGcmCodec(parseCodecKeys(config.MASAR_CODEC_KEYS));
  }

  @Post('decode')
  @HttpCode(200)
  @Roles('SUPERVISOR', 'AUDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Decrypt Temporal payloads (remote codec protocol) for the Temporal UI and CLI' })
  async decode(@CurrentIdentity() who: Identity, @Body() body: PayloadsDto, @RequestContext() ctx: AuditContext) {
    await this.audit.append(who, 'codec.decode', ctx, { resource: `payloads/${body.payloads.length}` });
    try {
      return { payloads: (await this.codec.decode(body.payloads.map(fromJson))).map(toJson) };
    } catch (e) {
      // Tampered, truncated, or encrypted with a key this installation does not have.
      throw new InvalidInputError(`a payload cannot be decrypted: ${(e as Error).message}`, [{ field: 'payloads', message: 'not Masar ciphertext' }]);
    }
  }

  @Post('encode')
  @HttpCode(200)
  @Roles('SUPERVISOR', 'AUDITOR', 'ADMIN')
  @ApiOperation({ summary: 'Encrypt Temporal payloads (remote codec protocol)' })
  async encode(@Body() body: PayloadsDto) {
    return { payloads: (await this.codec.encode(body.payloads.map(fromJson))).map(toJson) };
  }
}
