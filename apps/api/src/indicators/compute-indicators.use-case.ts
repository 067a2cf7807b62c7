// Indicators of a period, for the actor's province (or one or every province
// for a national role), from the PostgreSQL projections.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { provinceFilter, type Identity } from '../auth/identity';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { computeIndicators, type Indicators } from './compute-indicators';
import { periodOf } from './period-and-province';

@Injectable()
export class ComputeIndicatorsUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async execute(who: Identity, q: { provinceCode?: string; from: string; to: string }, ctx: AuditContext): Promise<Indicators> {
    const { from, to } = periodOf(q);
    const provinceCode = provinceFilter('indicators.read', who, q.provinceCode);
    const result = await computeIndicators(this.db, { provinceCode, from, to, threshold: this.config.INDICATOR_SUPPRESSION_THRESHOLD });
    await this.audit.append(who, 'indicators.read', ctx, { detail: listFilters({ provinceCode: q.provinceCode, from: q.from, to: q.to }) });
    return result;
  }
}
