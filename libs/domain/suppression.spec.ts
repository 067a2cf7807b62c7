import { isSmallCount, publishedCount, smallCountSql, suppressionLegend } from './suppression';

test('1 to threshold-1 is small; zero (an absent cell) and the threshold are not', () => {
  expect([0, 1, 4, 5, 6].map((n) => isSmallCount(n, 5))).toEqual([false, true, true, false, false]);
  expect([0, 1, 4, 5].map((n) => publishedCount(n, 5))).toEqual([0, '< 5', '< 5', 5]);
  expect(publishedCount(1, 1)).toBe(1);
});

test('the SQL says the same of a count column, and an answer states the rule it applied', () => {
  expect(smallCountSql('value', '$3')).toBe('(value > 0 AND value < $3)');
  expect(suppressionLegend(5)).toEqual({ threshold: 5, shownAs: '< 5', complementaryShownAs: 'x' });
});
