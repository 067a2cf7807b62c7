import { isIP } from 'node:net';
import { z } from 'zod';
import { bool, databaseEnv, port, redisEnv, temporalEnv, temporalTlsEnv, temporalTlsRule, url } from '../../../libs/config/load';
import { SUPPRESSION_THRESHOLD } from '../../../libs/domain/suppression';
import { METRICS_PORTS, observabilityEnv } from '../../../libs/observability/config';

/** `scheme://host[:port]` and nothing more: what a browser sends as Origin. */
const isOrigin = (v: string): boolean => {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === v;
  } catch {
    return false;
  }
};

/** An address or CIDR range of a trusted proxy, or one of Express's named ranges. */
const isProxy = (v: string): boolean => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(v)) return true;
  const [address, bits, extra] = v.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

export const apiConfigSchema = z
  .object({
    ...databaseEnv,
    ...redisEnv,
    ...temporalEnv,
    ...temporalTlsEnv,
    ...observabilityEnv(METRICS_PORTS.api),
    PORT: port.default(3000),
    HOST: z.string().default('127.0.0.1'),
    API_DB_POOL: z.coerce.number().int().min(1).default(10),
    /** HS256 secret for development and tests (at least 32 characters). */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** RS256 tokens of a real identity provider, verified against its JWKS. */
    JWT_JWKS_URL: url(['https', 'http']).optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().default('masar'),
    /** HS256 tokens (JWT_SECRET) are for development: refused unless this is true (npm start sets it). */
    JWT_ALLOW_HS256: bool.default(false),
    /** Longest accepted token lifetime (exp - iat, or exp - now without iat), in seconds; a token without exp is refused. */
    JWT_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(60).default(12 * 3600),
    /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs, comma-separated, or loopback); none by default. */
    TRUST_PROXY: z
      .string()
      .transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean))
      .refine((list) => list.every(isProxy), 'must be comma-separated IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal)')
      .default([]),
    /** Origin of the Temporal UI allowed to call the codec endpoint. */
    TEMPORAL_UI_ORIGIN: z.string().default('http://127.0.0.1:8233'),
    /** Browser origins (comma-separated) allowed to call /api/v1; none by default. */
    API_CORS_ORIGINS: z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .refine((list) => list.every(isOrigin), 'must be comma-separated origins such as https://portal.example.ma (no path, no trailing slash)')
      .default([]),
    /** Requests per minute per identity (user or API key), and per source address without one; 0 turns a limit off. */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    API_RATE_LIMIT_ANON_PER_MINUTE: z.coerce.number().int().min(0).default(60),
    /** How long an action waits for its pathway's answer (a worker must take it) before a 503 the caller may retry with its Idempotency-Key. */
    PATHWAY_UPDATE_WAIT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
    MASAR_TIME_ZONE: z.string().default('Africa/Casablanca'),
    /** days during which an administrator may undo a merge of two cases */
    MASAR_UNMERGE_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    API_DOCS: bool.default(true),
    /** Largest document attached to a case (bytes): a larger upload is a 413 and stores nothing. */
    DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(5 * 1024 * 1024),
    /** Published indicators: a cell counting fewer than this many is shown as "< N" (and a complementary cell is hidden with it). */
    INDICATOR_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).max(100).default(SUPPRESSION_THRESHOLD),
    /** Public complaints: the proof-of-work's leading zero bits, the challenge's lifetime, and complaints per address per hour. */
    PUBLIC_CHALLENGE_DIFFICULTY: z.coerce.number().int().min(0).max(32).default(18),
    PUBLIC_CHALLENGE_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
    PUBLIC_COMPLAINTS_PER_HOUR: z.coerce.number().int().min(0).default(5),
    /** HMAC key signing the challenges and the complainants' secrets (at least 32 characters); derived from JWT_SECRET when absent (development). */
    PUBLIC_CHALLENGE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** The console's development sign-in (pick a seeded demo user, get a short HS256 token): npm start sets it; never in production. */
    MASAR_DEV_SIGN_IN: bool.default(false),
    /** The console's production sign-in: the identity provider (OpenID Connect issuer) and the console's public client id there. */
    CONSOLE_OIDC_AUTHORITY: url(['https', 'http']).optional(),
    CONSOLE_OIDC_CLIENT_ID: z.string().optional(),
    CONSOLE_OIDC_SCOPE: z.string().default('openid profile'),
    /** The built console served at / (default: dist/console beside the API's build); not served when absent. */
    CONSOLE_DIR: z.string().optional(),
  })
  .refine((c) => c.JWT_SECRET || c.JWT_JWKS_URL, {
    message: 'set JWT_SECRET (development) or JWT_JWKS_URL (identity provider)',
    path: ['JWT_SECRET'],
  })
  .refine((c) => !c.JWT_SECRET || c.JWT_JWKS_URL || c.JWT_ALLOW_HS256, {
    message: 'HS256 tokens are for development only: set JWT_JWKS_URL (identity provider), or JWT_ALLOW_HS256=true to use JWT_SECRET',
    path: ['JWT_SECRET'],
  })
  .refine((c) => !c.MASAR_DEV_SIGN_IN || (c.JWT_SECRET && c.JWT_ALLOW_HS256 && !c.JWT_JWKS_URL), {
    message: 'the development sign-in mints HS256 tokens: it needs JWT_SECRET and JWT_ALLOW_HS256=true, and no identity provider (JWT_JWKS_URL)',
    path: ['MASAR_DEV_SIGN_IN'],
  })
  .superRefine(temporalTlsRule);
export type ApiConfig = z.infer<typeof apiConfigSchema>;
export const API_CONFIG = Symbol('API_CONFIG');
