// One place that opens a Temporal client with Masar's data converter, so the
// API, the worker, the notifier and tests encrypt and decrypt alike.
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { AesGcmCodec, parseCodecKeys } from './codec';

export interface TemporalSettings {
  address: string;
  namespace: string;
  codecKeys: string;
}

export function dataConverter(codecKeys: string): DataConverter {
  return {
    payloadCodecs: [new AesGcmCodec(parseCodecKeys(codecKeys))],
    // Failure messages and stack traces go into the encrypted payload too.
    failureConverterPath: require.resolve('./failure-converter'),
  };
}

export async function connectClient(s: TemporalSettings): Promise<Client> {
  const connection = await Connection.connect({ address: s.address });
  return new Client({ connection, namespace: s.namespace, dataConverter: dataConverter(s.codecKeys) });
}
