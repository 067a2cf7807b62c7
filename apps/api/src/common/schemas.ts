// Schema pieces the feature folders share.
import type { Type } from '@nestjs/common';
import { createZodDto, type ZodDto } from 'nestjs-zod';
import { z } from 'zod';

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(2200, 0, 1);

/** An instant with an offset, within years the database stores (1900-2199). */
export const isoInstant = z.iso
  .datetime({ offset: true })
  .refine((v) => {
    const t = Date.parse(v);
    return Number.isFinite(t) && t >= MIN && t < MAX;
  }, 'must be an instant between 1900 and 2199')
  .describe('ISO-8601 instant with an offset, e.g. 2026-11-23T09:30:00Z');

/** The body of an action that takes nothing: absent or {}, anything in it refused (400) rather than ignored. */
export const emptyBody = z.object({}).strict().meta({ examples: [{}] });
export class EmptyDto extends createZodDto(emptyBody) {}

/** Interfaces as plain object types (an interface has no implicit index signature), arrays and nulls kept. */
type Plain<T> = T extends (infer U)[] ? Plain<U>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

/**
 * The response schema of a value whose type is defined elsewhere (a workflow's
 * state, a domain type): the compiler refuses the schema unless every T is a
 * value of it, so the document cannot promise a field or a type the API does
 * not answer. `describing<CaseState>()(z.object({...}))`.
 */
export const describing =
  <T>() =>
  <S extends z.ZodType>(schema: S & (Plain<T> extends z.output<S> ? unknown : never)): S =>
    schema;

type AnswerDto = Type<unknown> & { _OPENAPI_METADATA_FACTORY(): Record<string, unknown> };

/** A JSON schema with its nullable scalars said as OpenAPI 3.0 does (`type: 'string', nullable: true`), at every depth. */
function openApi30(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openApi30);
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'example' || k === 'examples' ? v : openApi30(v)]));
  if (!Array.isArray(out.type)) return out;
  const types = (out.type as string[]).filter((t) => t !== 'null');
  const nullable = types.length < out.type.length ? { nullable: true } : {};
  return types.length === 1 ? { ...out, ...nullable, type: types[0] } : { ...out, ...nullable, type: '', anyOf: types.map((t) => ({ type: t })) };
}

/**
 * The OpenAPI model of what a route answers: the DTO's output form. A
 * nullable scalar comes from zod as `type: ['string', 'null']`, which Nest's
 * document reads as an array of strings (a property) or leaves as OpenAPI
 * 3.1 in a 3.0 document (deeper): it is handed over as OpenAPI 3.0 says it
 * (`nullable: true`). Use in response decorators:
 * `@ApiOkResponse({ type: answer(CaseListDto) })`.
 */
export function answer(dto: ZodDto): Type<unknown> {
  const output = dto.Output as unknown as AnswerDto;
  const factory = output._OPENAPI_METADATA_FACTORY.bind(output);
  Object.defineProperty(output, '_OPENAPI_METADATA_FACTORY', {
    value: () => openApi30(factory()),
  });
  return output;
}
