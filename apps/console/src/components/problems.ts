// The API's problem+json answers as sentences of the user's language: one per
// status for the form, one per refusal code (libs/domain/refusals.ts) for a
// 409 or 422, one per field from the validation codes (the API's own English
// wording is never shown).
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import type { Problem } from '../api/types';
import { isRefusalCode } from '../../../../libs/domain/refusals';

/** A refusal's sentence: its code's, or the generic one of the user's language for a code this console does not know. */
export function refusalSentence(t: TFunction, code: unknown): string {
  return isRefusalCode(code) ? t(`refusal.${code}`, { defaultValue: t('refusal.unknown') }) : t('refusal.unknown');
}

export function problemSentence(t: TFunction, e: unknown): string {
  if (!(e instanceof ApiError)) return t('problem.network');
  const p = e.problem as Problem & { code?: string };
  if (p.status === 0) return t('problem.network');
  if (p.status === 400 && p.errors?.length) return t('problem.fields');
  if (p.status === 409) return refusalSentence(t, p.code);
  if (p.status === 422 && p.code !== undefined) return refusalSentence(t, p.code);
  const known = ['400', '401', '403', '404', '409', '413', '422', '429', '500', '503'];
  const key = String(p.status);
  if (!known.includes(key)) return t('problem.other', { status: p.status });
  return t(`problem.${key}`, { errorId: p.errorId ?? '' });
}

/** The field's message key from a zod issue of the API (code, and message where the code is generic). */
export function fieldMessageKey(issue: { message: string; code?: string }): string {
  const m = issue.message.toLowerCase();
  if (m.includes('dateofbirth or estimatedage')) return 'problem.field.dobOrAge';
  if (m.includes('future')) return 'problem.field.future';
  switch (issue.code) {
    case 'too_small':
      return 'problem.field.required';
    case 'too_big':
      return 'problem.field.tooLong';
    case 'invalid_format':
      return 'problem.field.format';
    case 'invalid_type':
      return m.includes('undefined') ? 'problem.field.required' : 'problem.field.invalid';
    default:
      return 'problem.field.invalid';
  }
}

/** Field path (as the API names it, e.g. child.dateOfBirth) → the message to show under that field. */
export function fieldErrors(t: TFunction, e: unknown): Record<string, string> {
  if (!(e instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of (e.problem as Problem).errors ?? []) out[issue.field] ??= t(fieldMessageKey(issue));
  return out;
}
