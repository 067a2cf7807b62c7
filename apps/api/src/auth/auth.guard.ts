// Every endpoint needs an identity and declares the roles it admits; a route
// without @Roles or @Public is refused, so nothing is open by omission.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../../../../libs/domain/taxonomy';
import { ForbiddenError } from '../common/errors';
import { Authenticator } from './authenticator';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest();
    const identity = await this.authenticator.fromHeaders(req.headers);
    req.identity = identity;
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(identity.role)) {
      throw new ForbiddenError(`the ${identity.role} role may not ${req.method} ${req.route?.path ?? req.path}`);
    }
    return true;
  }
}
