// A case's whole story, read from PostgreSQL: what the pathways projected
// (facts, steps with their deadlines, escalations, referrals), the alerts'
// deliveries, complaints about the case, the record's entries and every read
// of the file in the audit trail, merged in time order, each entry with its
// actor (user id and role; null for what the pathway did on its own). Nothing
// here depends on Temporal: a case whose workflows are long gone (retention
// of closed workflows) keeps its history.
import type { Db } from '../../../../libs/db/prisma';
import { maskAddress } from '../deliveries/contact-mask';

export interface StoryActor {
  userId: string;
  role: string | null;
}

export interface StoryEntry {
  at: string;
  /** where the entry comes from */
  source: 'CASE' | 'REPORT' | 'FACT' | 'STEP' | 'ESCALATION' | 'DELIVERY' | 'REFERRAL' | 'COMPLAINT' | 'RECORD' | 'AUDIT';
  type: string;
  summary: string;
  actor: StoryActor | null;
  /** the referral the entry is about, when it is about one */
  referralId?: string;
  details?: Record<string, unknown>;
}

/** Entries at the same instant: the cause before its consequences. */
const RANK: Record<StoryEntry['source'], number> = {
  CASE: 0,
  REPORT: 1,
  FACT: 2,
  REFERRAL: 3,
  STEP: 4,
  ESCALATION: 5,
  DELIVERY: 6,
  COMPLAINT: 7,
  RECORD: 8,
  AUDIT: 9,
};

const iso = (d: Date) => d.toISOString();
/** referral-<id>:… — a row the referral workflow wrote */
const referralOf = (key: string): string | undefined => /^referral-([^:]+):/.exec(key)?.[1];
const stripBy = ({ by, role, ...rest }: Record<string, unknown>) => (void [by, role], rest);

export async function caseStory(db: Db, caseId: string, opts: { clearAddresses: boolean }): Promise<StoryEntry[]> {
  const [kase, reports, facts, steps, escalations, deliveries, referrals, complaints, records, reads] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { reference: true, provinceCode: true, category: true, riskLevel: true, openedAt: true } }),
    db.report.findMany({ where: { caseId } }),
    db.pathwayEvent.findMany({ where: { caseId } }),
    db.openStep.findMany({ where: { caseId } }),
    db.escalation.findMany({ where: { caseId } }),
    db.delivery.findMany({
      where: { caseId },
      select: { key: true, workflowId: true, step: true, level: true, recipientId: true, channel: true, address: true, status: true, createdAt: true, sentAt: true, deliveredAt: true, failedAt: true, payload: true },
    }),
    db.referral.findMany({ where: { caseId } }),
    db.complaint.findMany({ where: { caseId } }),
    db.recordEntry.findMany({ where: { caseId }, select: { id: true, kind: true, authorId: true, authorRole: true, createdAt: true, version: true, rootId: true, supersedesId: true, referralId: true } }),
    db.auditEntry.findMany({ where: { caseId }, select: { id: true, at: true, actorId: true, actorRole: true, action: true, resource: true, outcome: true } }),
  ]);

  // Roles of the users named only by id (the filer of a report, an answer's author, a recipient).
  const ids = new Set<string>();
  for (const r of reports) if (r.filedBy) ids.add(r.filedBy);
  for (const c of complaints) if (c.respondedBy) ids.add(c.respondedBy);
  for (const d of deliveries) ids.add(d.recipientId);
  const users = new Map((await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, role: true } })).map((u) => [u.id, u.role]));
  const actor = (userId: string | null | undefined, role?: string | null): StoryActor | null =>
    userId ? { userId, role: role ?? users.get(userId) ?? null } : null;

  const out: StoryEntry[] = [];
  out.push({
    at: iso(kase.openedAt),
    source: 'CASE',
    type: 'CASE_OPENED',
    summary: `case ${kase.reference} opened in ${kase.provinceCode}`,
    actor: null,
    details: { reference: kase.reference, provinceCode: kase.provinceCode, category: kase.category, riskLevel: kase.riskLevel },
  });

  for (const r of reports) {
    out.push({
      at: iso(r.receivedAt),
      source: 'REPORT',
      type: 'REPORT_FILED',
      summary: `report filed (${r.entryPoint}, ${r.category}, ${r.riskLevel})`,
      actor: actor(r.filedBy),
      details: { reportId: r.id, entryPoint: r.entryPoint, category: r.category, riskLevel: r.riskLevel, narrative: r.narrative },
    });
  }

  const factTypes = new Set<string>();
  for (const f of facts) {
    const data = (f.data ?? {}) as Record<string, unknown>;
    const referralId = typeof data.referralId === 'string' ? data.referralId : referralOf(f.key);
    if (referralId) factTypes.add(`${referralId}:${f.type}`);
    out.push({
      at: iso(f.at),
      source: 'FACT',
      type: f.type,
      summary: `${f.type.toLowerCase().replace(/_/g, ' ')}${typeof data.by === 'string' ? ` by ${data.by} (${String(data.role ?? '?')})` : ''}`,
      actor: typeof data.by === 'string' ? actor(data.by, typeof data.role === 'string' ? data.role : null) : null,
      ...(referralId ? { referralId } : {}),
      details: { provinceCode: f.provinceCode, ...stripBy(data) },
    });
  }

  for (const s of steps) {
    const referralId = referralOf(s.key);
    const base = { step: s.step, label: s.label, provinceCode: s.provinceCode, dueAt: iso(s.dueAt), stepKey: s.key };
    out.push({
      at: iso(s.openedAt),
      source: 'STEP',
      type: 'STEP_OPENED',
      summary: `${s.label ?? s.step} awaited, due ${iso(s.dueAt)}`,
      actor: null,
      ...(referralId ? { referralId } : {}),
      details: base,
    });
    if (s.closedAt) {
      out.push({
        at: iso(s.closedAt),
        source: 'STEP',
        type: s.status === 'DONE' ? 'STEP_DONE' : 'STEP_CANCELLED',
        summary: `${s.label ?? s.step} ${s.status === 'DONE' ? 'done' : 'no longer awaited'}${s.status === 'DONE' && s.closedAt > s.dueAt ? ' (late)' : ''}`,
        actor: null,
        ...(referralId ? { referralId } : {}),
        details: { ...base, status: s.status, levelReached: s.level },
      });
    }
  }

  for (const e of escalations) {
    const referralId = referralOf(e.key);
    out.push({
      at: iso(e.alertedAt),
      source: 'ESCALATION',
      type: 'ESCALATED',
      summary: `alert: ${e.step} level ${e.level} (${e.role})${e.delivered ? '' : ', nobody reached'}`,
      actor: null,
      ...(referralId ? { referralId } : {}),
      details: { step: e.step, level: e.level, role: e.role, provinceCode: e.provinceCode, dueAt: iso(e.dueAt), delivered: e.delivered, alertKey: e.key },
    });
  }

  for (const d of deliveries) {
    const referralId = referralOf(d.workflowId + ':');
    const payload = (d.payload ?? {}) as Record<string, unknown>;
    const kind = payload.feedback ? 'FEEDBACK' : payload.notice ? (payload.urgent ? 'URGENT' : 'NOTICE') : 'ESCALATION';
    out.push({
      at: iso(d.createdAt),
      source: 'DELIVERY',
      type: 'ALERT_DELIVERY',
      summary: `${d.channel} to ${d.recipientId} (${users.get(d.recipientId) ?? '?'}): ${d.step} level ${d.level}, ${d.status.toLowerCase()}`,
      actor: null,
      ...(referralId ? { referralId } : {}),
      details: {
        kind,
        step: d.step,
        level: d.level,
        channel: d.channel,
        recipient: actor(d.recipientId),
        address: opts.clearAddresses ? d.address : maskAddress(d.channel, d.address),
        status: d.status,
        sentAt: d.sentAt ? iso(d.sentAt) : null,
        deliveredAt: d.deliveredAt ? iso(d.deliveredAt) : null,
        failedAt: d.failedAt ? iso(d.failedAt) : null,
      },
    });
  }

  // A referral's own row: what its facts do not say (referrals older than them).
  for (const r of referrals) {
    const details = { referralId: r.id, organisationId: r.organisationId, service: r.service, status: r.status, acceptDueAt: r.acceptDueAt ? iso(r.acceptDueAt) : null };
    const moments: [string, Date | null][] = [
      ['REFERRAL_ACCEPTED', r.acceptedAt],
      ['SERVICE_STARTED', r.startedAt],
      ['REFERRAL_COMPLETED', r.completedAt],
    ];
    for (const [type, at] of moments) {
      if (!at || factTypes.has(`${r.id}:${type}`)) continue;
      out.push({ at: iso(at), source: 'REFERRAL', type, summary: `${type.toLowerCase().replace(/_/g, ' ')} (who: not recorded)`, actor: null, referralId: r.id, details });
    }
  }

  for (const c of complaints) {
    out.push({
      at: iso(c.createdAt),
      source: 'COMPLAINT',
      type: 'COMPLAINT_FILED',
      summary: `complaint about the case (${c.channel})`,
      actor: null,
      details: { complaintId: c.id, channel: c.channel, status: c.status, dueAt: c.dueAt ? iso(c.dueAt) : null, text: c.text },
    });
    if (c.respondedAt) {
      out.push({
        at: iso(c.respondedAt),
        source: 'COMPLAINT',
        type: 'COMPLAINT_ANSWERED',
        summary: 'complaint answered',
        actor: actor(c.respondedBy),
        details: { complaintId: c.id, response: c.response },
      });
    }
  }

  for (const e of records) {
    out.push({
      at: iso(e.createdAt),
      source: 'RECORD',
      type: e.version > 1 ? 'RECORD_REVISED' : 'RECORD_WRITTEN',
      summary: `record: ${e.kind}${e.version > 1 ? ` version ${e.version}` : ''}`,
      actor: actor(e.authorId, e.authorRole),
      ...(e.referralId ? { referralId: e.referralId } : {}),
      details: { entryId: e.id, kind: e.kind, version: e.version, rootId: e.rootId, supersedesId: e.supersedesId },
    });
  }

  for (const a of reads) {
    out.push({
      at: iso(a.at),
      source: 'AUDIT',
      type: a.outcome === 'OK' ? 'FILE_ACCESS' : 'FILE_ACCESS_REFUSED',
      summary: `${a.action}${a.outcome === 'OK' ? '' : ` (${a.outcome.toLowerCase()})`}`,
      actor: actor(a.actorId, a.actorRole),
      details: { action: a.action, resource: a.resource, outcome: a.outcome, auditId: a.id.toString() },
    });
  }

  return out.sort((x, y) => x.at.localeCompare(y.at) || RANK[x.source] - RANK[y.source]);
}
