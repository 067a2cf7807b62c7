// The text of a PDF, for tests and checks: poppler's pdftotext (Debian's
// poppler-utils), which reads the fonts' Unicode maps, so Arabic comes back
// as the letters that were written.
import { execFileSync } from 'node:child_process';

export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}
