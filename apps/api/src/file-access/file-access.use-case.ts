// Own-file access (law 09-08, measure 3 of the voices): a young adult or a
// parent asks for their file. Two doors:
//  - at the centre: a coordinator who has seen the requester's papers records
//    the request on their behalf ('file-access.record');
//  - on the public page, without an account: the case's reference and a proof
//    Masar already holds (the young adult's own CNIE and date of birth; a
//    parent's CNIE, recorded on the child, and the child's date of birth while
//    the child is a minor), behind a proof-of-work challenge. Whatever does not
//    match answers the same 422: no oracle of references or of children.
// Either way the requester gets a reference and a secret; the request is a
// pathway of its own (file-access-<id>: the legal deadline and its ladder).
// The case's team answers with the export, third parties taken out
// (./redact.ts), kept until it is downloaded once through a link only the
// requester can read (an HMAC of the request: never stored). Audited.
import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Prisma, type Db } from '../../../../libs/db/prisma';
import { fileAccessWorkflowId } from '../../../../libs/domain/ids';
import { identifierKey } from '../../../../libs/domain/names';
import type { Category, RiskLevel } from '../../../../libs/domain/taxonomy';
import { answerFileAccessUpdate, fileAccessWorkflow, type FileAccessInput } from '../../../../workflows/file-access.workflow';
import { permit, type Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { ExportCaseUseCase } from '../cases/export-case.use-case';
import { ConflictError, NotFoundError, UnavailableError, UnprocessableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { IdempotentPost } from '../infra/idempotent-post';
import { DB, REDIS } from '../infra/tokens';
import { actorOf } from '../pathway/case-actions';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { checkChallenge, issueChallenge, nonceKey, secondsLeft, type Challenge } from '../public/proof-of-work';
import { hmac, newReference, publicSecretKey, sha256 } from './public-key';
import { redactForSubject } from './redact';
import type { FileDownload, FileRequestAnswered, FileRequestFiled, FileRequestList, FileRequestStatus } from './schemas';

export type Requester = 'SUBJECT' | 'PARENT';

export interface PublicFileRequest {
  reference: string;
  requester: Requester;
  cnie: string;
  dateOfBirth: string;
  language: 'ar' | 'fr';
  challenge: { nonce: string; counter: string };
}

type CaseRow = { id: string; reference: string; provinceCode: string };
type Filed = FileRequestFiled;

const NO_MATCH = 'the reference and the proof do not match a file that can be handed over to this requester';

@Injectable()
export class FileAccessUseCase {
  private readonly key: Buffer;

  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly access: CaseAccess,
    private readonly exports: ExportCaseUseCase,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
    private readonly idempotent: IdempotentPost,
  ) {
    this.key = publicSecretKey(config, 'file-access');
  }

  challenge(): Challenge {
    return issueChallenge(this.key, this.config.PUBLIC_CHALLENGE_DIFFICULTY, this.config.PUBLIC_CHALLENGE_TTL_SECONDS);
  }

  /** At the centre, on the requester's behalf (their papers seen by the coordinator); a retry with its Idempotency-Key gets the first answer. */
  async recordAtCentre(who: Identity, caseId: string, body: { requester: Requester; language: 'ar' | 'fr' }, ctx: AuditContext, key?: string) {
    const row = await this.access.load(who, caseId, 'file-access.record');
    if (row.status === 'MERGED') throw new ConflictError('case_merged', `case ${row.reference} was merged into another: ask for that one`);
    const out = await this.idempotent.run<Filed, undefined>(
      { scope: 'file-requests', caller: who.userId, key, body: { caseId, ...body } },
      { write: async (tx) => ({ status: 201, body: await this.create(tx, row, body.requester, 'CENTRE', body.language, who.userId), after: undefined }) },
    );
    await this.startPathway(out.body.id);
    if (!out.replayed) await this.audit.append(who, 'file-access.record', ctx, { caseId, resource: `file-access/${out.body.id}` });
    return out.body;
  }

  async filePublic(body: PublicFileRequest, ctx: AuditContext) {
    const why = checkChallenge(this.key, body.challenge.nonce, body.challenge.counter, this.config.PUBLIC_CHALLENGE_DIFFICULTY);
    if (why) throw new UnprocessableError(`the challenge is refused: ${why}`, [{ field: 'challenge', message: `${why}; ask GET /api/v1/public/file-requests/challenge for another` }]);
    if (!(await this.useOnce(body.challenge.nonce))) throw new ConflictError('challenge_used', 'this challenge has been used already: ask for another');
    const row = await this.db.case.findUnique({ where: { reference: body.reference.trim().toUpperCase() }, include: { child: true } });
    const cnie = identifierKey(body.cnie);
    const now = new Date();
    const adult = !!row?.child.adultAt && row.child.adultAt <= now;
    const sameBirth = !!row?.child.dateOfBirth && row.child.dateOfBirth.toISOString().slice(0, 10) === body.dateOfBirth;
    const proven =
      row && row.status !== 'MERGED' && sameBirth && !!cnie &&
      (body.requester === 'SUBJECT' ? adult && row.child.cnie === cnie : !adult && row.child.parentCnies.includes(cnie));
    if (!row || !proven) {
      // the attempt is audited without what was tried (a CNIE is personal data)
      await this.audit.append(null, 'file-access.refused', ctx, { detail: `requester=${body.requester}` });
      throw new UnprocessableError(NO_MATCH, [{ field: 'reference', message: NO_MATCH }]);
    }
    const filed = await this.open(row, body.requester, 'PUBLIC', body.language, null);
    await this.audit.append(null, 'file-access.record', ctx, { caseId: row.id, resource: `file-access/${filed.id}` });
    return filed;
  }

  async list(who: Identity, status?: 'OPEN' | 'ANSWERED'): Promise<FileRequestList> {
    permit('file-access.list', who, who.provinceCode ? { provinceCode: who.provinceCode } : {});
    const rows = await this.db.fileAccessRequest.findMany({
      where: { ...(who.provinceCode ? { provinceCode: who.provinceCode } : {}), ...(status ? { status } : {}) },
      orderBy: { createdAt: 'asc' },
      take: 500,
      select: { id: true, reference: true, caseId: true, provinceCode: true, requester: true, origin: true, language: true, status: true, createdAt: true, answeredAt: true, downloadedAt: true, workflowId: true },
    });
    const due = await this.db.openStep.findMany({ where: { key: { in: rows.map((r) => this.stepKey(r.workflowId)) } }, select: { key: true, dueAt: true, level: true } });
    const byKey = new Map(due.map((d) => [d.key, d]));
    const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
    return {
      items: rows.map(({ workflowId, ...r }) => ({
        ...r,
        createdAt: r.createdAt.toISOString(),
        answeredAt: iso(r.answeredAt),
        downloadedAt: iso(r.downloadedAt),
        dueAt: iso(byKey.get(this.stepKey(workflowId))?.dueAt),
        level: byKey.get(this.stepKey(workflowId))?.level ?? -1,
      })),
    };
  }

  /** The case's team hands the file over: the export, third parties removed, kept for one download. */
  async answer(who: Identity, id: string, ctx: AuditContext): Promise<FileRequestAnswered> {
    const req = await this.db.fileAccessRequest.findUnique({ where: { id } });
    if (!req) throw new NotFoundError(`no file request ${id}`);
    permit('file-access.answer', who, { provinceCode: req.provinceCode });
    if (req.status === 'ANSWERED') throw new ConflictError('already_answered', 'the request has already been answered');
    const file = await this.exports.execute(who, req.caseId, ctx);
    const reports = await this.db.report.findMany({ where: { caseId: req.caseId }, select: { reporterName: true, reporterPhone: true } });
    const authors = await this.db.recordEntry.findMany({ where: { caseId: req.caseId }, select: { authorId: true }, distinct: ['authorId'] });
    const staff = await this.db.user.findMany({ where: { id: { in: [...authors.map((a) => a.authorId), who.userId] } }, select: { displayName: true, email: true, phone: true } });
    const strings = [...reports.flatMap((r) => [r.reporterName, r.reporterPhone]), ...staff.flatMap((s) => [s.displayName, s.email, s.phone])].filter((s): s is string => !!s);
    const redacted = redactForSubject(file, { strings }, req.requester as Requester);
    const digest = sha256(JSON.stringify(redacted));
    await this.db.fileAccessRequest.update({ where: { id }, data: { export: redacted as object } });
    const state = await this.pathways.update(req.workflowId, answerFileAccessUpdate, [{ actor: actorOf(who), exportSha256: digest }], { updateId: `file-access.answer:${id}` });
    await this.db.fileAccessRequest.update({ where: { id }, data: { status: 'ANSWERED', answeredAt: new Date(state.answeredAt ?? Date.now()), answeredBy: who.userId } });
    await this.audit.append(who, 'file-access.answer', ctx, { caseId: req.caseId, resource: `file-access/${id}`, detail: `sha256=${digest}` });
    return { id, reference: req.reference, status: 'ANSWERED' as const, exportSha256: digest };
  }

  /** What the requester reads with their reference and secret; the download link once answered. */
  async status(reference: string, secret: string): Promise<FileRequestStatus> {
    const req = await this.byReference(reference, secret);
    const step = await this.db.openStep.findUnique({ where: { key: this.stepKey(req.workflowId) }, select: { dueAt: true } });
    const ready = req.status === 'ANSWERED' && !req.downloadedAt;
    return {
      reference: req.reference,
      status: req.downloadedAt ? ('DOWNLOADED' as const) : req.status === 'ANSWERED' ? ('READY' as const) : ('RECEIVED' as const),
      receivedAt: req.createdAt.toISOString(),
      dueAt: step?.dueAt.toISOString() ?? null,
      answeredAt: req.answeredAt?.toISOString() ?? null,
      downloadAt: ready ? `/api/v1/public/file-requests/${req.reference}/download?token=${this.tokenOf(req.id)}` : null,
    };
  }

  /** The one download: the stored file is handed over and erased. */
  async download(reference: string, token: string, ctx: AuditContext): Promise<FileDownload> {
    const req = await this.db.fileAccessRequest.findUnique({ where: { reference } });
    if (!req || !equal(token, this.tokenOf(req.id)) || req.status !== 'ANSWERED') throw new NotFoundError('no file to download with this link');
    // one download: the first request that finds it there takes it, and the stored file goes with it
    const { count } = await this.db.fileAccessRequest.updateMany({ where: { id: req.id, downloadedAt: null }, data: { downloadedAt: new Date(), export: Prisma.DbNull } });
    const taken = count === 1 ? req.export : null;
    if (!taken) throw new ConflictError('link_used', 'this link has been used already: the file was downloaded');
    await this.audit.append(null, 'file-access.download', ctx, { caseId: req.caseId, resource: `file-access/${req.id}` });
    return { reference: req.reference, file: taken };
  }

  private async open(row: CaseRow, requester: Requester, origin: 'CENTRE' | 'PUBLIC', language: string, recordedBy: string | null): Promise<Filed> {
    const filed = await this.create(this.db, row, requester, origin, language, recordedBy);
    await this.startPathway(filed.id);
    return filed;
  }

  private async create(tx: Prisma.TransactionClient, row: CaseRow, requester: Requester, origin: 'CENTRE' | 'PUBLIC', language: string, recordedBy: string | null): Promise<Filed> {
    const id = randomUUID();
    const reference = newReference('FAR');
    await tx.fileAccessRequest.create({ data: { id, reference, caseId: row.id, provinceCode: row.provinceCode, requester, origin, language, workflowId: fileAccessWorkflowId(id), recordedBy } });
    const secret = this.secretOf(id);
    return { id, reference, secret, statusAt: `/api/v1/public/file-requests/${reference}?secret=${secret}` };
  }

  /** The request's pathway, from its row (again after a replayed answer: a duplicate start is the same pathway). */
  private async startPathway(id: string): Promise<void> {
    const req = await this.db.fileAccessRequest.findUniqueOrThrow({ where: { id } });
    const kase = await this.db.case.findUniqueOrThrow({ where: { id: req.caseId }, select: { reference: true, category: true, riskLevel: true } });
    const input: FileAccessInput = { requestId: id, caseId: req.caseId, caseReference: kase.reference, provinceCode: req.provinceCode, category: kase.category as Category, riskLevel: kase.riskLevel as RiskLevel };
    try {
      await this.pathways.temporal.workflow.start(fileAccessWorkflow, { workflowId: req.workflowId, taskQueue: this.config.TEMPORAL_TASK_QUEUE, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
    }
  }

  private async byReference(reference: string, secret: string) {
    const req = await this.db.fileAccessRequest.findUnique({ where: { reference } });
    const expected = req ? this.secretOf(req.id) : hmac(this.key, `none:${reference}`);
    if (!req || !equal(secret, expected)) throw new NotFoundError('no file request with this reference and secret');
    return req;
  }

  private stepKey = (workflowId: string) => `${workflowId}:c:FILE_ACCESS_RESPONSE:1`;
  private secretOf = (id: string) => hmac(this.key, `file-request-secret:${id}`);
  private tokenOf = (id: string) => hmac(this.key, `file-download:${id}`);

  private async useOnce(nonce: string): Promise<boolean> {
    try {
      return (await this.redis.set(`${this.config.MASAR_REDIS_PREFIX}:pow-file:${nonceKey(nonce)}`, '1', 'EX', secondsLeft(nonce), 'NX')) === 'OK';
    } catch {
      throw new UnavailableError('requests from outside are not taken while their challenges cannot be checked; retry later');
    }
  }
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
