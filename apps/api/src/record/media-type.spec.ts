import { attachmentDisposition, detectMediaType, storedFilename } from './media-type';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');

test('the type is the content’s: PDF, PNG, JPEG by their magic bytes', () => {
  expect(detectMediaType(PDF)?.mediaType).toBe('application/pdf');
  expect(detectMediaType(PNG)?.mediaType).toBe('image/png');
  expect(detectMediaType(JPEG)?.mediaType).toBe('image/jpeg');
});

test('anything else is none of them: HTML, SVG, a truncated signature, an empty file, a PDF marker not at the start', () => {
  for (const content of ['<html><body>%PDF-</body></html>', '<svg xmlns="http://www.w3.org/2000/svg"/>', '', ' %PDF-1.4', 'GIF89a']) {
    expect([content, detectMediaType(Buffer.from(content))]).toEqual([content, null]);
  }
  expect(detectMediaType(PNG.subarray(0, 7))).toBeNull();
  expect(detectMediaType(Buffer.from([0xff, 0xd8]))).toBeNull();
});

test('the stored name keeps the client’s base name, without folders or control characters, with the detected extension', () => {
  const png = detectMediaType(PNG)!;
  expect(storedFilename('certificat.pdf', png)).toBe('certificat.png');
  expect(storedFilename('../../etc/passwd', png)).toBe('passwd.png');
  expect(storedFilename('C:\\scans\\ordonnance "juge".PDF', detectMediaType(PDF)!)).toBe('ordonnance juge.pdf');
  expect(storedFilename('a\u0000b\r\n.jpg', png)).toBe('ab.png');
  expect(storedFilename(undefined, png)).toBe('document.png');
  expect(storedFilename('.pdf', png)).toBe('document.png');
});

test('the download is an attachment with an ASCII fallback and the UTF-8 name', () => {
  expect(attachmentDisposition('certificat.png')).toBe(`attachment; filename="certificat.png"; filename*=UTF-8''certificat.png`);
  expect(attachmentDisposition('شهادة طبية.pdf')).toBe(`attachment; filename="_____ ____.pdf"; filename*=UTF-8''${encodeURIComponent('شهادة طبية.pdf')}`);
  expect(attachmentDisposition('a\\b.pdf')).toBe(`attachment; filename="a_b.pdf"; filename*=UTF-8''a%5Cb.pdf`);
});
