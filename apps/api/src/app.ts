// Builds the HTTP application (used by main.ts and by the integration tests).
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Request, Response } from 'express';
import { BoardAccess } from './admin/board-access';
import { BOARD_PATH, QueueBoard } from './admin/queue-board';
import { describePermission, type Action } from '../../../libs/domain/permissions';
import { REFUSAL_CODES, REFUSALS } from '../../../libs/domain/refusals';
import { Authenticator } from './auth/authenticator';
import { CODEC_PATH, CodecAccess } from './codec/codec-access';
import { PERMIT_EXTENSION } from './auth/permit.decorator';
import type { FieldProblem } from './common/errors';
import { IDEMPOTENCY_KEY, unstorableText } from './common/input-guard';
import { rateLimit } from './common/rate-limit';
import { REDIS } from './infra/tokens';
import { nestLogger, observeRequests } from './infra/logging';
import { silentLog, type Log } from '../../../libs/observability/log';
import { consoleCsp, consoleDir } from './session/console-files';
import { AppModule } from './app.module';
import type { ApiConfig } from './config';

type OpenApiDoc = ReturnType<typeof cleanupOpenApiDoc>;

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

type Operation = {
  description?: string;
  parameters?: { name?: string; in?: string; $ref?: string }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: unknown[];
  [PERMIT_EXTENSION]?: Action[];
};

/** Every operation of the document, with its method and path. */
function operations(doc: OpenApiDoc): { method: string; path: string; op: Operation }[] {
  const out: { method: string; path: string; op: Operation }[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      if (op && typeof op === 'object' && 'responses' in op) out.push({ method, path, op });
    }
  }
  return out;
}

/** Each operation's description states who may call it, generated from the permission table. */
function withPermissions(doc: OpenApiDoc): OpenApiDoc {
  for (const { op } of operations(doc)) {
    const actions = op[PERMIT_EXTENSION];
    if (!actions?.length) continue;
    const lines = actions.map((a) => `\`${a}\`: ${describePermission(a)}.`);
    const permission = `**Permission** (the permission table; the province or organisation is the case's or the referral's):\n\n${lines.join('\n\n')}`;
    op.description = op.description ? `${op.description}\n\n${permission}` : permission;
  }
  return doc;
}

/** The Idempotency-Key header, declared once, optional, on the operations that read it. */
function withIdempotencyKey(doc: OpenApiDoc): OpenApiDoc {
  doc.components ??= {};
  doc.components.parameters ??= {};
  doc.components.parameters.IdempotencyKey = {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422)',
    schema: { type: 'string', minLength: 1, maxLength: 200, pattern: IDEMPOTENCY_KEY.source },
  };
  for (const { op } of operations(doc)) {
    const before = op.parameters?.length ?? 0;
    op.parameters = (op.parameters ?? []).filter((p) => !(p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key'));
    if (op.parameters.length < before) op.parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  }
  return doc;
}

/** Whether the operation's body names a case (an unknown one is a 404). */
function namesCase(doc: OpenApiDoc, op: Operation): boolean {
  const schema = (op.requestBody as { content?: Record<string, { schema?: { $ref?: string; properties?: object } }> } | undefined)?.content?.['application/json']?.schema;
  const resolved = schema?.$ref ? (doc.components?.schemas?.[schema.$ref.split('/').pop()!] as { properties?: object } | undefined) : schema;
  return Boolean(resolved?.properties && 'caseId' in resolved.properties);
}

/** Every operation documents the problem+json errors it can answer. */
function withProblems(doc: OpenApiDoc): OpenApiDoc {
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.Problem = {
    type: 'object',
    description: 'RFC 9457 problem details',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', format: 'uri', example: 'https://masar.ma/problems/validation' },
      title: { type: 'string', example: 'The request is not valid' },
      status: { type: 'integer', example: 400 },
      detail: { type: 'string', example: 'One or more fields are invalid; see errors.' },
      code: {
        type: 'string',
        enum: REFUSAL_CODES,
        example: 'case_closed',
        description: `a refusal's stable code (409): key on it, not on the English detail. ${REFUSAL_CODES.map((c) => `${c}: ${REFUSALS[c]}`).join('; ')}`,
      },
      instance: { type: 'string', example: '/api/v1/reports' },
      requestId: { type: 'string' },
      errorId: { type: 'string', description: 'for a 500: quote it to the operators' },
      errors: {
        type: 'array',
        items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', example: 'child.dateOfBirth' }, message: { type: 'string', example: 'is in the future' }, code: { type: 'string' } } },
      },
    },
  };
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
  const common: Record<string, string> = {
    '400': 'the request is not valid (field by field)',
    '401': 'no identity, or an invalid token or API key',
    '403': 'the permission table refuses your role, or your province or organisation for this case or referral',
    '429': 'too many requests from this identity (or address, without one) in the minute; retry after Retry-After',
    '500': 'unexpected error (with an error id)',
    '503': 'PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After',
  };
  for (const { method, op } of operations(doc)) {
    op.responses ??= {};
    const secured = Boolean(op.security?.length);
    const params = op.parameters ?? [];
    const responses: Record<string, string> = { ...common };
    if (params.some((p) => p.in === 'path') || namesCase(doc, op)) responses['404'] = 'no such case, referral or complaint';
    if (params.some((p) => p.in === 'path') && method !== 'get') responses['409'] = 'conflicts with the state of the pathway (the reason in detail, its stable code in code)';
    if (op.requestBody || params.some((p) => p.in === 'query')) {
      responses['422'] = 'well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors';
    }
    if (method === 'post' || method === 'put') {
      // whether or not the operation takes one, a body is read (and refused) as JSON
      responses['413'] = 'the body is larger than 256 kB';
      responses['415'] = 'the body is not sent as JSON (Content-Type application/json, UTF-8)';
    }
    for (const [code, description] of Object.entries(responses)) {
      if ((code === '401' || code === '403') && !secured) continue; // public
      op.responses[code] ??= problem(description);
    }
  }
  return doc;
}

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

/** The OpenAPI document of the application (also what the console's typed client is generated from). */
export function openApiDocument(app: NestExpressApplication): OpenApiDoc {
  const doc = new DocumentBuilder()
    .setTitle('Masar API')
    .setDescription('Child-protection pathways: reports, cases, referrals, judicial redirections, reviews, after-care, supervision.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
    .build();
  return withProblems(withIdempotencyKey(withPermissions(cleanupOpenApiDoc(SwaggerModule.createDocument(app, doc)))));
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
