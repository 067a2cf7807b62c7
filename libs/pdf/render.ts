// Documents as PDF (the court report, the yearly diagnosis): an HTML template
// printed by Chromium, which shapes Arabic and lays out right-to-left text as
// a browser does — no PDF library we could find does both. One headless
// browser per process, started on first use; each document in its own
// context with JavaScript off and every network request refused, so that a
// template only ever shows what it was given.
//
// playwright-core is loaded on the first document, not with the module: the
// worker and the API import this module whether or not they ever print, and
// loading it took the worker from 234 to 269 MB of RSS before its first
// workflow (about 70 MB in a bare Node process).
import type { Browser } from 'playwright-core';

/** Chromium's path: MASAR_CHROMIUM_PATH, else Debian's package. */
export const chromiumPath = (): string => process.env.MASAR_CHROMIUM_PATH || '/usr/bin/chromium';

let browser: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  browser ??= import('playwright-core')
    .then(({ chromium }) => chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] }))
    .catch((err: unknown) => {
      browser = null;
      throw err;
    });
  return browser;
}

export interface PdfOptions {
  /** Printed at the foot of every page, e.g. "Page 1 / 3" is added after it. */
  footer?: string;
}

/** Prints a complete HTML document (with its own <html lang dir> and styles) to an A4 PDF. */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: !!options.footer,
      headerTemplate: '<span></span>',
      footerTemplate: options.footer
        ? `<div style="font-size:8px;width:100%;text-align:center">${escapeHtml(options.footer)} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`
        : '<span></span>',
    });
  } finally {
    await context.close();
  }
}

/** Closes the process's browser (on shutdown, and after tests). */
export async function closePdfRenderer(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close().catch(() => undefined);
}

/** Escapes text for an HTML template: every value a template prints goes through it. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
