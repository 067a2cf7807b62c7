// Builds the HTTP application (used by main.ts and by the integration tests).
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Request, Response } from 'express';
import { BoardAccess } from './admin/board-access';
import { BOARD_PATH, QueueBoard } from './admin/queue-board';
import { Authenticator } from './auth/authenticator';
import { CODEC_PATH, CodecAccess } from './codec/codec-access';
import type { FieldProblem } from './common/errors';
import { IDEMPOTENCY_KEY, unstorableText } from './common/input-guard';
import { rateLimit } from './common/rate-limit';
import { REDIS } from './infra/tokens';
import { nestLogger, observeRequests } from './infra/logging';
import { silentLog, type Log } from '../../../libs/observability/log';
import { consoleCsp, consoleDir } from './session/console-files';
import { AppModule } from './app.module';
import type { ApiConfig } from './config';
import { openApiDocument } from './openapi';

export { openApiDocument } from './openapi';

/** Largest JSON body; a larger one is answered 413 before it is read (documented on every operation with a body). */
const BODY_LIMIT = '256kb';

/** Headers a browser on an allowed origin may read. */
const EXPOSED_HEADERS = ['X-Request-Id', 'Location', 'Content-Disposition', 'Retry-After', 'RateLimit-Policy', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];

/**
 * Security headers for a JSON API whose only pages are Swagger UI and Bull
 * Board: their scripts are files of this origin; both need inline styles
 * (Bull Board's web fonts from a third party are refused: it falls back to
 * system fonts). No upgrade-insecure-requests: on plain HTTP (development) it
 * would send the pages' assets to an https:// that does not exist.
 */
const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    xFrameOptions: { action: 'deny' },
  });

/** log: the process's JSON log (main.ts); without it, requests are measured but not logged. */
export async function createApp(config: ApiConfig, options: { logger?: false; log?: Log } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? (options.log ? nestLogger(options.log) : ['error', 'warn']),
    bodyParser: false,
  });
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY lists (none by
  // default): req.ip is then the client's address for the rate limit and the audit.
  app.set('trust proxy', config.TRUST_PROXY.length ? config.TRUST_PROXY : false);
  // Every request has an id: echoed back, written to the audit trail and problems
  // (set before the body parser, so even a body that is not JSON gets one).
  app.use((req: { headers: Record<string, unknown> }, res: { setHeader(n: string, v: string): void }, next: () => void) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    req.headers['x-request-id'] = id;
    res.setHeader('X-Request-Id', id);
    next();
  });
  app.use(observeRequests(options.log ?? silentLog));
  app.use(securityHeaders());
  // Answers of the API and the codec can carry personal data: never stored by a browser or a proxy.
  app.use((req: Request, res: Response, next: () => void) => {
    if (req.path.startsWith('/api/v1/') || req.path.startsWith('/codec')) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // CORS: the codec endpoint for the configured Temporal UI; the API for the
  // configured origins (API_CORS_ORIGINS, none by default); nothing else.
  app.enableCors((req: { url?: string; headers?: Record<string, unknown> }, cb: (err: Error | null, options: object) => void) => {
    if (req.url?.startsWith('/codec')) {
      // credentials (the codec session's cookie) for the Temporal UI's origin only: no CORS header at all for another
      if (req.headers?.origin !== config.TEMPORAL_UI_ORIGIN) return cb(null, { origin: false });
      return cb(null, { origin: [config.TEMPORAL_UI_ORIGIN], methods: ['POST'], allowedHeaders: ['authorization', 'content-type', 'x-namespace'], credentials: true });
    }
    if (req.url?.startsWith('/api/v1/') && config.API_CORS_ORIGINS.length) {
      return cb(null, {
        origin: config.API_CORS_ORIGINS,
        methods: ['GET', 'POST', 'PUT'],
        allowedHeaders: ['authorization', 'x-api-key', 'content-type', 'idempotency-key', 'x-request-id'],
        exposedHeaders: EXPOSED_HEADERS,
        maxAge: 600,
      });
    }
    cb(null, { origin: false });
  });
  // Per verified identity (the guard's Authenticator, or the board's or the codec's session), else per address.
  const authenticator = app.get(Authenticator);
  const boardAccess = app.get(BoardAccess);
  const codecAccess = app.get(CodecAccess);
  const onBoard = (req: Request) => req.path === BOARD_PATH || req.path.startsWith(`${BOARD_PATH}/`);
  const onCodec = (req: Request) => req.path.startsWith(`${CODEC_PATH}/`);
  app.use(
    rateLimit(
      { perMinute: config.API_RATE_LIMIT_PER_MINUTE, anonPerMinute: config.API_RATE_LIMIT_ANON_PER_MINUTE, prefix: config.MASAR_REDIS_PREFIX },
      app.get(REDIS),
      (req) => (onBoard(req) ? boardAccess.identify(req) : onCodec(req) ? codecAccess.identify(req) : authenticator.fromHeaders(req.headers)),
    ),
  );
  // Bull Board (an Express app of its own): read-only, for those the table admits to admin.queue-board.
  app.use(BOARD_PATH, boardAccess.gate, app.get(QueueBoard).router);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Refused at the door: text PostgreSQL cannot store, unusable Idempotency-Keys.
  app.use((req: Request, res: Response, next: () => void) => {
    const problems: FieldProblem[] = [];
    const key = req.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
      problems.push({ field: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters', code: 'invalid_header' });
    }
    unstorableText(req.body, '', problems);
    unstorableText(req.query, 'query', problems);
    if (problems.length === 0) return next();
    res
      .status(400)
      .type('application/problem+json')
      .send(JSON.stringify({ type: 'https://masar.ma/problems/validation', title: 'The request is not valid', status: 400, detail: 'One or more fields are invalid; see errors.', errors: problems, instance: req.originalUrl, requestId: req.headers['x-request-id'] }));
  });
  app.enableShutdownHooks();
  if (config.API_DOCS) {
    SwaggerModule.setup('api/docs', app, () => openApiDocument(app), {
      jsonDocumentUrl: 'api/docs-json',
    });
  }
  serveConsole(app, config);
  return app;
}

/**
 * The console (dist/console, when built) at / of this origin: its hashed
 * assets cached for good, index.html for every other page path (the console
 * routes in the browser), under a stricter policy than the API's pages (no
 * inline style either). The API's own paths never fall through to it.
 */
function serveConsole(app: NestExpressApplication, config: ApiConfig): void {
  const dir = consoleDir(config);
  if (!dir) return;
  const csp = consoleCsp(config);
  const index = join(dir, 'index.html');
  const ours = (p: string) => /^\/(api|codec|health|admin)(\/|$)/.test(p);
  app.use('/assets', (_req: Request, res: Response, next: () => void) => {
    res.setHeader('Content-Security-Policy', csp);
    next();
  });
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false, fallthrough: false });
  app.use((req: Request, res: Response, next: () => void) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || ours(req.path)) return next();
    if (/\.[a-z0-9]+$/i.test(req.path) && req.path !== '/index.html') {
      const file = join(dir, req.path);
      if (!file.startsWith(dir + sep) || !existsSync(file)) return next();
      res.setHeader('Content-Security-Policy', csp);
      return res.sendFile(file);
    }
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
