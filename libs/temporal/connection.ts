// One place that opens Temporal connections with Masar's data converter and
// TLS, so the API, the worker, the notifier and tests encrypt, decrypt and
// authenticate alike.
import fs from 'node:fs';
import { Client, Connection, type TLSConfig } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { AesGcmCodec, parseCodecKeys, type CodecOptions } from './codec';

/** TLS to Temporal: files (PEM) named by the environment; a client certificate and key make it mutual. */
export interface TemporalTls {
  /** TEMPORAL_TLS: TLS without client certificate (the system's CAs unless a CA is given) */
  TEMPORAL_TLS?: boolean;
  TEMPORAL_TLS_CERT?: string;
  TEMPORAL_TLS_KEY?: string;
  TEMPORAL_TLS_CA?: string;
  TEMPORAL_TLS_SERVER_NAME?: string;
}

export interface TemporalSettings {
  address: string;
  namespace: string;
  codecKeys: string;
  tls?: TemporalTls;
}

export function dataConverter(codecKeys: string, options: CodecOptions = {}): DataConverter {
  return {
    payloadCodecs: [new AesGcmCodec(parseCodecKeys(codecKeys), options)],
    // Failure messages and stack traces go into the encrypted payload too.
    failureConverterPath: require.resolve('./failure-converter'),
  };
}

/** The SDK's TLS option from the settings: undefined (plaintext) when none is set. */
export function temporalTls(s: TemporalTls = {}, read: (file: string) => Buffer = (f) => fs.readFileSync(f)): TLSConfig | undefined {
  const on = s.TEMPORAL_TLS || s.TEMPORAL_TLS_CERT || s.TEMPORAL_TLS_KEY || s.TEMPORAL_TLS_CA || s.TEMPORAL_TLS_SERVER_NAME;
  if (!on) return undefined;
  if (!!s.TEMPORAL_TLS_CERT !== !!s.TEMPORAL_TLS_KEY) throw new Error('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together');
  const tls: TLSConfig = {};
  if (s.TEMPORAL_TLS_SERVER_NAME) tls.serverNameOverride = s.TEMPORAL_TLS_SERVER_NAME;
  if (s.TEMPORAL_TLS_CA) tls.serverRootCACertificate = read(s.TEMPORAL_TLS_CA);
  if (s.TEMPORAL_TLS_CERT && s.TEMPORAL_TLS_KEY) tls.clientCertPair = { crt: read(s.TEMPORAL_TLS_CERT), key: read(s.TEMPORAL_TLS_KEY) };
  return tls;
}

/** Address and TLS for Connection.connect / Connection.lazy / NativeConnection.connect. */
export function connectionOptions(address: string, tls?: TemporalTls): { address: string; tls?: TLSConfig } {
  const t = temporalTls(tls);
  return t ? { address, tls: t } : { address };
}

export async function connectClient(s: TemporalSettings): Promise<Client> {
  const connection = await Connection.connect(connectionOptions(s.address, s.tls));
  return new Client({ connection, namespace: s.namespace, dataConverter: dataConverter(s.codecKeys) });
}
