// The export a data subject receives (law 09-08, article 7): their own file,
// without third parties' details. Taken out of the professionals' export:
//  - who did what: staff user ids (kept: their role), the exporting user;
//  - the reporter's name and phone wherever the text repeats them, and any
//    phone number, e-mail address or CNIE-like number in free text;
//  - the names of the staff who wrote in the file, wherever they appear;
//  - complaints: their authors are third parties (dates and status stay).
// Free text is scrubbed of what Masar knows to be a third party's; a name it
// does not know (a neighbour named in a narrative) is the answering team's to
// check before handing the file over.
const MASK = '[…]';

/** Keys whose value names a member of staff or a reporter: dropped wherever they appear. */
const PERSON_KEYS = new Set(['userId', 'actorId', 'by', 'authorId', 'assigneeId', 'assigneeUserId', 'respondedBy', 'recordedBy', 'uploadedBy', 'filedBy', 'reporterName', 'reporterPhone', 'decidedBy', 'answeredBy', 'mergedBy']);

const PATTERNS: RegExp[] = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, // e-mail
  /(\+|00)?\d[\d .-]{7,}\d/g, // phone numbers (and long identifiers)
  /\b[A-Z]{1,2}\d{5,7}\b/g, // CNIE-like
];

export interface ThirdParties {
  /** exact strings to mask (reporters' names and phones, staff names) */
  strings: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function scrubText(text: string, parties: ThirdParties): string {
  let out = text;
  for (const s of parties.strings.filter((x) => x.trim().length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(escapeRe(s.trim()), 'gi'), MASK);
  }
  for (const p of PATTERNS) out = out.replace(p, MASK);
  return out;
}

/** Dates, ids and references: not free text, left as they are. */
const NOT_TEXT = /^(\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Z]{2,4}-[0-9A-Z-]+|[0-9a-f]{64})$/;

/** Every string scrubbed, every person key dropped, at any depth. */
export function scrubDeep(value: unknown, parties: ThirdParties): unknown {
  if (typeof value === 'string') return NOT_TEXT.test(value) ? value : scrubText(value, parties);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, parties));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!PERSON_KEYS.has(k)) out[k] = scrubDeep(v, parties);
    return out;
  }
  return value;
}

interface ProfessionalExport {
  exportedAt: string;
  case: Record<string, unknown>;
  child: Record<string, unknown>;
  complaints: { createdAt: string | null; status: string; respondedAt: string | null }[];
  [k: string]: unknown;
}

/** The file handed to its subject: the professionals' export with third parties taken out. */
export function redactForSubject(file: ProfessionalExport, parties: ThirdParties, requester: 'SUBJECT' | 'PARENT') {
  const { exportedBy: _by, complaints, case: kase, child, exportedAt, ...rest } = file;
  return {
    exportedAt,
    requester,
    note: 'Third parties’ details are removed from this file (law 09-08): reporters, staff members, complainants, phone numbers and addresses.',
    case: kase,
    child,
    ...(scrubDeep(rest, parties) as Record<string, unknown>),
    complaints: complaints.map((c) => ({ createdAt: c.createdAt, status: c.status, respondedAt: c.respondedAt })),
  };
}
