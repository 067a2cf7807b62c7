// Builds the HTTP application (used by main.ts and by the integration tests).
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { FieldProblem } from './common/errors';
import { IDEMPOTENCY_KEY, unstorableText } from './common/input-guard';
import { AppModule } from './app.module';
import type { ApiConfig } from './config';

type OpenApiDoc = ReturnType<typeof cleanupOpenApiDoc>;

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
    '403': 'your role or province may not do this',
    '500': 'unexpected error (with an error id)',
    '503': 'PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After',
  };
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item as Record<string, { responses?: Record<string, unknown>; security?: unknown[] }>)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      op.responses ??= {};
      for (const [code, description] of Object.entries(common)) {
        if ((code === '401' || code === '403') && !op.security?.length) continue; // public
        op.responses[code] ??= problem(description);
      }
    }
  }
  return doc;
}

export async function createApp(config: ApiConfig, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? ['error', 'warn'],
    bodyParser: false,
  });
  app.set('trust proxy', 'loopback');
  // Every request has an id: echoed back, written to the audit trail and problems
  // (set before the body parser, so even a body that is not JSON gets one).
  app.use((req: { headers: Record<string, unknown> }, res: { setHeader(n: string, v: string): void }, next: () => void) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    req.headers['x-request-id'] = id;
    res.setHeader('X-Request-Id', id);
    next();
  });
  app.useBodyParser('json', { limit: '256kb' });
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
  // CORS only for the codec endpoint, only from the configured Temporal UI.
  app.enableCors((req: { url?: string }, cb: (err: Error | null, options: object) => void) =>
    cb(null, req.url?.startsWith('/codec')
      ? { origin: [config.TEMPORAL_UI_ORIGIN], methods: ['POST'], allowedHeaders: ['authorization', 'content-type', 'x-namespace'], credentials: true }
      : { origin: false }),
  );
  app.enableShutdownHooks();
  if (config.API_DOCS) {
    const doc = new DocumentBuilder()
      .setTitle('Masar API')
      .setDescription('Child-protection pathways: reports, cases, referrals, judicial redirections, reviews, after-care, supervision.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
      .build();
    SwaggerModule.setup('api/docs', app, () => withProblems(cleanupOpenApiDoc(SwaggerModule.createDocument(app, doc))), {
      jsonDocumentUrl: 'api/docs-json',
    });
  }
  return app;
}
