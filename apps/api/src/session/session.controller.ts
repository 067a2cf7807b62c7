// How the console signs in. GET /api/v1/session/config (public) says which
// sign-in this installation offers: the identity provider (OpenID Connect,
// authorization code with PKCE, done by the browser) and, on a development
// stack only (MASAR_DEV_SIGN_IN), a list of demo users for whom the API mints
// a short-lived token, as `npm run token` does.
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Public } from '../auth/permit.decorator';
import { API_CONFIG, type ApiConfig } from '../config';
import { DevSignIn } from './dev-sign-in';
import { DemoUsersDto, DevTokenDto, SessionConfigDto, type SessionConfig } from './schemas';
import { answer } from '../common/schemas';

const devSignInSchema = z.object({ userId: z.string().min(1).max(100).meta({ example: 'u-tanger-coordinator' }) }).strict();
class DevSignInDto extends createZodDto(devSignInSchema) {}

@ApiTags('session')
@Controller('api/v1/session')
export class SessionConfigController {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  @Get('config')
  @Public()
  @ApiOperation({ summary: 'How the console signs in here: the identity provider (OpenID Connect with PKCE) and whether the development sign-in is on' })
  @ApiOkResponse({ type: answer(SessionConfigDto) })
  sessionConfig(): SessionConfig {
    const c = this.config;
    return {
      devSignIn: c.MASAR_DEV_SIGN_IN,
      oidc: c.CONSOLE_OIDC_AUTHORITY && c.CONSOLE_OIDC_CLIENT_ID ? { authority: c.CONSOLE_OIDC_AUTHORITY, clientId: c.CONSOLE_OIDC_CLIENT_ID, scope: c.CONSOLE_OIDC_SCOPE } : null,
      timeZone: c.MASAR_TIME_ZONE,
    };
  }
}

/** Registered only when MASAR_DEV_SIGN_IN is true (npm start); absent from a production API and its document. */
@ApiTags('session')
@Controller('api/v1/session/dev')
export class DevSignInController {
  constructor(private readonly devSignIn: DevSignIn) {}

  @Get('users')
  @Public()
  @ApiOperation({ summary: 'Development stack only: the seeded demo users one may sign in as' })
  @ApiOkResponse({ type: answer(DemoUsersDto) })
  users() {
    return this.devSignIn.users();
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Development stack only: a short-lived HS256 token for a seeded demo user' })
  @ApiOkResponse({ type: answer(DevTokenDto) })
  signIn(@Body() body: DevSignInDto) {
    return this.devSignIn.token(body.userId);
  }
}
