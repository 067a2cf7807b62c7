// Who may call the codec: whom the permission table admits to 'codec.decode',
// identified like any API caller (bearer token or API key, the CLI's
// --codec-auth), or, for the Temporal UI in a browser, which sends no token of
// ours, by a cookie the console obtains when such a user signs in
// (POST /codec/session). The cookie holds a random ticket kept in Redis
// (hashed) for 15 minutes and sent only to /codec (Path, HttpOnly,
// SameSite=Strict, Secure over TLS); the UI sends it because it is configured
// to include credentials, and CORS admits credentials from the UI's origin
// only (app.ts). Each use re-reads the user from the directory, so a
// deactivated or demoted user loses decoding at once; a ticket never renews
// itself (only a request with a token opens a session).
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { Redis } from 'ioredis';
import { Authenticator } from '../auth/authenticator';
import { ROUTE_ACTIONS } from '../auth/auth.guard';
import { permit, type Identity } from '../auth/identity';
import { UnauthenticatedError, UnavailableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { REDIS } from '../infra/tokens';

export const CODEC_PATH = '/codec';
export const CODEC_COOKIE = 'masar_codec';
export const CODEC_SESSION_SECONDS = 15 * 60;
const TICKET = /^[\w-]{43}$/; // 32 random bytes, base64url

const hasCredentials = (req: Request): boolean => Boolean(req.headers['x-api-key'] || req.headers.authorization);

export function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

@Injectable()
export class CodecAccess {
  private readonly identities = new WeakMap<Request, Promise<Identity>>();

  constructor(
    private readonly authenticator: Authenticator,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** The verified caller of a codec request: its token or key, else its session cookie (also what the rate limiter counts). */
  identify(req: Request): Promise<Identity> {
    let identity = this.identities.get(req);
    if (!identity) {
      const ticket = cookieOf(req, CODEC_COOKIE);
      identity = ticket && !hasCredentials(req) ? this.fromTicket(ticket) : this.authenticator.fromHeaders(req.headers);
      this.identities.set(req, identity);
    }
    return identity;
  }

  /** The caller, admitted to the action by the table; left on the request so that a refusal is audited with its actor. */
  async admit(req: Request, action: 'codec.decode'): Promise<Identity> {
    const who = await this.identify(req);
    Object.assign(req, { identity: who, [ROUTE_ACTIONS]: [action] });
    permit(action, who);
    return who;
  }

  /** Whether the request presents a token or key (a session is opened only with one, never with a session cookie). */
  hasCredentials(req: Request): boolean {
    return hasCredentials(req);
  }

  /** A browser session for the codec; returns the Set-Cookie value. */
  async open(who: Identity, secure: boolean): Promise<{ cookie: string; expiresAt: string }> {
    const ticket = randomBytes(32).toString('base64url');
    try {
      await this.connected();
      await this.redis.set(this.key(ticket), who.userId, 'EX', CODEC_SESSION_SECONDS);
    } catch (e) {
      throw new UnavailableError(`Redis: ${(e as Error).message}`);
    }
    return {
      cookie: this.cookie(ticket, CODEC_SESSION_SECONDS, secure),
      expiresAt: new Date(Date.now() + CODEC_SESSION_SECONDS * 1000).toISOString(),
    };
  }

  /** Ends the browser session the request carries (if any); returns the Set-Cookie value that removes it. */
  async close(req: Request, secure: boolean): Promise<string> {
    const ticket = cookieOf(req, CODEC_COOKIE);
    if (ticket && TICKET.test(ticket)) {
      try {
        await this.connected();
        await this.redis.del(this.key(ticket));
      } catch (e) {
        throw new UnavailableError(`Redis: ${(e as Error).message}`);
      }
    }
    return this.cookie('', 0, secure);
  }

  private cookie(value: string, maxAge: number, secure: boolean): string {
    return [`${CODEC_COOKIE}=${value}`, `Path=${CODEC_PATH}`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAge}`, ...(secure ? ['Secure'] : [])].join('; ');
  }

  private async fromTicket(ticket: string): Promise<Identity> {
    if (!TICKET.test(ticket)) throw new UnauthenticatedError('the codec session is not valid');
    let userId: string | null;
    try {
      await this.connected();
      userId = await this.redis.get(this.key(ticket));
    } catch (e) {
      throw new UnavailableError(`Redis: ${(e as Error).message}`);
    }
    if (!userId) throw new UnauthenticatedError('the codec session has expired; sign in to the console again');
    return this.authenticator.activeUser(userId, 'the codec session names no active user');
  }

  /** The shared client connects lazily (see /health). */
  private async connected(): Promise<void> {
    if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect().catch(() => undefined);
  }

  private key(ticket: string): string {
    return `${this.config.MASAR_REDIS_PREFIX}:codec-session:${createHash('sha256').update(ticket).digest('hex')}`;
  }
}
