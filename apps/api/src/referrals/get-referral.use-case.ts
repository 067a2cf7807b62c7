// One referral, as its provider needs it; audited.
import { Injectable } from '@nestjs/common';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { ReferralAccess } from './referral-access';

@Injectable()
export class GetReferralUseCase {
  constructor(
    private readonly access: ReferralAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, referralId: string, ctx: AuditContext) {
    const row = await this.access.load(who, referralId, 'referral.read');
    await this.audit.append(who, 'referral.read', ctx, { caseId: row.caseId, resource: `referral/${referralId}` });
    return this.access.view(row);
  }
}
