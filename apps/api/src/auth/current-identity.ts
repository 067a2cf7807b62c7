import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Identity } from './identity';

export const CurrentIdentity = createParamDecorator((_: unknown, ctx: ExecutionContext): Identity => {
  return (ctx.switchToHttp().getRequest() as { identity: Identity }).identity;
});
