// The codec endpoint: lets the Temporal UI and CLI of an authorised user
// (codec.decode in the permission table) decrypt payloads with Masar's keys.
// Payloads travel as the JSON form of Temporal's Payload (base64 bytes), per
// the remote codec protocol. There is no /codec/encode: the UI and the CLI
// only decode, and a payload a workflow accepts can only come from the API or
// the worker (anyone who could encrypt could act as any actor).
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

const jsonPayload = z.object({ metadata: z.record(z.string(), z.string()).optional(), data: z.string().optional() });
const payloadsSchema = z
  .object({ payloads: z.array(jsonPayload).max(1000) })
  .meta({ examples: [{ payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'Im1hc2FyIg==' }] }] });
class PayloadsDto extends createZodDto(payloadsSchema) {}

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('codec')
export class CodecController {
  constructor(private readonly decodePayloads: DecodePayloadsUseCase) {}

  @Post('decode')
  @HttpCode(200)
  @Permit('codec.decode')
  @ApiOperation({ summary: 'Decrypt Temporal payloads (remote codec protocol) for the Temporal UI and CLI; audited with the case each payload names' })
  decode(@CurrentIdentity() who: Identity, @Body() body: PayloadsDto, @RequestContext() ctx: AuditContext) {
    return this.decodePayloads.execute(who, body.payloads, ctx);
  }
}
