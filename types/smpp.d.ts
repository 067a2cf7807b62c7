// The subset of smpp@0.5.1 (no types of its own) that Masar uses: sessions
// (client and server side), PDUs and the protocol constants.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  export interface PDU {
    command: string;
    command_id: number;
    command_status: number;
    sequence_number: number;
    isResponse(): boolean;
    response(options?: Record<string, unknown>): PDU;
    [param: string]: unknown;
  }

  export type PduCallback = (pdu: PDU) => void;

  export class Session extends EventEmitter {
    socket: Socket;
    server?: Server;
    /** false when the socket is not writable */
    send(pdu: PDU, responseCallback?: PduCallback, sendCallback?: PduCallback): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
    bind_transceiver(options: Record<string, unknown>, responseCallback?: PduCallback): boolean;
    submit_sm(options: Record<string, unknown>, responseCallback?: PduCallback): boolean;
    deliver_sm(options: Record<string, unknown>, responseCallback?: PduCallback): boolean;
    enquire_link(options?: Record<string, unknown>, responseCallback?: PduCallback): boolean;
    unbind(options?: Record<string, unknown>, responseCallback?: PduCallback): boolean;
  }

  export class Server extends NetServer {
    sessions: Session[];
  }

  export interface ConnectOptions {
    url?: string;
    host?: string;
    port?: number;
    tls?: boolean;
    auto_enquire_link_period?: number;
    [option: string]: unknown;
  }

  export function connect(options: ConnectOptions, listener?: () => void): Session;
  export function createServer(options?: Record<string, unknown>, listener?: (session: Session) => void): Server;
  export const PDU: { new (command: string, options?: Record<string, unknown>): PDU };

  export const ESME_ROK: number;
  export const ESME_RINVMSGLEN: number;
  export const ESME_RSYSERR: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RBINDFAIL: number;
  export const ESME_RINVPASWD: number;
  export const ESME_RMSGQFUL: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RX_T_APPN: number;
  export const ESME_RSUBMITFAIL: number;
  export const ESME_RINVDCS: number;
  export const ESME_RUNKNOWNERR: number;
  export const errors: Record<string, number>;
  export const consts: {
    REGISTERED_DELIVERY: Record<string, number>;
    ESM_CLASS: Record<string, number>;
    MESSAGE_STATE: Record<string, number>;
    ENCODING: Record<string, number>;
    TON: Record<string, number>;
    NPI: Record<string, number>;
  };
}
