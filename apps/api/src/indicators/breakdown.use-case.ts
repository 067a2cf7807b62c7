// Publishable indicators for a period: a provincial role (head of centre,
// delegate, committee) sees its own province; a national role any province,
// any region, or the nation with its regions and provinces. Audited.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { scopeOf } from '../../../../libs/domain/permissions';
import { permit, type Identity } from '../auth/identity';
import { ForbiddenError, UnprocessableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { knownProvince, periodOf } from './period-and-province';
import { computeBreakdowns, LEVELS, PRESS_FIGURES, pressFigures, type Breakdowns, type Level, type Scope } from './breakdown';
import type { PressFigures } from './schemas';

export interface BreakdownQuery {
  from: string;
  to: string;
  provinceCode?: string;
  regionCode?: string;
  level?: Level;
}

@Injectable()
export class IndicatorBreakdownUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
  ) {}

  async execute(who: Identity, q: BreakdownQuery, ctx: AuditContext): Promise<Breakdowns> {
    const { from, to, scope } = await this.scope(who, q);
    const result = await computeBreakdowns(this.db, { from, to, scope, threshold: this.config.INDICATOR_SUPPRESSION_THRESHOLD, timeZone: this.config.MASAR_TIME_ZONE });
    await this.audit.append(who, 'indicators.read', ctx, { detail: listFilters({ view: 'breakdown', ...q }) });
    return result;
  }

  /** The press figures (children integrated, back to school, into vocational training, social-emergency interventions) of one territory. */
  async press(who: Identity, q: Omit<BreakdownQuery, 'level'>, ctx: AuditContext): Promise<PressFigures> {
    const { from, to, scope } = await this.scope(who, q);
    const level: Level = scope.provinceCode ? 'PROVINCE' : scope.regionCode ? 'REGION' : 'NATION';
    const territory = scope.provinceCode ?? scope.regionCode ?? 'MA';
    const result = await computeBreakdowns(this.db, {
      from,
      to,
      scope: { ...scope, levels: [level] },
      threshold: this.config.INDICATOR_SUPPRESSION_THRESHOLD,
      timeZone: this.config.MASAR_TIME_ZONE,
      indicators: Object.values(PRESS_FIGURES),
      breakdowns: ['TOTAL', 'SEX'],
    });
    await this.audit.append(who, 'indicators.read', ctx, { detail: listFilters({ view: 'press-figures', ...q }) });
    return { from: result.from, to: result.to, level, territory, suppression: result.suppression, figures: pressFigures(result, territory) };
  }

  private async scope(who: Identity, q: BreakdownQuery): Promise<{ from: Date; to: Date; scope: Scope }> {
    const { from, to } = periodOf(q);
    await knownProvince(this.provinces, q.provinceCode);
    if (q.regionCode && !(await this.db.region.findUnique({ where: { code: q.regionCode } }))) {
      throw new UnprocessableError('unknown region', [{ field: 'regionCode', message: `unknown region ${q.regionCode}` }]);
    }
    permit('indicators.read', who, q.provinceCode ? { provinceCode: q.provinceCode } : {});
    const all = q.level ? [q.level] : [...LEVELS];
    if (scopeOf('indicators.read', who.role) === 'PROVINCE') {
      // a provincial role reads its own province, never a region or the nation
      if (q.regionCode || (q.level && q.level !== 'PROVINCE')) throw new ForbiddenError(`${who.role} reads the indicators of its own province only`);
      return { from, to, scope: { levels: ['PROVINCE'], provinceCode: who.provinceCode! } };
    }
    if (q.provinceCode) {
      if (q.level && q.level !== 'PROVINCE') throw new UnprocessableError('a province is read at the province level', [{ field: 'level', message: 'must be PROVINCE with provinceCode' }]);
      return { from, to, scope: { levels: ['PROVINCE'], provinceCode: q.provinceCode, ...(q.regionCode ? { regionCode: q.regionCode } : {}) } };
    }
    if (q.regionCode) return { from, to, scope: { levels: all.filter((l) => l !== 'NATION'), regionCode: q.regionCode } };
    return { from, to, scope: { levels: all } };
  }
}
