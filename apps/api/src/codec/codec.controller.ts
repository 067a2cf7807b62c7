// The codec endpoint: lets the Temporal UI and CLI of an authorised user
// (codec.decode in the permission table) decrypt payloads with Masar's keys.
// Payloads travel as the JSON form of Temporal's Payload (base64 bytes), per
// the remote codec protocol. There is no /codec/encode: the UI and the CLI
// only decode, and a payload a workflow accepts can only come from the API or
// the worker (anyone who could encrypt could act as any actor). The CLI sends
// a token; the Temporal UI in a browser sends the session cookie the console
// opened at sign-in (CodecAccess).
import { Body, CanActivate, Controller, Delete, ExecutionContext, HttpCode, Inject, Injectable, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit, Public } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import { answer, emptyBody } from '../common/schemas';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { CODEC_PATH, CodecAccess } from './codec-access';
import { DecodePayloadsUseCase } from './decode-payloads.use-case';
import { CodecSessionDto, DecodedPayloadsDto, type CodecSession } from './schemas';

const jsonPayload = z.object({ metadata: z.record(z.string(), z.string()).optional(), data: z.string().optional() });
const payloadsSchema = z
  .object({ payloads: z.array(jsonPayload).max(1000) })
  .meta({ examples: [{ payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'Im1hc2FyIg==' }] }] });
class PayloadsDto extends createZodDto(payloadsSchema) {}

/** The codec's own door (the global guard lets /codec/decode through): a token, a key or the session cookie, then the table. */
@Injectable()
class CodecGuard implements CanActivate {
  constructor(private readonly access: CodecAccess) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    await this.access.admit(ctx.switchToHttp().getRequest<Request>(), 'codec.decode');
    return true;
  }
}

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('codec')
export class CodecController {
  constructor(private readonly decodePayloads: DecodePayloadsUseCase) {}

  @Post('decode')
  @HttpCode(200)
  @Public()
  @Permit('codec.decode')
  @UseGuards(CodecGuard)
  @ApiOperation({ summary: 'Decrypt Temporal payloads (remote codec protocol) for the Temporal UI (session cookie) and CLI (token); audited with the case each payload names' })
  @ApiOkResponse({ type: answer(DecodedPayloadsDto) })
  decode(@CurrentIdentity() who: Identity, @Body() body: PayloadsDto, @RequestContext() ctx: AuditContext) {
    return this.decodePayloads.execute(who, body.payloads, ctx);
  }
}

@ApiTags('session')
@Controller('codec/session')
export class CodecSessionController {
  constructor(
    private readonly access: CodecAccess,
    private readonly audit: AuditLog,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiBearerAuth()
  @Permit('codec.decode')
  @ApiOperation({
    summary: `The console opens a 15-minute codec session for the Temporal UI in this browser (an HttpOnly cookie for ${CODEC_PATH} only); a token is needed, a session cookie cannot renew itself. Answers where the Temporal UI is`,
  })
  @ApiCreatedResponse({ type: answer(CodecSessionDto) })
  // no body, or an empty one: anything in it is refused (400) rather than ignored
  async open(@CurrentIdentity() who: Identity, @Body(new ZodValidationPipe(emptyBody.optional())) _body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response, @RequestContext() ctx: AuditContext): Promise<CodecSession> {
    const session = await this.access.open(who, req.secure);
    await this.audit.append(who, 'codec.session', ctx, { resource: CODEC_PATH });
    res.setHeader('Set-Cookie', session.cookie);
    return { expiresAt: session.expiresAt, temporalUi: { origin: this.config.TEMPORAL_UI_ORIGIN, namespace: this.config.TEMPORAL_NAMESPACE } };
  }

  @Delete()
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Ends the codec session of this browser (the console signs out); needs nothing but the cookie' })
  async close(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    res.setHeader('Set-Cookie', await this.access.close(req, req.secure));
  }
}
