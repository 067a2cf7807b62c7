// An SMS to the service number that refuses surveys ("STOP", "لا", ...) from a
// number that was invited: the number is put on the opt-out list and its open
// invitations are closed as refused. Anything else goes on to the complaints.
import type { Db } from '../../../libs/db/prisma';
import { isSurveyRefusal } from '../../../libs/domain/satisfaction';
import type { InboundSms } from '../../../libs/notify/smpp-sms';
import type { NotifierLog } from './log';
import type { SurveyOptOuts } from './survey-opt-out';

/** true when the message was a survey refusal (taken), false to let the next handler have it. */
export function createSurveyReplies(deps: { db: Db; optOuts: SurveyOptOuts; log: NotifierLog }): (mo: InboundSms) => Promise<boolean> {
  return async (mo) => {
    if (!isSurveyRefusal(mo.text)) return false;
    const cases = (await deps.db.surveyContact.findMany({ where: { phone: mo.from }, select: { caseId: true } })).map((c) => c.caseId);
    if (cases.length === 0) return false;
    await deps.optOuts.add(deps.db, mo.from);
    const { count } = await deps.db.surveyInvitation.updateMany({ where: { caseId: { in: cases }, status: 'SENT' }, data: { status: 'REFUSED', closedAt: new Date() } });
    deps.log.info(`survey refusal by SMS: ${count} invitation(s) closed, the number is not asked again`);
    return true;
  };
}
