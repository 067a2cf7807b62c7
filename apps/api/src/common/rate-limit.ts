// Requests per minute per caller: per verified identity (user or API key),
// else per source address (which also bounds guessing of tokens and keys).
// Counters live in Redis so that every API process shares them. The source
// address is Express's req.ip: X-Forwarded-For counts only from the proxies
// listed in TRUST_PROXY (app.ts), so a client cannot pick its own bucket.
//
// When Redis is down or slow:
//  - a caller without a verified identity is refused (503, Retry-After): the
//    per-address limit is what bounds guessing tokens and keys, so it fails
//    closed rather than let an outage of Redis open the door to guessing;
//  - a verified caller passes uncounted: its credentials were checked against
//    the directory (a signed, short-lived token or a scoped, expiring key), the
//    limit only shares capacity fairly between known callers, and refusing them
//    would turn a Redis outage into an outage of child protection work.
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts } from 'rate-limiter-flexible';
import type { Identity } from '../auth/identity';
import { TooManyRequestsError, UnauthenticatedError, UnavailableError } from './errors';

const WINDOW_SECONDS = 60;
/** Longest wait for Redis before the request passes uncounted (or, anonymous, is refused). */
const REDIS_TIMEOUT_MS = 250;

export interface RateLimitOptions {
  /** per identity and per source address; 0 turns that limit off */
  perMinute: number;
  anonPerMinute: number;
  /** Redis key prefix (MASAR_REDIS_PREFIX) */
  prefix: string;
}

interface Limit {
  points: number;
  counter: RLWrapperTimeouts;
}

export function rateLimit(o: RateLimitOptions, redis: Redis, identify: (req: Request) => Promise<Identity>): RequestHandler {
  const logger = new Logger('rate-limit');
  const limit = (points: number): Limit | undefined =>
    points > 0
      ? {
          points,
          counter: new RLWrapperTimeouts({
            limiter: new RateLimiterRedis({
              storeClient: redis,
              keyPrefix: `${o.prefix}:rate`,
              points,
              duration: WINDOW_SECONDS,
              rejectIfRedisNotReady: true,
              // Once over, the rest of the window is refused from memory, without Redis.
              inMemoryBlockOnConsumed: points + 1,
            }),
            timeoutMs: REDIS_TIMEOUT_MS,
          }),
        }
      : undefined;
  const perIdentity = limit(o.perMinute);
  const perAddress = limit(o.anonPerMinute);
  let warnedAt = 0;

  // The shared client connects lazily (see /health): the first requests wait
  // a moment for that first attempt; after it, Redis down fails open at once.
  let settled = false;
  let firstAttempt: Promise<void> | undefined;
  const firstConnection = (): Promise<void> | void => {
    if (settled || redis.status === 'ready') {
      settled = true;
      return;
    }
    if (redis.status === 'wait') redis.connect().catch(() => undefined);
    return (firstAttempt ??= new Promise<void>((resolve) => {
      const done = () => {
        settled = true;
        clearTimeout(timer);
        redis.off('ready', done).off('error', done);
        resolve();
      };
      const timer = setTimeout(done, REDIS_TIMEOUT_MS);
      redis.once('ready', done).once('error', done);
    }));
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    if (!perIdentity && !perAddress) return next();
    let key: string;
    let chosen: Limit | undefined;
    try {
      key = `id:${(await identify(req)).userId}`;
      chosen = perIdentity;
    } catch (e) {
      // The directory is unreachable: the guard will answer 503 itself.
      if (!(e instanceof UnauthenticatedError)) return next();
      key = `ip:${req.ip ?? 'unknown'}`;
      chosen = perAddress;
    }
    if (!chosen) return next();
    try {
      await firstConnection();
      const state = await chosen.counter.consume(key);
      setLimitHeaders(res, chosen.points, state);
      return next();
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) {
        const anonymous = chosen === perAddress && key.startsWith('ip:');
        if (Date.now() - warnedAt > 60_000) {
          warnedAt = Date.now();
          logger.warn(`Redis does not answer (${(e as Error)?.message}): verified callers pass uncounted, callers without an identity are refused`);
        }
        if (!anonymous) return next();
        return next(new UnavailableError('requests without a verified identity are refused while the rate limiter cannot count them'));
      }
      setLimitHeaders(res, chosen.points, e);
      const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      res.setHeader('Retry-After', String(seconds));
      const who = key.startsWith('id:') ? 'identity' : 'address';
      return next(new TooManyRequestsError(`more than ${chosen.points} requests in ${WINDOW_SECONDS} s from this ${who}; retry after ${seconds} s`));
    }
  };
}

/** RateLimit-* fields of the IETF draft (limit, remaining, seconds to the reset). */
function setLimitHeaders(res: Response, points: number, state: RateLimiterRes): void {
  res.setHeader('RateLimit-Policy', `${points};w=${WINDOW_SECONDS}`);
  res.setHeader('RateLimit-Limit', String(points));
  res.setHeader('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  res.setHeader('RateLimit-Reset', String(Math.max(0, Math.ceil(state.msBeforeNext / 1000))));
}
