// The search before filing: what the matcher finds, disclosed as identification
// needs (reference, province, initials, age, score, why) and no more. A search
// that discloses a case of another province than the caller's (or any, for a
// national caller) writes one audit row per disclosed case.
import { Injectable } from '@nestjs/common';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { ChildMatcher, PROBABLE_THRESHOLD, type ChildQuery } from './child-matcher';
import type { Candidate, ChildSearchResult } from './schemas';

@Injectable()
export class SearchChildrenUseCase {
  constructor(
    private readonly matcher: ChildMatcher,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, q: ChildQuery, ctx: AuditContext): Promise<ChildSearchResult> {
    const candidates = await this.matcher.find(q);
    await this.auditDisclosure(who, candidates, ctx, 'child.search');
    return { threshold: PROBABLE_THRESHOLD, candidates };
  }

  /** One audit row per case of another province the answer names (the answer is the disclosure). */
  async auditDisclosure(who: Identity, candidates: Candidate[], ctx: AuditContext, action: string): Promise<void> {
    for (const c of candidates) {
      if (who.provinceCode && c.provinceCode === who.provinceCode) continue;
      await this.audit.append(who, action, ctx, { caseId: c.caseId, resource: `case/${c.caseId}`, outcome: 'CROSS_PROVINCE' });
    }
  }
}
