// Complaints from outside (measure 56): a child, a parent or any citizen files
// one on the web without an account. What keeps it from being abused:
//  - a proof-of-work challenge (./proof-of-work.ts), stateless and offline,
//    each nonce usable once (Redis SET NX, and the complaint's unique intakeKey);
//  - a limit per source address (PUBLIC_COMPLAINTS_PER_HOUR, in Redis; with
//    Redis down nothing is taken: 503, as for any caller without an identity).
// A refused request stores nothing. The complainant gets a reference and a
// secret (an HMAC of the complaint's id: never stored) to read the answer at
// GET /api/v1/public/complaints/:reference?secret=...; a wrong secret and an
// unknown reference answer the same 404. The complaint names no case, and no
// answer says whether a child is known. Its workflow gives it the complaint
// deadline and ladder (the province's delegate, then the committee).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../../../../libs/db/prisma';
import { complaintWorkflowId } from '../../../../libs/domain/ids';
import { languageOf, newComplaintReference, PUBLIC_COMPLAINT_CATEGORY, PUBLIC_COMPLAINT_RISK } from '../../../../libs/notify/complainant';
import { ConflictError, NotFoundError, TooManyRequestsError, UnavailableError, UnprocessableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB, REDIS } from '../infra/tokens';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { checkChallenge, issueChallenge, nonceKey, secondsLeft, type Challenge } from './proof-of-work';
import type { PublicProvinces } from './schemas';

export interface PublicComplaint {
  provinceCode: string;
  text: string;
  challenge: { nonce: string; counter: string };
}

export interface PublicComplaintFiled {
  reference: string;
  secret: string;
  /** where the answer will be (GET, with the secret) */
  answerAt: string;
}

export interface PublicComplaintAnswer {
  reference: string;
  status: 'RECEIVED' | 'ANSWERED';
  receivedAt: string;
  answeredAt: string | null;
  answer: string | null;
}

@Injectable()
export class PublicComplaintsUseCase {
  private readonly key: Buffer;
  private readonly perAddress?: RateLimiterRedis;

  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly provinces: ProvinceCatalogue,
    private readonly pathways: PathwayGateway,
  ) {
    this.key = publicKey(config);
    if (config.PUBLIC_COMPLAINTS_PER_HOUR > 0) {
      this.perAddress = new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.MASAR_REDIS_PREFIX}:public-complaints`,
        points: config.PUBLIC_COMPLAINTS_PER_HOUR,
        duration: 3600,
        rejectIfRedisNotReady: true,
      });
    }
  }

  async provinceList(): Promise<PublicProvinces> {
    const rows = await this.db.province.findMany({ select: { code: true, nameFr: true, nameAr: true, region: { select: { code: true, nameFr: true, nameAr: true } } }, orderBy: [{ regionCode: 'asc' }, { code: 'asc' }] });
    return { items: rows };
  }

  challenge(): Challenge {
    return issueChallenge(this.key, this.config.PUBLIC_CHALLENGE_DIFFICULTY, this.config.PUBLIC_CHALLENGE_TTL_SECONDS);
  }

  async file(body: PublicComplaint, address: string): Promise<PublicComplaintFiled> {
    const why = checkChallenge(this.key, body.challenge.nonce, body.challenge.counter, this.config.PUBLIC_CHALLENGE_DIFFICULTY);
    if (why) throw new UnprocessableError(`the challenge is refused: ${why}`, [{ field: 'challenge', message: `${why}; ask GET /api/v1/public/challenge for another` }]);
    if (!(await this.provinces.exists(body.provinceCode))) {
      throw new UnprocessableError('unknown province', [{ field: 'provinceCode', message: `unknown province ${body.provinceCode}` }]);
    }
    const intakeKey = `web:${nonceKey(body.challenge.nonce)}`;
    const text = body.text.trim();
    if (!(await this.useOnce(body.challenge.nonce))) {
      // The same request again (a retry after a lost answer): the same answer. Anything else: the nonce is spent.
      const filed = await this.db.complaint.findUnique({ where: { intakeKey } });
      if (filed && filed.text === text && filed.provinceCode === body.provinceCode) return this.filed(filed.id, filed.reference!);
      throw new ConflictError('challenge_used', 'this challenge has been used already: ask GET /api/v1/public/challenge for another');
    }
    await this.limit(address);
    const id = randomUUID();
    const reference = newComplaintReference();
    const workflowId = complaintWorkflowId(id);
    await this.db.complaint.create({
      data: { id, provinceCode: body.provinceCode, channel: 'WEB', origin: 'PUBLIC', text, reference, language: languageOf(text), intakeKey, workflowId },
    });
    await this.pathways.openComplaint({
      complaintId: id,
      caseId: '',
      caseReference: reference,
      provinceCode: body.provinceCode,
      category: PUBLIC_COMPLAINT_CATEGORY,
      riskLevel: PUBLIC_COMPLAINT_RISK,
    });
    return this.filed(id, reference);
  }

  async answer(reference: string, secret: string): Promise<PublicComplaintAnswer> {
    const row = await this.db.complaint.findUnique({ where: { reference } });
    // The same 404 for an unknown reference and a wrong secret: no oracle of references.
    const given = Buffer.from(secret);
    const expected = Buffer.from(row ? this.secretOf(row.id) : randomBytes(32).toString('base64url'));
    if (!row || row.origin !== 'PUBLIC' || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new NotFoundError('no complaint with this reference and secret');
    }
    return {
      reference,
      status: row.status === 'ANSWERED' ? 'ANSWERED' : 'RECEIVED',
      receivedAt: row.createdAt.toISOString(),
      answeredAt: row.respondedAt?.toISOString() ?? null,
      answer: row.status === 'ANSWERED' ? row.response : null,
    };
  }

  private filed(id: string, reference: string): PublicComplaintFiled {
    const secret = this.secretOf(id);
    return { reference, secret, answerAt: `/api/v1/public/complaints/${reference}?secret=${secret}` };
  }

  private secretOf(id: string): string {
    return createHmac('sha256', this.key).update(`complaint-secret:${id}`).digest('base64url');
  }

  /** Marks the nonce used until it expires; false when it was already. Redis down: 503, nothing taken. */
  private async useOnce(nonce: string): Promise<boolean> {
    try {
      const set = await this.redis.set(`${this.config.MASAR_REDIS_PREFIX}:pow:${nonceKey(nonce)}`, '1', 'EX', secondsLeft(nonce), 'NX');
      return set === 'OK';
    } catch {
      throw new UnavailableError('complaints from outside are not taken while their challenges cannot be checked; retry later');
    }
  }

  private async limit(address: string): Promise<void> {
    if (!this.perAddress) return;
    try {
      await this.perAddress.consume(createHash('sha256').update(address).digest('hex'));
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new TooManyRequestsError(`more than ${this.config.PUBLIC_COMPLAINTS_PER_HOUR} complaints in the hour from this address`);
      throw new UnavailableError('complaints from outside are not taken while their rate cannot be counted; retry later');
    }
  }
}

/** The HMAC key of challenges and secrets: its own setting, else derived from JWT_SECRET, else one per process. */
function publicKey(config: ApiConfig): Buffer {
  if (config.PUBLIC_CHALLENGE_SECRET) return createHash('sha256').update(`masar-public:${config.PUBLIC_CHALLENGE_SECRET}`).digest();
  if (config.JWT_SECRET) return createHash('sha256').update(`masar-public:${config.JWT_SECRET}`).digest();
  new Logger('public').warn('PUBLIC_CHALLENGE_SECRET is not set: challenges and complainants’ secrets hold only until this process stops');
  return randomBytes(32);
}
