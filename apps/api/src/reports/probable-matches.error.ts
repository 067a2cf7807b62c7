// A report about a child who may already be known: 409 with the candidates
// (as the search discloses them), and nothing written.
import { ConflictError } from '../common/errors';
import type { Candidate } from '../children/schemas';
import { PROBABLE_THRESHOLD } from '../children/child-matcher';

export class ProbableMatchesError extends ConflictError {
  override name = 'ProbableMatchesError';
  readonly threshold = PROBABLE_THRESHOLD;
  constructor(
    readonly candidates: Candidate[],
    message: string,
  ) {
    super('probable_match', message);
  }
}
