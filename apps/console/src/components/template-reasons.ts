// Why the API refused a template, by path, in the user's language: a 400's
// field problems through their zod codes (problems.ts), a 422's reasons (the
// domain's validateTemplate, libs/domain/templates/validate.ts, which words
// them in English only) through the shape of their wording.
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { stepLabel } from '../labels';
import { fieldMessageKey } from './problems';

/** The catalogue key (under templates.reason) of each wording of validateTemplate, first match wins. */
const REASONS: [RegExp, string][] = [
  [/appears twice/, 'twice'],
  [/is not a phase of this template/, 'notAPhase'],
  [/cannot be reached from the report/, 'unreachable'],
  [/never closes after/, 'neverClosesAfter'],
  [/never closes/, 'neverCloses'],
  [/no phase opens with the report/, 'noEntry'],
  [/opens at least one step/, 'noPhase'],
  [/closure is always approved/, 'closureApproved'],
  [/ISO.?8601 duration/, 'duration'],
  [/must be one of|must be ALWAYS or URGENT/, 'oneOf'],
  [/feeds prosecutor_reports/, 'prosecutorIndicator'],
  [/follow-up visit/, 'visits'],
  [/whole number/, 'version'],
  [/^unknown province/, 'province'],
  [/^unknown /, 'unknownCode'],
];

export interface Reason {
  path: string;
  sentence: string;
}

/** One reason as a sentence: the step or code it names, read in the user's language where it is a step. */
export function reasonSentence(t: TFunction, lang: string, issue: { field: string; message: string; code?: string }): string {
  if (issue.code) return t(fieldMessageKey(issue));
  const key = REASONS.find(([re]) => re.test(issue.message))?.[1];
  if (!key) return t('templates.reason.other');
  const step = /\b([A-Z][A-Z_]{2,})\b/.exec(issue.message)?.[1];
  const value = /"([^"]*)"/.exec(issue.message)?.[1] ?? step ?? '';
  return t(`templates.reason.${key}`, { step: step ? stepLabel(step, lang) : '', value });
}

/** The refusal's reasons by path, or null when the answer carries none (then problemSentence says why). */
export function templateReasons(t: TFunction, lang: string, e: unknown): Reason[] | null {
  if (!(e instanceof ApiError) || (e.status !== 400 && e.status !== 422) || !e.problem.errors?.length) return null;
  return e.problem.errors.map((issue) => ({ path: issue.field, sentence: reasonSentence(t, lang, issue) }));
}
