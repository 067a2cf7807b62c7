import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../../../libs/domain/taxonomy';

export const ROLES_KEY = 'masar:roles';
export const PUBLIC_KEY = 'masar:public';

/** Roles allowed on an endpoint (every endpoint declares them). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** No identity needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
