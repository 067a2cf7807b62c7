// What a document is, by its content (magic bytes), never by its name or the
// type the client declared: PDF, JPEG and PNG are accepted, nothing else.

export interface MediaType {
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  extension: '.pdf' | '.jpg' | '.png';
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

const startsWith = (buf: Uint8Array, sig: number[]) => buf.length >= sig.length && sig.every((b, i) => buf[i] === b);

/** The type the content is, or null when it is none of the accepted ones. */
export function detectMediaType(content: Uint8Array): MediaType | null {
  if (startsWith(content, PDF)) return { mediaType: 'application/pdf', extension: '.pdf' };
  if (startsWith(content, PNG)) return { mediaType: 'image/png', extension: '.png' };
  if (startsWith(content, JPEG)) return { mediaType: 'image/jpeg', extension: '.jpg' };
  return null;
}

/**
 * The name a document is stored and served under: the client's name without
 * folders or control characters, with the extension of the detected type.
 */
export function storedFilename(given: string | undefined, type: MediaType): string {
  const base = (given ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 150);
  return `${base || 'document'}${type.extension}`;
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
