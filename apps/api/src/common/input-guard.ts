// Text PostgreSQL cannot store (NUL, unpaired UTF-16 surrogates) and
// Idempotency-Keys Temporal cannot use are refused at the door with a 400,
// field by field, before any use case runs.
import type { FieldProblem } from './errors';

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Fields (dotted paths) whose text cannot be stored. */
export function unstorableText(value: unknown, path = '', out: FieldProblem[] = [], depth = 0): FieldProblem[] {
  if (depth > 32 || out.length >= 20) return out;
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) out.push({ field: path || '(body)', message: 'contains a NUL character or an unpaired surrogate', code: 'invalid_text' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unstorableText(v, path ? `${path}.${i}` : String(i), out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const field = path ? `${path}.${k}` : k;
      if (UNSTORABLE.test(k)) out.push({ field, message: 'the name contains a NUL character or an unpaired surrogate', code: 'invalid_text' });
      unstorableText(v, field, out, depth + 1);
    }
  }
  return out;
}
