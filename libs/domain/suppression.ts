// Small-count suppression of every published figure (the indicators and their
// breakdowns, the begging plan's figures, the yearly diagnosis), so that no
// child can be recognised in one: a count of 1 to threshold-1 is shown as
// "< threshold" (primary), and a cell that would give a hidden one back as
// "x" (complementary). Zero is an absent cell, not a small one. The rule is
// here once, in TypeScript and as the SQL the breakdowns compute it with.

/** Counts under this are not published (INDICATOR_SUPPRESSION_THRESHOLD overrides it). */
export const SUPPRESSION_THRESHOLD = 5;

export const COMPLEMENTARY_SHOWN_AS = 'x';

/** How a primarily suppressed count reads. */
export const smallShownAs = (threshold: number): string => `< ${threshold}`;

/** Primary suppression: 1 to threshold-1. */
export const isSmallCount = (n: number, threshold: number): boolean => n > 0 && n < threshold;

/** The same rule over a count column, `threshold` the SQL expression (a parameter) that holds it. */
export const smallCountSql = (count: string, threshold: string): string => `(${count} > 0 AND ${count} < ${threshold})`;

/** A count as published: itself, or "< threshold". */
export const publishedCount = (n: number, threshold: number): number | string => (isSmallCount(n, threshold) ? smallShownAs(threshold) : n);

/** What an answer says of how it was suppressed. */
export const suppressionLegend = (threshold: number) => ({ threshold, shownAs: smallShownAs(threshold), complementaryShownAs: COMPLEMENTARY_SHOWN_AS });
