import { createHash } from 'node:crypto';

/**
 * A uuid (v4 layout) derived from a key, so that a retried request (same
 * Idempotency-Key, same court order) names the same referral.
 */
export function stableUuid(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
