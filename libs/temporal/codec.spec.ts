import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmCodec, WORKFLOW_ID, parseCodecKeys, payloadWorkflowId, type Refusal } from './codec';
import { isUnauthenticated } from '../../workflows/trust-marker';

const keys = parseCodecKeys(`k1:${Buffer.alloc(32, 7).toString('base64')}`);
const other = parseCodecKeys(`k9:${Buffer.alloc(32, 9).toString('base64')}`);
const ctx = { type: 'workflow' as const, namespace: 'default', workflowId: 'case-1' };
const value = { actor: { userId: 'u-tanger-coordinator', role: 'COORDINATOR' }, childName: 'Salma B' };

test('a payload names its workflow in clear and decrypts back', async () => {
  const codec = new AesGcmCodec(keys);
  const [encoded] = await codec.encode([defaultPayloadConverter.toPayload(value)], ctx);
  expect(payloadWorkflowId(encoded)).toBe('case-1');
  expect(Buffer.from(encoded.data!).toString('latin1')).not.toContain('Salma');
  const [decoded] = await new AesGcmCodec(keys, { inbound: 'mark' }).decode([encoded]);
  expect(defaultPayloadConverter.fromPayload(decoded)).toEqual(value);
});

test('the worker marks (never throws on) plaintext, a renamed workflow, and another key', async () => {
  const refused: Refusal[] = [];
  const worker = new AesGcmCodec(keys, { inbound: 'mark', onRefused: (r) => refused.push(r) });
  const [encoded] = await new AesGcmCodec(keys).encode([defaultPayloadConverter.toPayload(value)], ctx);
  const renamed = { ...encoded, metadata: { ...encoded.metadata, [WORKFLOW_ID]: new TextEncoder().encode('case-2') } };
  const [foreign] = await new AesGcmCodec(other).encode([defaultPayloadConverter.toPayload(value)], ctx);
  const out = await worker.decode([defaultPayloadConverter.toPayload(value), renamed, foreign]);
  expect(out.map((p) => isUnauthenticated(defaultPayloadConverter.fromPayload(p)))).toEqual([true, true, true]);
  expect(refused).toEqual([
    { reason: 'not-encrypted', why: 'not encrypted' },
    { reason: 'not-authentic', why: 'Unsupported state or unable to authenticate data' },
    { reason: 'unknown-key', why: 'no codec key with id "k9" is configured' },
  ]);
});

test('the worker refuses a payload that names another workflow than the one it decodes for', async () => {
  const [encoded] = await new AesGcmCodec(keys).encode([defaultPayloadConverter.toPayload(value)], ctx);
  const refused: Refusal[] = [];
  const worker = new AesGcmCodec(keys, { inbound: 'mark', onRefused: (r) => refused.push(r) });
  const [elsewhere] = await worker.decode([encoded], { ...ctx, workflowId: 'case-2' });
  expect(isUnauthenticated(defaultPayloadConverter.fromPayload(elsewhere))).toBe(true);
  expect(refused.map((r) => r.reason)).toEqual(['other-workflow']);
  const [here] = await worker.decode([encoded], ctx);
  expect(defaultPayloadConverter.fromPayload(here)).toEqual(value);
});

test('a reader passes plaintext through and throws on a bad ciphertext', async () => {
  const reader = new AesGcmCodec(keys);
  const plain = defaultPayloadConverter.toPayload('x');
  expect(await reader.decode([plain])).toEqual([plain]);
  const [encoded] = await reader.encode([plain], ctx);
  const renamed = { ...encoded, metadata: { ...encoded.metadata, [WORKFLOW_ID]: new TextEncoder().encode('case-2') } };
  await expect(reader.decode([renamed])).rejects.toThrow(/unable to authenticate/);
});

test('a payload encrypted before the codec shared its sealing primitive still decrypts (histories keep their payloads)', async () => {
  const te = new TextEncoder();
  const before = {
    metadata: { encoding: te.encode('binary/encrypted'), 'encryption-key-id': te.encode('k1'), [WORKFLOW_ID]: te.encode('case-1') },
    data: Buffer.from('pcBDP02lmWD/L17iZ2Q0yjBUkyqViYpoL6hOUy6TYZk9CKgylQJtYcl7o4fcIIpiuoJwi9bljO7kEXz/CLjIeVmqLox+sOsWG4GmTWo=', 'base64'),
  };
  const [decoded] = await new AesGcmCodec(keys, { inbound: 'mark' }).decode([before], ctx);
  expect(defaultPayloadConverter.fromPayload(decoded)).toEqual({ childName: 'Salma B' });
});
