// The begging figures' suppression: a small count is not published, and a cell
// that would give it back (girls from protected and boys, a city from the
// total) is hidden with it.
import { suppress } from './begging';

const counts = (childrenProtected: number, girls: number, boys: number, returnedToFamily = 0, backToSchool = 0) => ({ childrenProtected, girls, boys, returnedToFamily, backToSchool });

test('counts at or above the threshold are published as they are; zero stays zero', () => {
  const { cities, total } = suppress([{ provinceCode: 'RABAT', counts: counts(12, 7, 5, 6, 0) }], counts(12, 7, 5, 6, 0), 5);
  expect(cities).toEqual([{ provinceCode: 'RABAT', childrenProtected: 12, girls: 7, boys: 5, returnedToFamily: 6, backToSchool: 0 }]);
  expect(total).toEqual({ provinceCode: 'TOTAL', childrenProtected: 12, girls: 7, boys: 5, returnedToFamily: 6, backToSchool: 0 });
});

test('a small count reads "< N", and the other sex is hidden when girls and boys add up to the children protected', () => {
  const { cities } = suppress([{ provinceCode: 'TANGER_ASSILAH', counts: counts(9, 7, 2) }], counts(9, 7, 2), 5);
  expect(cities[0]).toMatchObject({ childrenProtected: 9, girls: 'x', boys: '< 5' });
  // a child of unknown sex: protected − girls no longer gives the boys
  const unknownSex = suppress([{ provinceCode: 'TANGER_ASSILAH', counts: counts(10, 7, 2) }], counts(10, 7, 2), 5);
  expect(unknownSex.cities[0]).toMatchObject({ childrenProtected: 10, girls: 7, boys: '< 5' });
});

test('one city hidden among shown ones: the smallest other city is hidden too, so the total does not give it back', () => {
  const rows = [
    { provinceCode: 'MEKNES', counts: counts(3, 3, 0, 3, 0) },
    { provinceCode: 'RABAT', counts: counts(20, 10, 10, 8, 0) },
    { provinceCode: 'SALE', counts: counts(6, 3, 3, 6, 0) },
  ];
  const { cities, total } = suppress(rows, counts(29, 16, 13, 17, 0), 5);
  const returned = Object.fromEntries(cities.map((c) => [c.provinceCode, c.returnedToFamily]));
  expect(returned).toEqual({ MEKNES: '< 5', RABAT: 8, SALE: 'x' });
  expect(total.returnedToFamily).toBe(17);
  // a small total reads "< N" like any cell
  expect(suppress([{ provinceCode: 'SALE', counts: counts(2, 1, 1) }], counts(2, 1, 1), 5).total).toMatchObject({ childrenProtected: '< 5', girls: '< 5', boys: '< 5' });
});
