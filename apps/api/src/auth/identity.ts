// Who is calling: a user (JWT bearer token) or a machine client (API key).
// Role, province and organisation come from the directory, not the token, so
// revoking or moving a user takes effect at once.
import type { Role } from '../../../../libs/domain/taxonomy';
import { NATIONAL_ROLES } from '../../../../libs/domain/taxonomy';
import { ForbiddenError } from '../common/errors';

export interface Identity {
  kind: 'user' | 'api-key';
  userId: string;
  role: Role;
  /** null for national roles */
  provinceCode: string | null;
  organisationId: string | null;
}

export function isNational(id: Identity): boolean {
  return NATIONAL_ROLES.includes(id.role) || id.provinceCode === null;
}

/** Province scoping: a provincial actor acts only on its own province's cases. */
export function assertProvince(id: Identity, provinceCode: string): void {
  if (!isNational(id) && id.provinceCode !== provinceCode) {
    throw new ForbiddenError(`a ${id.role.toLowerCase()} of ${id.provinceCode} cannot act on a case of ${provinceCode}`);
  }
}
