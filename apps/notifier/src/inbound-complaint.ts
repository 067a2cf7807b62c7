// Complaints by SMS to the service number (measure 56): a child, a parent or
// any citizen texts; the notifier's SMPP session receives the message
// (deliver_sm), records the complaint and its acknowledgement (with the
// reference) in one transaction, queues the acknowledgement like any SMS,
// and starts the complaint's workflow (response deadline and ladder). Only
// then is the message acknowledged to the SMSC: until it is recorded, the
// SMSC delivers it again, and a message seen already (same number and text
// within 30 minutes) is the same complaint. The answer never says whether a
// child is known; a number that sent more than PUBLIC_COMPLAINTS_PER_HOUR in
// the hour is not taken (and not answered).
import { randomUUID, createHash } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Db } from '../../../libs/db/prisma';
import { complaintWorkflowId } from '../../../libs/domain/ids';
import { complainantDelivery, languageOf, newComplaintReference, PUBLIC_COMPLAINT_CATEGORY, PUBLIC_COMPLAINT_RISK, type ComplainantLanguage } from '../../../libs/notify/complainant';
import { enqueueDelivery, type AlertOutbox } from '../../../libs/notify/queues';
import type { InboundSms } from '../../../libs/notify/smpp-sms';
import type { ComplaintInput } from '../../../workflows/complaint.workflow';
import type { NotifierLog } from './log';

const SAME_MESSAGE_MS = 30 * 60_000;
const MAX_TEXT = 5000;

export interface InboundComplaintDeps {
  db: Db;
  outbox: Pick<AlertOutbox, 'queues' | 'jobOptions'>;
  temporal: () => Promise<Client>;
  taskQueue: string;
  provinceCode: string;
  perHour: number;
  log: NotifierLog;
}

export function createInboundComplaints(deps: InboundComplaintDeps): (mo: InboundSms) => Promise<boolean> {
  return async (mo) => {
    const text = mo.text.slice(0, MAX_TEXT);
    if (!text) return true;
    const since = new Date(Date.now() - SAME_MESSAGE_MS);
    let row = await deps.db.complaint.findFirst({ where: { replyTo: mo.from, text, origin: 'PUBLIC', createdAt: { gte: since } }, orderBy: { createdAt: 'asc' } });
    if (!row) {
      if (deps.perHour > 0) {
        const recent = await deps.db.complaint.count({ where: { replyTo: mo.from, origin: 'PUBLIC', createdAt: { gte: new Date(Date.now() - 3600_000) } } });
        if (recent >= deps.perHour) {
          deps.log.warn(`complaint by SMS not taken: more than ${deps.perHour} in the hour from one number`);
          return true;
        }
      }
      const id = randomUUID();
      const language: ComplainantLanguage = languageOf(text);
      const reference = newComplaintReference();
      const workflowId = complaintWorkflowId(id);
      const ack = complainantDelivery({ id, reference, workflowId, replyTo: mo.from, language }, 'ack');
      // a second copy of the message racing this one meets the unique key and is the same complaint
      const intakeKey = `sms:${createHash('sha256').update(`${mo.from}\n${text}\n${Math.floor(Date.now() / SAME_MESSAGE_MS)}`).digest('hex')}`;
      try {
        row = await deps.db.$transaction(async (tx) => {
          const created = await tx.complaint.create({
            data: { id, provinceCode: deps.provinceCode, channel: 'SMS', origin: 'PUBLIC', text, reference, replyTo: mo.from, language, intakeKey, workflowId },
          });
          await tx.delivery.create({ data: ack });
          return created;
        });
      } catch (e) {
        row = await deps.db.complaint.findUnique({ where: { intakeKey } });
        if (!row) throw e;
      }
    }
    const reference = row.reference!;
    // The acknowledgement's job (again, if the first try stopped before it; a job already there is kept).
    const ack = await deps.db.delivery.findUnique({ where: { key: complainantDelivery({ id: row.id, reference, workflowId: row.workflowId, replyTo: mo.from, language: 'fr' }, 'ack').key } });
    if (ack?.status === 'QUEUED') await enqueueDelivery(deps.outbox, 'SMS', ack.key).catch((e: Error) => deps.log.warn(`complaint ${reference}: acknowledgement not queued yet (${e.message}); the reconciler will`));
    await startComplaintWorkflow(deps, { complaintId: row.id, caseId: '', caseReference: reference, provinceCode: row.provinceCode, category: PUBLIC_COMPLAINT_CATEGORY, riskLevel: PUBLIC_COMPLAINT_RISK });
    deps.log.info(`complaint ${reference} taken by SMS`);
    return true;
  };
}

async function startComplaintWorkflow(deps: InboundComplaintDeps, input: ComplaintInput): Promise<void> {
  const client = await deps.temporal();
  try {
    await client.workflow.start('complaintWorkflow', {
      workflowId: complaintWorkflowId(input.complaintId),
      taskQueue: deps.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (e) {
    if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
  }
}
