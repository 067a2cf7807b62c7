// Satisfaction surveys (measure 57), sent without touching any pathway: a
// sweep reads the projections — cases CLOSED, referrals COMPLETED in the last
// SURVEY_LOOKBACK_DAYS — and invites, by SMS with a one-time link, whoever
// the case's team recorded as the one to ask (SurveyContact: the child from
// SURVEY_CHILD_MIN_AGE, else the family). A projection is what the pathway
// already writes, so a sweep needs no new activity, no patch and no replay
// fixture, and a running pathway is never changed; the cost is a delay of one
// sweep. Why it sends once: the invitation's subjectKey is unique (one survey
// per closure, per delivered service) and its SMS is the delivery row
// survey:<id>:SMS, created in the same transaction; a second sweep, or two at
// once, find it. Nobody who refused is asked: a refusal recorded by the team,
// or a number that answered STOP (SurveyOptOut). The link's token is random;
// the invitation keeps only its SHA-256 (the SMS's text, like any SMS, stays
// on its delivery row).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../../libs/db/prisma';
import { SURVEY_LINK_DAYS, SURVEY_LOOKBACK_DAYS, surveySms, surveySubjectKey, type SurveyKind } from '../../../libs/domain/satisfaction';
import { COMPLAINANT_LEVEL, COMPLAINANT_SMS } from '../../../libs/notify/complainant';
import { enqueueDelivery, type AlertOutbox } from '../../../libs/notify/queues';
import type { NotifierLog } from './log';
import type { SurveyOptOuts } from './survey-opt-out';

const DAY = 86_400_000;
export const SURVEY_STEP = 'SATISFACTION_SURVEY';
/** How often the notifier looks for closures and delivered services to ask about. */
export const SURVEY_SWEEP_MS = 10 * 60_000;

export interface SurveySweepDeps {
  db: Db;
  outbox: Pick<AlertOutbox, 'queues' | 'jobOptions'>;
  /** the console's origin: the link is <publicUrl>/survey/<token> */
  publicUrl: string;
  optOuts: SurveyOptOuts;
  log: NotifierLog;
}

export interface SweepResult {
  invited: number;
  /** no contact recorded, no number, refused or opted out */
  skipped: number;
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

interface Subject {
  kind: SurveyKind;
  id: string;
  caseId: string;
  provinceCode: string;
  organisationId: string | null;
}

export function createSurveySweep(deps: SurveySweepDeps): () => Promise<SweepResult> {
  return async () => {
    const since = new Date(Date.now() - SURVEY_LOOKBACK_DAYS * DAY);
    const [closed, delivered] = await Promise.all([
      deps.db.case.findMany({ where: { status: 'CLOSED', closedAt: { gte: since } }, select: { id: true, provinceCode: true }, take: 1000 }),
      deps.db.referral.findMany({ where: { status: 'COMPLETED', completedAt: { gte: since } }, select: { id: true, caseId: true, organisationId: true, case: { select: { provinceCode: true } } }, take: 1000 }),
    ]);
    const subjects: Subject[] = [
      ...closed.map((c) => ({ kind: 'CLOSURE' as const, id: c.id, caseId: c.id, provinceCode: c.provinceCode, organisationId: null })),
      ...delivered.map((r) => ({ kind: 'SERVICE' as const, id: r.id, caseId: r.caseId, provinceCode: r.case.provinceCode, organisationId: r.organisationId })),
    ];
    const asked = new Set(
      (await deps.db.surveyInvitation.findMany({ where: { subjectKey: { in: subjects.map((s) => surveySubjectKey(s.kind, s.id)) } }, select: { subjectKey: true } })).map((i) => i.subjectKey),
    );
    const todo = subjects.filter((s) => !asked.has(surveySubjectKey(s.kind, s.id)));
    const contacts = new Map((await deps.db.surveyContact.findMany({ where: { caseId: { in: todo.map((s) => s.caseId) } } })).map((c) => [c.caseId, c]));
    const result: SweepResult = { invited: 0, skipped: 0 };
    for (const s of todo) {
      const contact = contacts.get(s.caseId);
      if (!contact || contact.refused || !contact.phone || (await deps.optOuts.has(deps.db, contact.phone))) {
        result.skipped++;
        continue;
      }
      const key = await invite(deps, s, contact);
      if (key) {
        result.invited++;
        await enqueueDelivery(deps.outbox, 'SMS', key).catch((e: Error) => deps.log.warn(`survey invitation recorded, not queued yet (${e.message}): the reconciler will`));
      }
    }
    return result;
  };
}

/** The invitation and its SMS in one transaction; null when another sweep made it first. */
async function invite(deps: SurveySweepDeps, s: Subject, contact: { respondent: string; phone: string | null; language: string }): Promise<string | null> {
  const id = randomUUID();
  const token = randomBytes(32).toString('base64url');
  const language = contact.language === 'ar' ? 'ar' : 'fr';
  const key = `survey:${id}:SMS`;
  const text = surveySms(language, s.kind, `${deps.publicUrl.replace(/\/$/, '')}/survey/${token}`);
  try {
    await deps.db.$transaction([
      deps.db.surveyInvitation.create({
        data: {
          id,
          subjectKey: surveySubjectKey(s.kind, s.id),
          kind: s.kind,
          caseId: s.caseId,
          provinceCode: s.provinceCode,
          organisationId: s.organisationId,
          respondent: contact.respondent,
          language,
          tokenHash: tokenHash(token),
          expiresAt: new Date(Date.now() + SURVEY_LINK_DAYS * DAY),
        },
      }),
      deps.db.delivery.create({
        data: {
          key,
          caseId: '',
          workflowId: '',
          step: SURVEY_STEP,
          level: COMPLAINANT_LEVEL,
          recipientId: `survey:${id}`,
          channel: 'SMS',
          address: contact.phone!,
          language,
          payload: { kind: COMPLAINANT_SMS, text, reference: id, caseReference: '', step: SURVEY_STEP, alertKey: key, stepKey: key },
        },
      }),
    ]);
    return key;
  } catch (e) {
    if ((e as { code?: string }).code === 'P2002') return null;
    throw e;
  }
}

/** Runs the sweep every intervalMs, one at a time; stop() waits for the one running. */
export function scheduleSurveySweep(sweep: () => Promise<SweepResult>, intervalMs: number, log: NotifierLog): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? undefined : sweep().catch((e: Error) => log.error(`survey sweep: ${e.message}`))));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
