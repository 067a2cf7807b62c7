// Payload encryption for everything Masar stores in Temporal (inputs, results,
// signals, updates, queries, failures): AES-256-GCM with a 12-byte IV and the
// key id in the payload metadata, so keys can rotate (the first key encrypts,
// every configured key decrypts).
//
// Each payload also names, in clear, the workflow it belongs to
// (`masar-workflow`: case-<id>, referral-<id>, complaint-<id>; ids only, never
// a name), taken from the SDK's serialization context, so that a decryption
// through /codec is audited with its case. The name is bound to the ciphertext
// as GCM additional data: altering it breaks authentication, and the worker
// refuses a payload that names another workflow than the one it is decoded
// for (a message captured from one child's history replayed into another's).
//
// Decoding has two modes. A reader (the API's history, /codec) passes through
// what is not encrypted. The worker (`inbound: 'mark'`) accepts nothing it
// cannot authenticate: any such payload becomes the marker value of
// workflows/trust-marker.ts, which the workflows' interceptors refuse. It never
// throws, because a decode error fails the workflow task and the server retries
// it forever (a forged signal would wedge the pathway).
import type { Payload, PayloadCodec, SerializationContext } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { UNAUTHENTICATED } from '../../workflows/trust-marker';
import { seal, unseal } from './sealing';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
/** Clear metadata: the workflow the payload belongs to (authenticated as GCM additional data). */
export const WORKFLOW_ID = 'masar-workflow';
const enc = new TextEncoder();
const dec = new TextDecoder();

export interface CodecKey {
  id: string;
  key: Buffer;
}

/** Parses `id:base64,id2:base64`; every key must be 32 bytes. */
export function parseCodecKeys(spec: string): CodecKey[] {
  const keys = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const i = entry.indexOf(':');
      if (i <= 0) throw new Error('each codec key is written id:base64');
      const id = entry.slice(0, i);
      const key = Buffer.from(entry.slice(i + 1), 'base64');
      if (key.length !== 32) throw new Error(`codec key ${id} must be 32 bytes (base64), got ${key.length}`);
      return { id, key };
    });
  if (keys.length === 0) throw new Error('at least one codec key is required');
  return keys;
}

export interface CodecOptions {
  /**
   * What decode does with a payload it cannot authenticate: `pass` returns a
   * plaintext payload as it is and throws on a bad ciphertext (readers);
   * `mark` replaces either with the unauthenticated marker (the worker).
   */
  inbound?: 'pass' | 'mark';
  /** Told each time a payload is marked (the worker logs it): why in words, and as a fixed reason that carries nothing of the payload. */
  onRefused?: (refusal: Refusal, context?: SerializationContext) => void;
}

/** Why a payload was not let in: not encrypted, sealed for another workflow, under a key not configured, or not authentic. */
export type RefusalReason = 'not-encrypted' | 'other-workflow' | 'unknown-key' | 'not-authentic';
export interface Refusal {
  reason: RefusalReason;
  why: string;
}

class UnknownKey extends Error {}

/** The marker payload: JSON, so the workflow's default payload converter reads it. */
export function unauthenticatedPayload(why: string): Payload {
  return { metadata: { encoding: enc.encode('json/plain') }, data: enc.encode(JSON.stringify({ [UNAUTHENTICATED]: why })) };
}

/** The workflow a payload names in clear, if it names one. */
export function payloadWorkflowId(payload: Payload): string | null {
  const v = payload.metadata?.[WORKFLOW_ID];
  return v && v.length ? dec.decode(v) : null;
}

export function isEncrypted(payload: Payload): boolean {
  return !!payload.metadata && dec.decode(payload.metadata.encoding ?? new Uint8Array()) === ENCODING;
}

export class AesGcmCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;
  private readonly active: CodecKey;

  constructor(
    keys: CodecKey[],
    private readonly options: CodecOptions = {},
  ) {
    this.active = keys[0];
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  async encode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    const workflowId = context?.workflowId || null;
    return payloads.map((payload) => {
      const data = seal(this.active.key, temporal.api.common.v1.Payload.encode(payload).finish(), workflowId);
      const metadata: Record<string, Uint8Array> = { encoding: enc.encode(ENCODING), [KEY_ID]: enc.encode(this.active.id) };
      if (workflowId) metadata[WORKFLOW_ID] = enc.encode(workflowId);
      return { metadata, data };
    });
  }

  async decode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    const mark = this.options.inbound === 'mark';
    return payloads.map((payload) => {
      if (!isEncrypted(payload)) {
        if (!mark) return payload;
        return this.refuse({ reason: 'not-encrypted', why: 'not encrypted' }, context);
      }
      const named = payloadWorkflowId(payload);
      if (mark && named && context?.workflowId && named !== context.workflowId) {
        return this.refuse({ reason: 'other-workflow', why: `the payload belongs to ${named}` }, context);
      }
      try {
        return this.decrypt(payload);
      } catch (e) {
        if (!mark) throw e;
        return this.refuse({ reason: e instanceof UnknownKey ? 'unknown-key' : 'not-authentic', why: (e as Error).message }, context);
      }
    });
  }

  private refuse(refusal: Refusal, context?: SerializationContext): Payload {
    this.options.onRefused?.(refusal, context);
    return unauthenticatedPayload(refusal.why);
  }

  private decrypt(payload: Payload): Payload {
    const keyId = dec.decode(payload.metadata?.[KEY_ID] ?? new Uint8Array());
    const key = this.byId.get(keyId);
    if (!key) throw new UnknownKey(`no codec key with id ${JSON.stringify(keyId)} is configured`);
    return temporal.api.common.v1.Payload.decode(unseal(key, payload.data ?? new Uint8Array(), payloadWorkflowId(payload)));
  }
}
