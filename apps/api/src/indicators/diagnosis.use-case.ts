// The yearly diagnosis of a province: the committee's and the delegate's own
// province, any province for national supervision ('indicators.diagnosis').
// Audited; as JSON (the figures) or as the PDF printed from the same object.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { renderPdf } from '../../../../libs/pdf/render';
import { permit, type Identity } from '../auth/identity';
import { UnprocessableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { computeDiagnosis, type Diagnosis } from './diagnosis';
import { diagnosisHtml } from './diagnosis-template';
import { knownProvince } from './period-and-province';

export interface DiagnosisQuery {
  provinceCode?: string;
  year: number;
  lang: 'ar' | 'fr';
}

@Injectable()
export class DiagnosisUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
  ) {}

  async figures(who: Identity, q: DiagnosisQuery, ctx: AuditContext): Promise<Diagnosis> {
    const provinceCode = q.provinceCode ?? who.provinceCode;
    if (!provinceCode) throw new UnprocessableError('which province', [{ field: 'provinceCode', message: 'required for a national role' }]);
    await knownProvince(this.provinces, provinceCode);
    permit('indicators.diagnosis', who, { provinceCode });
    const d = await computeDiagnosis(this.db, { provinceCode, year: q.year, threshold: this.config.INDICATOR_SUPPRESSION_THRESHOLD, timeZone: this.config.MASAR_TIME_ZONE });
    await this.audit.append(who, 'indicators.diagnosis', ctx, { detail: listFilters({ provinceCode, year: q.year, lang: q.lang }) });
    return d;
  }

  async pdf(who: Identity, q: DiagnosisQuery, ctx: AuditContext): Promise<{ diagnosis: Diagnosis; pdf: Buffer }> {
    const diagnosis = await this.figures(who, q, ctx);
    const footer = q.lang === 'ar' ? `مسار — التشخيص السنوي ${q.year} — ${diagnosis.province.ar}` : `Masar — diagnostic annuel ${q.year} — ${diagnosis.province.fr}`;
    return { diagnosis, pdf: await renderPdf(diagnosisHtml(diagnosis, q.lang), { footer }) };
  }
}
