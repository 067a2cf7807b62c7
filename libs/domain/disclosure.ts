// What a reader sees of free-form pathway data (workflow inputs, update
// arguments, activity inputs: the history's details) by the disclosure rule
// child.identity of the permission table (permissions.ts). Readers the rule
// admits see everything; others see a name as initials and no free text
// (the report's narrative, notes, summaries, written reasons). Pure.
import { discloses } from './permissions';
import type { Role } from './taxonomy';

/** Fields holding a name: shown as initials. */
const NAMES = new Set(['childName', 'firstName', 'lastName', 'fullName']);
/** Fields holding identifying data or free text: withheld. */
const WITHHELD = new Set(['narrative', 'note', 'notes', 'summary', 'text', 'dateOfBirth', 'findings', 'comment', 'response']);
/** A reason is an enum (CHILD_SAFE, ...) or free text: only the enum stays. */
const ENUM = /^[A-Z][A-Z0-9_]*$/;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** "Yasmine El Idrissi" → "Y.E.I." (graphemes, so an emoji or a combined letter stays whole). */
export function initialsOfName(name: string): string | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const out = words.map((w) => `${(segmenter.segment(w)[Symbol.iterator]().next().value?.segment ?? '').toUpperCase()}.`).join('');
  return out || null;
}

/** The value as the role may see it (a copy; the input is not changed). */
export function disclosedTo(role: Role, value: unknown): unknown {
  if (discloses('child.identity', role)) return value;
  return redact(value);
}

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (NAMES.has(k)) out[k === 'childName' ? 'childInitials' : `${k}Initial`] = typeof v === 'string' ? initialsOfName(v) : null;
    else if (WITHHELD.has(k)) continue;
    else if (k === 'reason' && typeof v === 'string' && !ENUM.test(v)) continue;
    else out[k] = redact(v);
  }
  return out;
}
