// A child's initials, the one place they are computed: what readers without
// the child.identity disclosure, providers and alerts see instead of names.
// Pure: safe anywhere, workflow code included.

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The first user-perceived character of a name (an emoji, a letter with its marks), upper-cased. */
function initial(name: string): string {
  const first = graphemes.segment(name)[Symbol.iterator]().next().value?.segment ?? '';
  return first.toLocaleUpperCase('fr');
}

/**
 * "M. A." (or "M.A." with an empty separator): the first grapheme cluster of
 * each name, never half of a character — a name that opens with an emoji or a
 * combining sequence keeps it whole, so the answer is well-formed Unicode.
 * Null when no name is known.
 */
export function initialsOf(firstName?: string | null, lastName?: string | null, separator = ' '): string | null {
  const letters = [firstName, lastName]
    .map((n) => (n ?? '').trim())
    .filter(Boolean)
    .map((n) => `${initial(n)}.`);
  return letters.length ? letters.join(separator) : null;
}
