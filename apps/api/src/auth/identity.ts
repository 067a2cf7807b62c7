// Who is calling: a user (JWT bearer token) or a machine client (API key).
// Role, province and organisation come from the directory, not the token, so
// revoking or moving a user takes effect at once. What an identity may do is
// the permission table's (libs/domain/permissions.ts): these helpers apply it
// to a loaded target and answer a refusal as a 403.
import { refusal, scopeOf, type Action, type Target } from '../../../../libs/domain/permissions';
import type { Role } from '../../../../libs/domain/taxonomy';
import { ForbiddenError } from '../common/errors';

export interface Identity {
  kind: 'user' | 'api-key';
  userId: string;
  role: Role;
  /** null for national roles */
  provinceCode: string | null;
  organisationId: string | null;
}

/** Throws a 403 with the table's reason when the identity may not do the action on the target. */
export function permit(action: Action, who: Identity, target: Target = {}): void {
  const why = refusal(action, who, target);
  if (why) throw new ForbiddenError(why);
}

/**
 * The province a list or a report of the action is held to: none (every
 * province, or the one asked for) for a national scope, the actor's own for a
 * provincial one; asking for another province is a 403.
 */
export function provinceFilter(action: Action, who: Identity, requested?: string | null): string | undefined {
  permit(action, who, requested ? { provinceCode: requested } : {});
  return scopeOf(action, who.role) === 'PROVINCE' ? who.provinceCode! : (requested ?? undefined);
}

