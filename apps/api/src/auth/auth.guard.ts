// Every endpoint needs an identity and names the action(s) of the permission
// table it performs (@Permit); a route without @Permit or @Public is refused,
// so nothing is open by omission. The guard decides by role (the table has a
// scope for it); the province or organisation is checked where the target is
// loaded (CaseAccess, ReferralAccess, the list filters), by the same table.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { refusal, type Action } from '../../../../libs/domain/permissions';
import { ForbiddenError } from '../common/errors';
import { Authenticator } from './authenticator';
import { PERMIT_KEY, PUBLIC_KEY } from './permit.decorator';

/** Where the guard leaves the route's actions on the request: a refusal's audit entry (the problem filter) names them. */
export const ROUTE_ACTIONS = Symbol('masar.routeActions');

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
    const actions = this.reflector.getAllAndOverride<Action[]>(PERMIT_KEY, targets) ?? [];
    req[ROUTE_ACTIONS] = actions;
    if (actions.length === 0) throw new ForbiddenError(`${req.method} ${req.route?.path ?? req.path} names no action of the permission table`);
    const refusals = actions.map((a) => refusal(a, identity));
    if (refusals.every((why) => why !== null)) throw new ForbiddenError(refusals.join('; '));
    return true;
  }
}
