// A report about a new child in one SQL statement: the answer stored under the
// Idempotency-Key (when there is one), the child, the case (pinned to the
// template in force, read in the same snapshot and returned for the pathway's
// input), the report and the audit entry, as data-modifying CTEs chained so
// that a key already taken writes nothing at all (ON CONFLICT DO NOTHING on
// the key, every later insert selects from the one before). One round trip
// and no interactive transaction (BEGIN, five inserts, COMMIT were seven, and
// the template's read one more). The audit entry is chained by the
// database's trigger like any other. Every value goes as text with its cast, so
// the driver has nothing to guess; it goes through the pool, not Prisma's query
// compiler (libs/db/prisma.ts).
import { utcText, type Db } from '../../../../libs/db/prisma';
import { effectiveTemplateSql, type TemplateRow } from '../templates/template-store';

export interface NewCaseRows {
  idempotency: { callerId: string; scope: string; key: string; requestHash: string; status: number; body: unknown } | null;
  child: {
    id: string;
    firstName?: string | null;
    lastName?: string | null;
    motherName?: string | null;
    sex?: string | null;
    dateOfBirth?: string | null;
    dobEstimated: boolean;
    adultAt?: Date | null;
    birthCertificateNo: string | null;
    cnie: string | null;
    parentCnies: string[];
    firstNameKey: string | null;
    lastNameKey: string | null;
    nameKey: string | null;
    motherNameKey: string | null;
    firstNameSkeleton: string | null;
    lastNameSkeleton: string | null;
  };
  kase: { id: string; reference: string; provinceCode: string; category: string; riskLevel: string; workflowId: string; openedAt: Date };
  report: {
    id: string;
    entryPoint: string;
    category: string;
    riskLevel: string;
    narrative: string;
    reporterName?: string | null;
    reporterPhone?: string | null;
    receivedAt: Date;
    filedBy: string;
    fieldTeam?: unknown;
  };
  audit: { actorId: string; actorRole: string; action: string; resource: string; requestId?: string | null; sourceIp?: string | null };
}

const utc = (d: Date | null | undefined) => (d ? utcText(d) : null);

/** Writes the rows and answers the template the case runs; null when the Idempotency-Key was already taken (nothing written). */
export async function insertNewCase(db: Db, r: NewCaseRows): Promise<{ template: TemplateRow | null } | null> {
  const p: (string | null)[] = [];
  const v = (value: string | number | boolean | null | undefined, cast: string) => {
    p.push(value === undefined || value === null ? null : String(value));
    return `$${p.length}::${cast}`;
  };
  const idem = r.idempotency
    ? `INSERT INTO "IdempotencyRecord" ("callerId", "scope", "key", "requestHash", "status", "body")
       VALUES (${v(r.idempotency.callerId, 'text')}, ${v(r.idempotency.scope, 'text')}, ${v(r.idempotency.key, 'text')}, ${v(r.idempotency.requestHash, 'text')}, ${v(r.idempotency.status, 'int')}, ${v(JSON.stringify(r.idempotency.body), 'jsonb')})
       ON CONFLICT DO NOTHING RETURNING 1 AS ok`
    : 'SELECT 1 AS ok';
  const c = r.child;
  const k = r.kase;
  const rep = r.report;
  const a = r.audit;
  const sql = `WITH tpl AS (${effectiveTemplateSql(v(k.category, 'text'), v(k.provinceCode, 'text'))}),
  idem AS (${idem}),
  child AS (
    INSERT INTO "Child" ("id", "firstName", "lastName", "motherName", "sex", "dateOfBirth", "dobEstimated", "adultAt", "birthCertificateNo", "cnie", "parentCnies",
                         "firstNameKey", "lastNameKey", "nameKey", "motherNameKey", "firstNameSkeleton", "lastNameSkeleton")
    SELECT ${v(c.id, 'text')}, ${v(c.firstName, 'text')}, ${v(c.lastName, 'text')}, ${v(c.motherName, 'text')}, ${v(c.sex, 'text')}, ${v(c.dateOfBirth, 'date')}, ${v(c.dobEstimated, 'boolean')}, ${v(utc(c.adultAt), 'timestamp')},
           ${v(c.birthCertificateNo, 'text')}, ${v(c.cnie, 'text')}, ARRAY(SELECT jsonb_array_elements_text(${v(JSON.stringify(c.parentCnies), 'jsonb')})),
           ${v(c.firstNameKey, 'text')}, ${v(c.lastNameKey, 'text')}, ${v(c.nameKey, 'text')}, ${v(c.motherNameKey, 'text')}, ${v(c.firstNameSkeleton, 'text')}, ${v(c.lastNameSkeleton, 'text')}
    FROM idem RETURNING "id"
  ),
  kase AS (
    INSERT INTO "Case" ("id", "reference", "childId", "provinceCode", "category", "riskLevel", "workflowId", "templateVersion", "openedAt", "updatedAt")
    SELECT ${v(k.id, 'text')}, ${v(k.reference, 'text')}, child."id", ${v(k.provinceCode, 'text')}, ${v(k.category, 'text')}, ${v(k.riskLevel, 'text')}, ${v(k.workflowId, 'text')}, (SELECT "version" FROM tpl), ${v(utc(k.openedAt), 'timestamp')}, ${v(utc(k.openedAt), 'timestamp')}
    FROM child RETURNING "id"
  ),
  report AS (
    INSERT INTO "Report" ("id", "caseId", "entryPoint", "category", "riskLevel", "narrative", "reporterName", "reporterPhone", "receivedAt", "filedBy", "fieldTeam")
    SELECT ${v(rep.id, 'text')}, kase."id", ${v(rep.entryPoint, 'text')}, ${v(rep.category, 'text')}, ${v(rep.riskLevel, 'text')}, ${v(rep.narrative, 'text')}, ${v(rep.reporterName, 'text')}, ${v(rep.reporterPhone, 'text')},
           ${v(utc(rep.receivedAt), 'timestamp')}, ${v(rep.filedBy, 'text')}, ${v(rep.fieldTeam === undefined ? null : JSON.stringify(rep.fieldTeam), 'jsonb')}
    FROM kase RETURNING "id", "caseId"
  ),
  audit AS (
    INSERT INTO "AuditEntry" ("actorId", "actorRole", "action", "caseId", "resource", "requestId", "sourceIp", "outcome")
    SELECT ${v(a.actorId, 'text')}, ${v(a.actorRole, 'text')}, ${v(a.action, 'text')}, report."caseId", ${v(a.resource, 'text')}, ${v(a.requestId, 'text')}, ${v(a.sourceIp, 'text')}, 'OK'
    FROM report RETURNING "id"
  )
  SELECT (SELECT count(*) FROM idem)::int AS "written", (SELECT count(*) FROM audit)::int AS "audited", tpl.*
    FROM (SELECT 1) AS one LEFT JOIN tpl ON true`;
  const { rows: [row] } = await db.pg.query<{ written: number; audited: number } & { [K in keyof TemplateRow]: TemplateRow[K] | null }>(sql, p);
  if (row.written !== 1 || row.audited !== 1) return null;
  const { written, audited, ...template } = row;
  void [written, audited];
  return { template: template.id === null ? null : (template as TemplateRow) };
}

/** The statement failed on the case's reference, which another case holds (nothing was written). */
export const referenceTaken = (e: unknown): boolean => {
  const err = e as { code?: unknown; constraint?: unknown } | null;
  return err?.code === '23505' && err.constraint === 'Case_reference_key';
};
