// The codec endpoint: lets the Temporal UI and CLI of an authorised user
// (codec.decode, codec.encode in the permission table) decrypt (and encrypt) payloads with Masar's keys. Payloads travel as the
// JSON form of Temporal's Payload (base64 bytes), per the remote codec protocol.
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { DecodePayloadsUseCase } from './decode-payloads.use-case';
import { EncodePayloadsUseCase } from './encode-payloads.use-case';

const jsonPayload = z.object({ metadata: z.record(z.string(), z.string()).optional(), data: z.string().optional() });
const payloadsSchema = z
  .object({ payloads: z.array(jsonPayload).max(1000) })
  .meta({ examples: [{ payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'Im1hc2FyIg==' }] }] });
class PayloadsDto extends createZodDto(payloadsSchema) {}

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('codec')
export class CodecController {
  constructor(
    private readonly decodePayloads: DecodePayloadsUseCase,
    private readonly encodePayloads: EncodePayloadsUseCase,
  ) {}

  @Post('decode')
  @HttpCode(200)
  @Permit('codec.decode')
  @ApiOperation({ summary: 'Decrypt Temporal payloads (remote codec protocol) for the Temporal UI and CLI' })
  decode(@CurrentIdentity() who: Identity, @Body() body: PayloadsDto, @RequestContext() ctx: AuditContext) {
    return this.decodePayloads.execute(who, body.payloads, ctx);
  }

  @Post('encode')
  @HttpCode(200)
  @Permit('codec.encode')
  @ApiOperation({ summary: 'Encrypt Temporal payloads (remote codec protocol)' })
  encode(@Body() body: PayloadsDto) {
    return this.encodePayloads.execute(body.payloads);
  }
}
