// Satisfaction surveys, the API's side: the case's team records who is asked
// (the child from SURVEY_CHILD_MIN_AGE, else the family) and on which number,
// or that they refused; the invited person opens the one-time link on the
// console's public page (no account), answers two questions once, or says no.
// The answer is written without its invitation or case: only the province,
// the provider and the month stay (SurveyAnswer). The invitations themselves
// are sent by the notifier's sweep (apps/notifier/src/survey-invitations.ts).
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Db } from '../../../../libs/db/prisma';
import { SURVEY_CHILD_MIN_AGE, type SurveyRespondent } from '../../../../libs/domain/satisfaction';
import { provinceFilter, type Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { computeSatisfaction, type Satisfaction } from './satisfaction-indicators';
import type { SurveyContactView, SurveyPage } from './schemas';

export interface SurveyContactBody {
  respondent: SurveyRespondent;
  phone?: string;
  language: 'ar' | 'fr';
  refused: boolean;
}

export interface SurveyAnswerBody {
  score: number;
  listened: boolean;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const GONE = 'this survey link is not valid: it was used already, refused, or has expired';

@Injectable()
export class SurveyUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly access: CaseAccess,
    private readonly audit: AuditLog,
  ) {}

  async recordContact(who: Identity, caseId: string, body: SurveyContactBody, ctx: AuditContext): Promise<SurveyContactView> {
    const row = await this.access.load(who, caseId, 'survey.contact');
    if (!body.refused && !body.phone) throw new UnprocessableError('a number to send the survey to', [{ field: 'phone', message: 'required unless refused' }]);
    if (body.respondent === 'CHILD') {
      const age = ageAt(row.child.dateOfBirth, new Date());
      if (age === null || age < SURVEY_CHILD_MIN_AGE) {
        throw new UnprocessableError('the child is too young to be asked', [{ field: 'respondent', message: `the child is asked from ${SURVEY_CHILD_MIN_AGE} (with a known date of birth); ask the family` }]);
      }
    }
    const data = { respondent: body.respondent, phone: body.phone ?? null, language: body.language, refused: body.refused, recordedBy: who.userId };
    await this.db.surveyContact.upsert({ where: { caseId }, create: { caseId, ...data }, update: data });
    // a refusal closes what was sent already
    if (body.refused) await this.db.surveyInvitation.updateMany({ where: { caseId, status: 'SENT' }, data: { status: 'REFUSED', closedAt: new Date() } });
    await this.audit.append(who, 'survey.contact', ctx, { caseId, detail: body.refused ? 'refused' : `respondent=${body.respondent}` });
    return { caseId, respondent: body.respondent, language: body.language, refused: body.refused, phone: body.phone ? `…${body.phone.slice(-2)}` : null };
  }

  /** What the public page shows: the questions' subject and language, nothing of the case. */
  async open(token: string): Promise<SurveyPage> {
    const inv = await this.live(token);
    return { kind: inv.kind, respondent: inv.respondent, language: inv.language, expiresAt: inv.expiresAt.toISOString(), questions: ['score', 'listened'] };
  }

  /** The answer, once: the invitation is closed and the answer written without it, in one transaction. */
  async answer(token: string, body: SurveyAnswerBody) {
    const inv = await this.live(token);
    const period = new Date().toISOString().slice(0, 7);
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.surveyInvitation.updateMany({ where: { id: inv.id, status: 'SENT' }, data: { status: 'ANSWERED', closedAt: new Date() } });
      if (count !== 1) throw new ConflictError('survey_gone', GONE);
      await tx.surveyAnswer.create({ data: { kind: inv.kind, provinceCode: inv.provinceCode, organisationId: inv.organisationId, respondent: inv.respondent, period, score: body.score, listened: body.listened } });
    });
    return { status: 'ANSWERED' as const };
  }

  /** "I do not wish to answer": this survey closes, and the case's next ones are not sent. */
  async refuse(token: string) {
    const inv = await this.live(token);
    const { count } = await this.db.surveyInvitation.updateMany({ where: { id: inv.id, status: 'SENT' }, data: { status: 'REFUSED', closedAt: new Date() } });
    if (count !== 1) throw new ConflictError('survey_gone', GONE);
    await this.db.surveyContact.updateMany({ where: { caseId: inv.caseId }, data: { refused: true } });
    return { status: 'REFUSED' as const };
  }

  /** Per province and per provider, for a provincial role its own province; audited like every indicator. */
  async indicators(who: Identity, q: { from: string; to: string; provinceCode?: string }, ctx: AuditContext): Promise<Satisfaction> {
    if (q.to < q.from) throw new UnprocessableError('the period is empty', [{ field: 'to', message: 'must not be before from' }]);
    const provinceCode = provinceFilter('indicators.read', who, q.provinceCode);
    const result = await computeSatisfaction(this.db, { from: q.from, to: q.to, provinceCode, threshold: this.config.INDICATOR_SUPPRESSION_THRESHOLD });
    await this.audit.append(who, 'indicators.read', ctx, { detail: listFilters({ view: 'satisfaction', ...q }) });
    return result;
  }

  private async live(token: string) {
    const inv = await this.db.surveyInvitation.findUnique({ where: { tokenHash: tokenHash(token) } });
    if (!inv) throw new NotFoundError('no survey with this link');
    if (inv.status !== 'SENT' || inv.expiresAt <= new Date()) throw new ConflictError('survey_gone', GONE);
    return inv;
  }
}

function ageAt(dob: Date | null, at: Date): number | null {
  if (!dob) return null;
  let age = at.getUTCFullYear() - dob.getUTCFullYear();
  if (at.getUTCMonth() < dob.getUTCMonth() || (at.getUTCMonth() === dob.getUTCMonth() && at.getUTCDate() < dob.getUTCDate())) age--;
  return age;
}
