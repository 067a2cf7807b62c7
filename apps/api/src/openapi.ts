// The OpenAPI document of the API (Swagger UI, and the console's typed
// client): what Nest and nestjs-zod describe, then completed once for every
// operation from the rules that hold for all of them — who may call it (the
// permission table), the Idempotency-Key header, the problem+json answers it
// can give and the refusal codes.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { describePermission, type Action } from '../../../libs/domain/permissions';
import { REFUSAL_CODES, REFUSALS } from '../../../libs/domain/refusals';
import { PERMIT_EXTENSION } from './auth/permit.decorator';
import { IDEMPOTENCY_KEY } from './common/input-guard';

export type OpenApiDoc = ReturnType<typeof cleanupOpenApiDoc>;

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
