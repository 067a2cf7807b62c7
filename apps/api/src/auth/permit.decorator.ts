// An endpoint names the action(s) of the permission table it performs; the
// guard admits a role iff the table gives it a scope for one of them, and the
// OpenAPI description of the operation is generated from the same rows.
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { PERMISSIONS, type Action } from '../../../../libs/domain/permissions';

export const PERMIT_KEY = 'masar:permit';
export const PUBLIC_KEY = 'masar:public';
/** The OpenAPI extension that carries an operation's actions (read by the document's post-processing and the tests). */
export const PERMIT_EXTENSION = 'x-masar-actions';

/**
 * The action(s) an endpoint performs. Several: the body says which one (a
 * review is of a case or of an institution); the guard admits the union and
 * the handler checks the one the body names where the target is loaded.
 */
export function Permit(...actions: [Action, ...Action[]]) {
  for (const a of actions) if (!(a in PERMISSIONS)) throw new Error(`@Permit: ${a} is not in the permission table`);
  return applyDecorators(SetMetadata(PERMIT_KEY, actions), ApiExtension(PERMIT_EXTENSION, actions));
}

/** No identity needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
