// The case's record on the real stack: what professionals write is kept in
// PostgreSQL by the API in the request that performs the action, read back by
// the case's readers (free text only where identifying data is disclosed),
// versioned by correction, written once per Idempotency-Key; documents are
// typed by their content, size-limited, served as attachments and audited.
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

const MAX_BYTES = 64 * 1024;
interface DocumentView {
  id: string;
  sha256: string;
  mediaType: string;
}
let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  stack = await startStack({ env: { DOCUMENT_MAX_BYTES: String(MAX_BYTES) } });
  api = http(stack.baseUrl);
  for (const u of ['tanger-intake', 'tanger-coordinator', 'tanger-head', 'tanger-delegate', 'tanger-provider-upe', 'meknes-coordinator']) t[u] = await stack.token(`u-${u}`);
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

async function acknowledgedCase(): Promise<string> {
  const r = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'Absences répétées, enfant fatiguée', child: { firstName: 'Salma', sex: 'F', dateOfBirth: '2014-04-02' } },
    t['tanger-intake'],
  );
  expect(r.status).toBe(201);
  const caseId = r.body.caseId as string;
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId } })) > 0);
  expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, t['tanger-coordinator'])).status).toBe(200);
  return caseId;
}

function upload(caseId: string, content: Buffer, filename: string, declaredType: string, token: string, fields: Record<string, string> = { kind: 'MEDICAL_CERTIFICATE' }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(content)], { type: declaredType }), filename);
  return fetch(`${stack.baseUrl}/api/v1/cases/${caseId}/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
}

test('the coordinator reads back the assessment; a retry writes once; a resubmission is version 2 and version 1 stays readable', async () => {
  const caseId = await acknowledgedCase();
  const first = { summary: 'Protocole standard: négligence confirmée, scolarité irrégulière', needs: ['PSYCHOLOGICAL', 'SCHOOLING'], riskLevel: 'MEDIUM' };
  const key = { 'Idempotency-Key': `assessment-${caseId}` };
  expect((await api.post(`/api/v1/cases/${caseId}/assessment`, first, t['tanger-coordinator'], key)).status).toBe(200);
  // the same request again (a lost answer retried): the same update, no second entry
  expect((await api.post(`/api/v1/cases/${caseId}/assessment`, first, t['tanger-coordinator'], key)).status).toBe(200);
  expect(await stack.db.recordEntry.count({ where: { caseId, kind: 'ASSESSMENT' } })).toBe(1);

  const read = await api.get(`/api/v1/cases/${caseId}/record`, t['tanger-coordinator']);
  expect(read.status).toBe(200);
  const assessment = read.body.entries.find((e: { kind: string }) => e.kind === 'ASSESSMENT');
  expect(assessment).toMatchObject({ version: 1, author: { userId: 'u-tanger-coordinator', role: 'COORDINATOR' }, body: first, withheld: [] });
  // the report's narrative is the record's first entry
  expect(read.body.entries[0]).toMatchObject({ kind: 'REPORT', body: { narrative: 'Absences répétées, enfant fatiguée' } });

  // The head of centre sends it back; the coordinator's resubmission corrects it (a new version, never an UPDATE).
  expect((await api.post(`/api/v1/cases/${caseId}/reject`, { subject: 'ASSESSMENT', reason: 'Il manque l’avis de l’école' }, t['tanger-head'])).status).toBe(200);
  const second = { ...first, summary: 'Protocole standard: négligence confirmée; l’école signale 30 jours d’absence' };
  expect((await api.post(`/api/v1/cases/${caseId}/assessment`, second, t['tanger-coordinator'])).status).toBe(200);

  const again = await api.get(`/api/v1/cases/${caseId}/record`, t['tanger-coordinator']);
  const current = again.body.entries.find((e: { kind: string }) => e.kind === 'ASSESSMENT');
  expect(current).toMatchObject({ version: 2, rootId: assessment.id, body: second });
  expect(current.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  expect(again.body.entries.find((e: { kind: string }) => e.kind === 'REJECTION')).toMatchObject({ author: { userId: 'u-tanger-head', role: 'HEAD_OF_CENTRE' }, body: { subject: 'ASSESSMENT', reason: 'Il manque l’avis de l’école' } });

  const versions = await api.get(`/api/v1/cases/${caseId}/record/${current.id}/versions`, t['tanger-coordinator']);
  expect(versions.status).toBe(200);
  const [v1, v2] = versions.body.versions;
  expect(v1).toMatchObject({ id: assessment.id, version: 1, supersedes: null, body: first, changed: [] });
  expect(v2).toMatchObject({ id: current.id, version: 2, supersedes: assessment.id, body: second, changed: ['summary'], author: { userId: 'u-tanger-coordinator', role: 'COORDINATOR' } });
  expect(Date.parse(v2.createdAt)).toBeGreaterThanOrEqual(Date.parse(v1.createdAt));
  // the same chain read from its first version
  expect((await api.get(`/api/v1/cases/${caseId}/record/${assessment.id}/versions`, t['tanger-coordinator'])).body.versions).toHaveLength(2);

  // The database refuses to rewrite a version.
  await expect(stack.db.recordEntry.update({ where: { id: assessment.id }, data: { body: { summary: 'réécrit' } } })).rejects.toThrow(/never rewritten/);

  // Who may read: another province's coordinator and a provider are refused; a delegate sees no free text.
  expect((await api.get(`/api/v1/cases/${caseId}/record`, t['meknes-coordinator'])).status).toBe(403);
  expect((await api.get(`/api/v1/cases/${caseId}/record`, t['tanger-provider-upe'])).status).toBe(403);
  expect((await api.get(`/api/v1/cases/${caseId}/record/${current.id}/versions`, t['meknes-coordinator'])).status).toBe(403);
  const delegate = await api.get(`/api/v1/cases/${caseId}/record`, t['tanger-delegate']);
  expect(delegate.status).toBe(200);
  expect(delegate.body.entries.find((e: { kind: string }) => e.kind === 'ASSESSMENT')).toMatchObject({ body: { needs: ['PSYCHOLOGICAL', 'SCHOOLING'], riskLevel: 'MEDIUM' }, withheld: ['summary'] });
  expect(delegate.text).not.toContain('négligence confirmée');
  expect(delegate.text).not.toContain('Absences répétées');

  // Reads are audited, refusals write nothing to the record.
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'record.read', actorId: 'u-tanger-coordinator' } })).toBeGreaterThanOrEqual(3);
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'record.read', actorId: 'u-tanger-delegate' } })).toBe(1);

  // The export carries every version.
  const exported = await api.get(`/api/v1/cases/${caseId}/export`, t['tanger-coordinator']);
  expect(exported.status).toBe(200);
  expect(exported.body.record.filter((e: { kind: string }) => e.kind === 'ASSESSMENT').map((e: { version: number; body: { summary: string } }) => [e.version, e.body.summary])).toEqual([
    [1, first.summary],
    [2, second.summary],
  ]);
});

test('case notes: added, corrected as a new version, once per Idempotency-Key, by the case’s team only', async () => {
  const caseId = await acknowledgedCase();
  const key = { 'Idempotency-Key': `note-${caseId}` };
  const note = await api.post(`/api/v1/cases/${caseId}/notes`, { text: 'Entretien avec la mère le 2 décembre' }, t['tanger-coordinator'], key);
  expect(note.status).toBe(201);
  expect(note.body).toMatchObject({ kind: 'NOTE', version: 1, author: { userId: 'u-tanger-coordinator', role: 'COORDINATOR' } });
  const retried = await api.post(`/api/v1/cases/${caseId}/notes`, { text: 'Entretien avec la mère le 2 décembre' }, t['tanger-coordinator'], key);
  expect(retried.status).toBe(201);
  expect(retried.body.id).toBe(note.body.id);
  // the same key for another text is refused
  expect((await api.post(`/api/v1/cases/${caseId}/notes`, { text: 'autre chose' }, t['tanger-coordinator'], key)).status).toBe(422);
  expect(await stack.db.recordEntry.count({ where: { caseId, kind: 'NOTE' } })).toBe(1);

  const fixed = await api.post(`/api/v1/cases/${caseId}/notes`, { text: 'Entretien avec la mère le 3 décembre', supersedes: note.body.id }, t['tanger-head']);
  expect(fixed.status).toBe(201);
  expect(fixed.body).toMatchObject({ version: 2, rootId: note.body.id, supersedes: note.body.id, author: { userId: 'u-tanger-head', role: 'HEAD_OF_CENTRE' } });
  // version 1 was corrected already: a second correction of it conflicts
  expect((await api.post(`/api/v1/cases/${caseId}/notes`, { text: 'encore', supersedes: note.body.id }, t['tanger-coordinator'])).status).toBe(409);
  const versions = await api.get(`/api/v1/cases/${caseId}/record/${note.body.id}/versions`, t['tanger-coordinator']);
  expect(versions.body.versions.map((v: { body: { text: string } }) => v.body.text)).toEqual(['Entretien avec la mère le 2 décembre', 'Entretien avec la mère le 3 décembre']);

  expect((await api.post(`/api/v1/cases/${caseId}/notes`, { text: 'x' }, t['meknes-coordinator'])).status).toBe(403);
  expect((await api.post(`/api/v1/cases/${caseId}/notes`, { text: 'x' }, t['tanger-delegate'])).status).toBe(403);
  expect(await stack.db.recordEntry.count({ where: { caseId, kind: 'NOTE' } })).toBe(2);
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'record.note', outcome: 'OK' } })).toBe(3);
  expect(await stack.db.auditEntry.count({ where: { caseId, action: 'record.note', outcome: 'REFUSED' } })).toBe(2);
});

test('documents: typed by content, size-limited, served as attachments to the case’s readers, every upload and download audited', async () => {
  const caseId = await acknowledgedCase();
  // A PNG named .pdf and declared as a PDF is a PNG.
  const png = await upload(caseId, PNG, 'certificat.pdf', 'application/pdf', t['tanger-coordinator']);
  expect(png.status).toBe(201);
  const doc = (await png.json()) as DocumentView;
  expect(doc).toMatchObject({ mediaType: 'image/png', filename: 'certificat.png', size: PNG.length, kind: 'MEDICAL_CERTIFICATE', uploadedBy: { userId: 'u-tanger-coordinator', role: 'COORDINATOR' } });
  expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  const stored = await stack.db.caseDocument.findUniqueOrThrow({ where: { id: doc.id } });
  expect(stored.mediaType).toBe('image/png');
  expect(Buffer.from(stored.content).equals(PNG)).toBe(true);

  // HTML named .pdf and declared as a PDF is refused.
  const html = await upload(caseId, Buffer.from('<html><script>alert(1)</script></html>'), 'ordonnance.pdf', 'application/pdf', t['tanger-coordinator']);
  expect(html.status).toBe(415);
  expect(html.headers.get('content-type')).toContain('application/problem+json');
  // Over the limit: 413, nothing stored.
  const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES + 1, 0x20)]);
  const tooBig = await upload(caseId, big, 'jugement.pdf', 'application/pdf', t['tanger-coordinator']);
  expect(tooBig.status).toBe(413);
  // Not multipart: 415.
  expect((await api.post(`/api/v1/cases/${caseId}/documents`, { kind: 'COURT_ORDER' }, t['tanger-coordinator'])).status).toBe(415);
  expect(await stack.db.caseDocument.count({ where: { caseId } })).toBe(1);

  // A court order as a PDF by the liaison; the same content again is the same document.
  const order = await upload(caseId, PDF, 'jugement.pdf', 'application/octet-stream', t['tanger-coordinator'], { kind: 'COURT_ORDER', title: 'Ordonnance du juge des mineurs' });
  expect(order.status).toBe(201);
  const orderDoc = (await order.json()) as DocumentView;
  expect(orderDoc.mediaType).toBe('application/pdf');
  const twice = await upload(caseId, PDF, 'copie.pdf', 'application/pdf', t['tanger-coordinator'], { kind: 'COURT_ORDER' });
  expect(((await twice.json()) as DocumentView).id).toBe(orderDoc.id);
  expect(await stack.db.caseDocument.count({ where: { caseId } })).toBe(2);
  // refused uploaders: another province, a provider, a delegate (reads, does not attach)
  expect((await upload(caseId, PDF, 'x.pdf', 'application/pdf', t['meknes-coordinator'])).status).toBe(403);
  expect((await upload(caseId, PDF, 'x.pdf', 'application/pdf', t['tanger-provider-upe'])).status).toBe(403);
  expect((await upload(caseId, PDF, 'x.pdf', 'application/pdf', t['tanger-delegate'])).status).toBe(403);

  // Download: the detected type, as an attachment, never sniffed, never cached.
  const got = await fetch(`${stack.baseUrl}/api/v1/cases/${caseId}/documents/${doc.id}`, { headers: { authorization: `Bearer ${t['tanger-delegate']}` } });
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('image/png');
  expect(got.headers.get('content-disposition')).toBe(`attachment; filename="certificat.png"; filename*=UTF-8''certificat.png`);
  expect(got.headers.get('x-content-type-options')).toBe('nosniff');
  expect(got.headers.get('cache-control')).toBe('no-store');
  expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
  expect((await api.get(`/api/v1/cases/${caseId}/documents/${doc.id}`, t['meknes-coordinator'])).status).toBe(403);
  expect((await api.get(`/api/v1/cases/${caseId}/documents/${doc.id}`, t['tanger-provider-upe'])).status).toBe(403);
  expect((await api.get(`/api/v1/cases/${caseId}/documents/00000000-0000-4000-8000-000000000000`, t['tanger-coordinator'])).status).toBe(404);

  // The record lists the documents; the export describes them.
  const record = await api.get(`/api/v1/cases/${caseId}/record`, t['tanger-coordinator']);
  expect(record.body.entries.filter((e: { kind: string }) => e.kind === 'DOCUMENT').map((e: { body: { documentId: string } }) => e.body.documentId)).toEqual([doc.id, orderDoc.id]);
  const exported = await api.get(`/api/v1/cases/${caseId}/export`, t['tanger-coordinator']);
  expect(exported.body.documents.map((d: { id: string; sha256: string }) => [d.id, d.sha256])).toEqual([
    [doc.id, doc.sha256],
    [orderDoc.id, orderDoc.sha256],
  ]);

  // Audited: each upload (and the refused content), each download.
  const audit = await stack.db.auditEntry.findMany({ where: { caseId, action: { in: ['record.document.attach', 'record.document.read'] } }, orderBy: { id: 'asc' } });
  expect(audit.filter((a) => a.action === 'record.document.attach' && a.outcome.startsWith('OK')).map((a) => a.resource)).toEqual([`document/${doc.id}`, `document/${orderDoc.id}`, `document/${orderDoc.id}`]);
  expect(audit.filter((a) => a.action === 'record.document.attach' && a.outcome.startsWith('REFUSED: '))).toHaveLength(1);
  // the 403s (another province, roles that may not attach) are audited as refusals
  expect(audit.filter((a) => a.action === 'record.document.attach' && a.outcome === 'REFUSED').map((a) => a.actorId)).toEqual(['u-meknes-coordinator', 'u-tanger-provider-upe', 'u-tanger-delegate']);
  expect(audit.filter((a) => a.action === 'record.document.read' && a.outcome === 'OK')).toEqual([expect.objectContaining({ actorId: 'u-tanger-delegate', resource: `document/${doc.id}` })]);
});

test('providers’ service reports and court writing land in the record', async () => {
  const caseId = await acknowledgedCase();
  const referral = await api.post(`/api/v1/cases/${caseId}/referrals`, { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL', sharesInformation: false }, t['tanger-coordinator']);
  expect(referral.status).toBe(201);
  const referralId = referral.body.referralId as string;
  await eventually(async () => (await stack.db.referral.findUnique({ where: { id: referralId } }))?.status === 'PENDING');
  expect((await api.post(`/api/v1/referrals/${referralId}/decline`, { reason: 'Plus de place avant le mois prochain' }, t['tanger-provider-upe'])).status).toBe(200);
  const record = await api.get(`/api/v1/cases/${caseId}/record`, t['tanger-coordinator']);
  expect(record.body.entries.find((e: { kind: string }) => e.kind === 'REFERRAL')).toMatchObject({ referralId, body: { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL' } });
  expect(record.body.entries.find((e: { kind: string }) => e.kind === 'SERVICE_REPORT')).toMatchObject({
    referralId,
    author: { userId: 'u-tanger-provider-upe', role: 'PROVIDER' },
    body: { event: 'DECLINED', reason: 'Plus de place avant le mois prochain', organisationId: 'org-tanger-upe' },
  });
});
