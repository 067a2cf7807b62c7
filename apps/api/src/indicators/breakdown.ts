// Publishable indicators (measures 99-106): every indicator broken down by
// sex, age band, category and entry point, per province, rolled up to the
// region and the nation, over any period — computed by PostgreSQL in one
// statement (breakdown.sql.ts), small counts suppressed. What each indicator
// counts: breakdown-catalogue.ts.
//
// Suppression, so that no child can be recognised in a published figure:
//  - primary: a cell counting 1 to threshold-1 is shown as "< threshold";
//  - complementary: where exactly one cell of a breakdown (the sexes of one
//    territory, say) is suppressed, the total and the others would give it
//    back, so the smallest other cell is hidden too ("x"); likewise where
//    exactly one province of a region (or one region of the nation) is
//    suppressed for a cell. One pass of each rule, not iterated to a fixed
//    point: a complementary cell can leave a single suppressed cell in another
//    breakdown (the cross sex × age band against its margins, say) — the
//    answer says so in `suppression.note`.
// Zero cells are absent. Suppression is computed over the whole country
// before the answer is cut to the caller's scope, so two scopes never
// suppress the same cell differently.
import type { Db } from '../../../../libs/db/prisma';
import { suppressionLegend } from '../../../../libs/domain/suppression';
import { BREAKDOWNS, INDICATORS, PRESS_FIGURES, type BreakdownParams, type Breakdowns, type Cell, type Indicator } from './breakdown-catalogue';
import { BREAKDOWN_STATEMENT, type BreakdownRow } from './breakdown.sql';

export * from './breakdown-catalogue';

export async function computeBreakdowns(db: Db, p: BreakdownParams): Promise<Breakdowns> {
  const breakdowns = p.breakdowns ?? BREAKDOWNS;
  const indicators = p.indicators ?? INDICATORS;
  const rows = await db.$queryRawUnsafe<BreakdownRow[]>(
    BREAKDOWN_STATEMENT,
    p.from,
    p.to,
    p.threshold,
    p.timeZone,
    [...indicators],
    p.scope.levels,
    p.scope.regionCode ?? null,
    p.scope.provinceCode ?? null,
    [...breakdowns],
  );
  const { shownAs: small, complementaryShownAs } = suppressionLegend(p.threshold);
  const cells = rows.map((r): Cell => {
    const value = Number(r.value);
    return {
      indicator: r.indicator,
      level: r.level,
      territory: r.territory,
      regionCode: r.region,
      provinceCode: r.province,
      breakdown: r.breakdown,
      sex: r.sex,
      ageBand: r.age_band,
      category: r.category,
      entryPoint: r.entry_point,
      value: r.suppression === 'PRIMARY' ? small : r.suppression === 'COMPLEMENTARY' ? complementaryShownAs : value,
      ...(r.suppression ? { suppressed: r.suppression } : {}),
    };
  });
  return {
    from: p.from.toISOString(),
    to: p.to.toISOString(),
    scope: p.scope,
    suppression: {
      ...suppressionLegend(p.threshold),
      note:
        `a count of 1 to ${p.threshold - 1} is shown as "${small}"; where one cell of a breakdown (or one province of a region, one region of the nation) is so hidden, ` +
        'the smallest other cell is hidden too ("x"), so that the total does not give it back. One pass of each rule: crossing tables ' +
        '(sex × age band against its margins) can still narrow a hidden cell; absent cells are zero',
    },
    cells,
  };
}

const csvCell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote, and neutralise spreadsheet formulas ("< 5" starts with no formula character).
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const BREAKDOWN_CSV_HEADER = 'indicator,level,territory,region,province,breakdown,sex,age_band,category,entry_point,value,suppressed,from,to';

export function breakdownsToCsv(b: Breakdowns): string {
  const lines = [BREAKDOWN_CSV_HEADER];
  for (const c of b.cells) {
    lines.push(
      [c.indicator, c.level, c.territory, c.regionCode, c.provinceCode, c.breakdown, c.sex, c.ageBand, c.category, c.entryPoint, c.value, c.suppressed, b.from, b.to]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface PressFigure {
  indicator: Indicator;
  value: number | string;
  suppressed?: 'PRIMARY' | 'COMPLEMENTARY';
  /** girls and boys, as the press releases give them */
  bySex: Record<string, number | string>;
}

/** The press figures of one territory from its TOTAL and SEX cells. */
export function pressFigures(b: Breakdowns, territory: string): Record<keyof typeof PRESS_FIGURES, PressFigure> {
  const out = {} as Record<string, PressFigure>;
  for (const [name, indicator] of Object.entries(PRESS_FIGURES)) {
    const mine = b.cells.filter((c) => c.indicator === indicator && c.territory === territory);
    const total = mine.find((c) => c.breakdown === 'TOTAL');
    out[name] = {
      indicator,
      value: total?.value ?? 0,
      ...(total?.suppressed ? { suppressed: total.suppressed } : {}),
      bySex: Object.fromEntries(mine.filter((c) => c.breakdown === 'SEX').map((c) => [c.sex!, c.value])),
    };
  }
  return out;
}
