import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isRefusalCode, REFUSAL_CODES, REFUSALS, refusalCodeOf, refusalType } from './refusals';

test('a code travels in a failure type and back; refusing activities map to theirs; anything else has none', () => {
  for (const code of REFUSAL_CODES) expect(refusalCodeOf(refusalType(code))).toBe(code);
  expect(refusalCodeOf('ProviderNotInDirectory')).toBe('provider_not_in_directory');
  expect(refusalCodeOf('PolicyMissing')).toBe('policy_missing');
  for (const other of ['Error', 'ForbiddenAction', 'Refused:not_a_code', 'Refused:', '', null, undefined]) expect(refusalCodeOf(other)).toBeUndefined();
  expect(isRefusalCode('toString')).toBe(false);
});

test('codes are stable identifiers, each with its meaning', () => {
  for (const code of REFUSAL_CODES) {
    expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(REFUSALS[code]).toMatch(/\S/);
  }
});

test('no workflow refuses an action without a code (a plain Error would reach the API as a bare 409)', () => {
  const dir = join(__dirname, '../../workflows');
  const files = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : f.endsWith('.ts') ? [join(d, f)] : []));
  const plain = files(dir).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((line) => /throw new Error\(/.test(line))
      .map((line) => `${f.slice(dir.length + 1)}: ${line.trim()}`),
  );
  // the one plain Error left is a bug, not a refusal: a stage move no validator should have let through
  expect(plain).toEqual([expect.stringMatching(/^case\/context\.ts: throw new Error\(`the pathway does not go from .* an action's validator let it through`\);$/)]);
});
