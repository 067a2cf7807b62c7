// Who acts: every update carries the acting user's id and role, and for
// provincial roles and providers where they belong (the API fills these from
// the authenticated user, never from the request body).
import type { Role } from '../libs/domain/taxonomy';

export interface Actor {
  userId: string;
  role: Role;
  /** the user's province (null for national roles) */
  provinceCode?: string | null;
  /** the user's organisation (required for providers) */
  organisationId?: string | null;
}
