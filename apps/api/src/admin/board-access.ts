// Who may open the queue board: whom the permission table admits to
// 'admin.queue-board', identified like any API caller (bearer token or API
// key, by the same Authenticator as the guard),
// or, for a browser, which cannot add those headers when it opens a page, by
// a session cookie that such a call obtains (POST /api/v1/admin/queue-board/session).
// The cookie holds a random ticket, kept in Redis (hashed) for 15 minutes and
// sent only to /admin/queues (Path, HttpOnly, SameSite=Strict); each use
// re-reads the user from the directory, so a deactivated or demoted
// user loses the board at once. The board only reads: anything but
// GET and HEAD is refused here, before Bull Board.
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { Authenticator } from '../auth/authenticator';
import { permit, type Identity } from '../auth/identity';
import { MethodNotAllowedError, UnauthenticatedError, UnavailableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { BOARD_PATH, QueueBoard } from './queue-board';

export const BOARD_COOKIE = 'masar_board';
export const BOARD_SESSION_SECONDS = 15 * 60;
const TICKET = /^[\w-]{43}$/; // 32 random bytes, base64url

const hasCredentials = (req: Request): boolean => Boolean(req.headers['x-api-key'] || req.headers.authorization);

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

@Injectable()
export class BoardAccess {
  private readonly identities = new WeakMap<Request, Promise<Identity>>();

  constructor(
    private readonly authenticator: Authenticator,
    private readonly board: QueueBoard,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** The verified caller of a board request (also what the rate limiter counts). */
  identify(req: Request): Promise<Identity> {
    let identity = this.identities.get(req);
    if (!identity) {
      const ticket = cookie(req, BOARD_COOKIE);
      identity = ticket && !hasCredentials(req) ? this.fromTicket(ticket) : this.authenticator.fromHeaders(req.headers);
      this.identities.set(req, identity);
    }
    return identity;
  }

  /** Express middleware in front of Bull Board: 401, 403, 405 as problem+json. */
  readonly gate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const who = await this.identify(req);
      permit('admin.queue-board', who);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        throw new MethodNotAllowedError('the queue board is read-only');
      }
      next();
    } catch (e) {
      next(e);
    }
  };

  /** A browser session for the board; returns the Set-Cookie value. */
  async openSession(who: Identity, secure: boolean): Promise<{ cookie: string; expiresAt: string }> {
    const ticket = randomBytes(32).toString('base64url');
    try {
      await this.board.connection().set(this.key(ticket), who.userId, 'EX', BOARD_SESSION_SECONDS);
    } catch (e) {
      throw new UnavailableError(`Redis: ${(e as Error).message}`);
    }
    const attributes = [`Path=${BOARD_PATH}`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${BOARD_SESSION_SECONDS}`, ...(secure ? ['Secure'] : [])];
    return {
      cookie: [`${BOARD_COOKIE}=${ticket}`, ...attributes].join('; '),
      expiresAt: new Date(Date.now() + BOARD_SESSION_SECONDS * 1000).toISOString(),
    };
  }

  private async fromTicket(ticket: string): Promise<Identity> {
    if (!TICKET.test(ticket)) throw new UnauthenticatedError('the queue board session is not valid');
    let userId: string | null;
    try {
      userId = await this.board.connection().get(this.key(ticket));
    } catch (e) {
      throw new UnavailableError(`Redis: ${(e as Error).message}`);
    }
    if (!userId) throw new UnauthenticatedError('the queue board session has expired; open a new one');
    return this.authenticator.activeUser(userId, 'the queue board session names no active user');
  }

  private key(ticket: string): string {
    return `${this.config.MASAR_REDIS_PREFIX}:admin-board:${createHash('sha256').update(ticket).digest('hex')}`;
  }
}
