// The console's pages without an account, in Chromium over the real stack:
// a survey link answered once (the second visit says the link is spent), and
// an own-file request filed on the public page with the proof-of-work solved
// in the browser, then followed with its reference and secret.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStack, type Stack } from '../support/stack';

const CHROMIUM = process.env.MASAR_CHROMIUM_PATH || '/usr/bin/chromium';
const ready = existsSync(CHROMIUM) && existsSync(path.resolve(__dirname, '../../dist/console/index.html'));
const maybe = ready ? describe : describe.skip;
if (!ready) process.stderr.write('public pages e2e skipped: no Chromium or no built console\n');

let stack: Stack;
let browser: Browser;
let page: Page;

maybe('public pages', () => {
  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { PUBLIC_CHALLENGE_DIFFICULTY: '8' } });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ locale: 'fr-FR' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function fileCase(): Promise<{ caseId: string; reference: string }> {
    const res = await fetch(`${stack.baseUrl}/api/v1/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await stack.token('u-tanger-intake')}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'public pages', child: { sex: 'F', dateOfBirth: '2016-02-03', parentCnies: ['PP112233'] }, fileAsNew: true }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { caseId: string; reference: string };
  }

  test('a survey link answers once, in the page’s language', async () => {
    const { caseId } = await fileCase();
    const token = randomUUID().replace(/-/g, '');
    await stack.db.surveyInvitation.create({
      data: { subjectKey: `CLOSURE:${caseId}`, kind: 'CLOSURE', caseId, provinceCode: 'TANGER_ASSILAH', respondent: 'FAMILY', language: 'ar', tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt: new Date(Date.now() + 86_400_000) },
    });
    await page.goto(`${stack.baseUrl}/survey/${token}`);
    await page.getByRole('heading', { name: /رأيكم في مسار|Votre avis sur Masar/ }).waitFor();
    await page.locator('input[name=score][value="4"]').check();
    await page.locator('input[name=listened]').first().check();
    await page.locator('form button[type=submit]').click();
    await page.getByRole('status').filter({ hasText: /شكرا|Merci/ }).waitFor();
    expect(await stack.db.surveyInvitation.findUniqueOrThrow({ where: { subjectKey: `CLOSURE:${caseId}` } })).toMatchObject({ status: 'ANSWERED' });
    await page.goto(`${stack.baseUrl}/survey/${token}`);
    await page.getByRole('alert').filter({ hasText: /لم يعد صالحا|n’est plus valable/ }).waitFor();
  }, 60_000);

  test('a parent asks for the file on the public page and follows the request', async () => {
    const { caseId, reference } = await fileCase();
    await page.goto(`${stack.baseUrl}/file-request`);
    await page.locator('form input').first().fill(reference);
    await page.locator('form select').selectOption('PARENT');
    // a proof that does not match reads as a sentence of the page's language, not the API's English
    await page.locator('form input').nth(1).fill('ZZ999999');
    await page.locator('form input[type=date]').fill('2016-02-03');
    await page.locator('form button[type=submit]').click();
    const refused = page.getByRole('alert').filter({ hasText: /لا تطابق ملفا نعرفه|ne correspondent à aucun dossier/ });
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).not.toMatch(/semantic|match|request|unprocessable/i);
    expect(await stack.db.fileAccessRequest.count({ where: { caseId } })).toBe(0);
    await page.locator('form input').nth(1).fill('PP112233');
    await page.locator('form button[type=submit]').click();
    const follow = page.locator('a[href^="/file-request/FAR-"]');
    await follow.waitFor({ timeout: 30_000 });
    const row = await stack.db.fileAccessRequest.findFirstOrThrow({ where: { caseId, origin: 'PUBLIC' } });
    expect(await follow.getAttribute('href')).toContain(row.reference);
    await follow.click();
    await page.locator('section h1').waitFor();
    expect(await page.locator('section').textContent()).toContain(row.reference);
  }, 90_000);
});
