// What every indicator query checks of the period and the province it names,
// before any permission or figure: an empty period or an unknown province is
// a 422 that names the field.
import { unknownProvince, UnprocessableError } from '../common/errors';
import type { ProvinceCatalogue } from '../infra/provinces';

/** The period [from, to) of a query; empty (to not after from) is refused. */
export function periodOf(q: { from: string; to: string }): { from: Date; to: Date } {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (to <= from) throw new UnprocessableError('the period is empty', [{ field: 'to', message: 'must be after from' }]);
  return { from, to };
}

/** A province the query names must be one of the catalogue's (none named: nothing to check). */
export async function knownProvince(provinces: ProvinceCatalogue, provinceCode: string | undefined): Promise<void> {
  if (provinceCode && !(await provinces.exists(provinceCode))) throw unknownProvince('provinceCode', provinceCode);
}
