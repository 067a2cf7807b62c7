import { closePdfRenderer, escapeHtml, renderPdf } from './render';
import { pdfText } from './text';

afterAll(() => closePdfRenderer());

test('a template is escaped: markup in a value prints as text', () => {
  expect(escapeHtml('<img src=x onerror=alert(1)> & "q"')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
});

test('Arabic and French documents print with their words intact', async () => {
  const ar = await renderPdf(
    `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><h1>تقرير التتبع</h1><p>عدد الأطفال: 142</p></body></html>`,
    { footer: 'مسار' },
  );
  const fr = await renderPdf(`<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><h1>Rapport d’évolution</h1><p>Enfants : 79</p></body></html>`);
  expect(ar.subarray(0, 5).toString()).toBe('%PDF-');
  const arText = pdfText(ar);
  expect(arText).toContain('142');
  expect(arText).toMatch(/التتبع/);
  expect(pdfText(fr)).toContain('Rapport d’évolution');
  expect(pdfText(fr)).not.toContain('التتبع');
});

test('a template cannot reach the network', async () => {
  // an image from a server that would answer: the request is refused, the document still prints
  const pdf = await renderPdf(`<!doctype html><html><body><p>ok</p><img src="http://127.0.0.1:9/x.png"></body></html>`);
  expect(pdfText(pdf)).toContain('ok');
});
