// Splits an SMS text into the parts an SMSC accepts. The smpp package encodes
// one short_message but neither chooses parts nor writes the concatenation
// header, so this does both: GSM 03.38 (160 septets, 152 per part) when every
// character has a GSM code, otherwise UCS-2 (70 characters, 66 per part) —
// always the case for Arabic. The parts carry a 16-bit reference (IEI 0x08):
// the notifier sends several messages at once on one session, so the parts of
// two messages to the same number interleave, and a handset joins parts by
// reference. With 8 bits, two of twenty alerts sent at once to a coordinator
// would share one about one time in two.

export const DATA_CODING_GSM = 0x00;
export const DATA_CODING_UCS2 = 0x08;
export const ESM_CLASS_UDH_INDICATOR = 0x40;

/** A short message holds 140 octets. */
const SM_OCTETS = 140;
/** The concatenation header (see concatenationUdh): 7 octets. */
const UDH_OCTETS = 7;
export const GSM_SINGLE_SEPTETS = (SM_OCTETS * 8) / 7;
/** what the header leaves, in whole septets (152) */
export const GSM_PART_SEPTETS = Math.floor(((SM_OCTETS - UDH_OCTETS) * 8) / 7);
export const UCS2_SINGLE_UNITS = SM_OCTETS / 2;
/** what the header leaves, in whole UTF-16 units (66) */
export const UCS2_PART_UNITS = Math.floor((SM_OCTETS - UDH_OCTETS) / 2);
/** The header allows up to 255 parts; more is a mistake. */
export const MAX_PARTS = 10;

// GSM 03.38 default alphabet, in code order, and its extension table (ESC + code).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION: Record<string, number> = { '\f': 0x0a, '^': 0x14, '{': 0x28, '}': 0x29, '\\': 0x2f, '[': 0x3c, '~': 0x3d, ']': 0x3e, '|': 0x40, '€': 0x65 };
const GSM_CODE = new Map(Array.from(GSM_BASIC).map((c, i) => [c, i]));

/** Typography a French text often carries that GSM lacks, mapped to its plain form. */
const PLAIN: Record<string, string> = { '’': "'", '‘': "'", '«': '"', '»': '"', '“': '"', '”': '"', '–': '-', '—': '-', '\u00a0': ' ', '\u202f': ' ', '…': '...', '·': '.' };

export interface SmsPart {
  dataCoding: number;
  /** the concatenation header, absent for a single-part message */
  udh?: Buffer;
  /** the encoded text of this part (septets unpacked, one per octet, for GSM) */
  body: Buffer;
  /** the text of this part, for logs and tests */
  text: string;
}

export interface SmsPlan {
  encoding: 'GSM' | 'UCS2';
  parts: SmsPart[];
}

export function plainText(text: string): string {
  return Array.from(text, (c) => PLAIN[c] ?? c).join('');
}

function gsmSeptets(c: string): number[] | null {
  const basic = GSM_CODE.get(c);
  if (basic !== undefined && c !== '\x1b') return [basic];
  const ext = GSM_EXTENSION[c];
  return ext !== undefined ? [0x1b, ext] : null;
}

export function isGsm(text: string): boolean {
  return Array.from(text).every((c) => gsmSeptets(c) !== null);
}

/** References a message's parts may carry (16 bits). */
export const CONCATENATION_REFERENCES = 0x10000;

/** The 7-octet UDH of part `seq` (1-based) of `total`: IEI 0x08, 16-bit reference. */
export function concatenationUdh(reference: number, total: number, seq: number): Buffer {
  return Buffer.from([UDH_OCTETS - 1, 0x08, 0x04, (reference >> 8) & 0xff, reference & 0xff, total, seq]);
}

/**
 * Plans the parts of a message. `reference` ties the parts together on the
 * handset; pick a new one per message.
 */
export function planSms(text: string, reference: number): SmsPlan {
  const plain = plainText(text);
  const chunks: { body: Buffer; text: string }[] = [];
  let encoding: SmsPlan['encoding'];
  if (isGsm(plain)) {
    encoding = 'GSM';
    const chars = Array.from(plain).map((c) => ({ c, septets: gsmSeptets(c) as number[] }));
    const total = chars.reduce((n, x) => n + x.septets.length, 0);
    const size = total <= GSM_SINGLE_SEPTETS ? GSM_SINGLE_SEPTETS : GSM_PART_SEPTETS;
    let cur: number[] = [];
    let curText = '';
    for (const { c, septets } of chars) {
      // An escape and its character stay in the same part.
      if (cur.length + septets.length > size) {
        chunks.push({ body: Buffer.from(cur), text: curText });
        cur = [];
        curText = '';
      }
      cur.push(...septets);
      curText += c;
    }
    if (cur.length || chunks.length === 0) chunks.push({ body: Buffer.from(cur), text: curText });
  } else {
    encoding = 'UCS2';
    // UCS-2 counts UTF-16 code units; a surrogate pair never straddles two parts.
    const cps = Array.from(text);
    const units = text.length;
    const size = units <= UCS2_SINGLE_UNITS ? UCS2_SINGLE_UNITS : UCS2_PART_UNITS;
    let cur = '';
    for (const cp of cps) {
      if (cur.length + cp.length > size) {
        chunks.push({ body: utf16be(cur), text: cur });
        cur = '';
      }
      cur += cp;
    }
    if (cur || chunks.length === 0) chunks.push({ body: utf16be(cur), text: cur });
  }
  if (chunks.length > MAX_PARTS) throw new RangeError(`an SMS of ${chunks.length} parts is too long (at most ${MAX_PARTS})`);
  const dataCoding = encoding === 'GSM' ? DATA_CODING_GSM : DATA_CODING_UCS2;
  const parts = chunks.map((ch, i) => ({
    dataCoding,
    udh: chunks.length > 1 ? concatenationUdh(reference, chunks.length, i + 1) : undefined,
    body: ch.body,
    text: ch.text,
  }));
  return { encoding, parts };
}

function utf16be(s: string): Buffer {
  const b = Buffer.alloc(s.length * 2);
  for (let i = 0; i < s.length; i++) b.writeUInt16BE(s.charCodeAt(i), i * 2);
  return b;
}

/** Decodes what planSms encoded (for peers and tests). */
export function decodeSmsBody(body: Buffer, dataCoding: number): string {
  if ((dataCoding & 0x0f) === DATA_CODING_UCS2) {
    let s = '';
    for (let i = 0; i + 1 < body.length; i += 2) s += String.fromCharCode(body.readUInt16BE(i));
    return s;
  }
  let s = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === 0x1b && i + 1 < body.length) {
      const ext = Object.entries(GSM_EXTENSION).find(([, code]) => code === body[i + 1]);
      s += ext ? ext[0] : ' ';
      i++;
    } else s += GSM_BASIC[body[i]] ?? ' ';
  }
  return s;
}
