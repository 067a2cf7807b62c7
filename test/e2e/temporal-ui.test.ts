// The Temporal UI decodes for those the permission table allows, in Chromium:
// a Temporal dev server with its UI, served through the proxy `npm start`
// uses (its codec settings: the API's /codec, credentials included), the
// API and a worker on it. A supervisor signed in to the console follows the
// case's link and reads the workflow's input in clear, each decode audited
// with the case; a coordinator, or a browser that never signed in, sees
// ciphertext and the UI's codec error. Screenshots go to docs/screenshots/.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SEARCH_ATTRIBUTES_CLI } from '../../workflows/search-attributes';
import { eventually } from '../support/eventually';
import { startStack, type Stack } from '../support/stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTemporalUiProxy } = require('../../scripts/lib/temporal-ui-proxy.js');

const CHROMIUM = process.env.MASAR_CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '../../docs/screenshots');
const hasBrowser = existsSync(CHROMIUM);
const hasConsole = existsSync(path.resolve(__dirname, '../../dist/console/index.html'));
const maybe = hasBrowser && hasConsole ? describe : describe.skip;
if (!hasBrowser || !hasConsole) {
  process.stderr.write(`Temporal UI e2e skipped: ${!hasBrowser ? `no Chromium at ${CHROMIUM} (apt-get install chromium)` : 'dist/console not built (npm run build:console)'}\n`);
}

const suffix = Math.random().toString(36).slice(2, 7);
const childName = `Nour${suffix}`;
let temporal: TestWorkflowEnvironment;
let proxy: { url: string; close(): Promise<void> };
let stack: Stack;
let browser: Browser;
let caseId: string;
let since: Date;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function signIn(context: BrowserContext, userId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(stack.baseUrl + '/');
  await page.locator('select[name=userId]').selectOption(userId);
  await page.locator('.sign-in button[type=submit]').click();
  await page.locator('nav').waitFor();
  return page;
}

/** The workflow's page in the Temporal UI once its input is shown, decoded or not: the page's text. */
async function workflowPageText(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByText('Workflow Type').first().waitFor({ timeout: 30_000 });
  // decoded, the input names the child; refused, the UI says its codec could not connect
  await page.waitForFunction(() => /"childName"|Codec Server could not connect/.test((globalThis as any).document.body.innerText), undefined, { timeout: 30_000 });
  return page.locator('body').innerText();
}

maybe('the Temporal UI in Chromium', () => {
  beforeAll(async () => {
    const namespace = `masar-ui-${suffix}`;
    const uiPort = await freePort();
    temporal = await TestWorkflowEnvironment.createLocal({
      server: {
        ...(process.env.MASAR_TEMPORAL_CLI_PATH ? { executable: { type: 'existing-path' as const, path: process.env.MASAR_TEMPORAL_CLI_PATH } } : {}),
        namespace,
        ip: '127.0.0.1',
        ui: true,
        uiPort,
        extraArgs: [...SEARCH_ATTRIBUTES_CLI, '--log-level', 'error'],
      },
    });
    let codec = '';
    proxy = await startTemporalUiProxy({ target: `http://127.0.0.1:${uiPort}`, codecEndpoint: () => codec });
    stack = await startStack({ env: { MASAR_DEV_SIGN_IN: 'true', TEMPORAL_ADDRESS: temporal.address, TEMPORAL_NAMESPACE: namespace, TEMPORAL_UI_ORIGIN: proxy.url } });
    codec = `${stack.baseUrl}/codec`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    since = new Date();
    const res = await fetch(`${stack.baseUrl}/api/v1/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await stack.token('u-tanger-intake')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ provinceCode: 'TANGER_ASSILAH', entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'HIGH', narrative: 'Enfant seule la nuit', child: { firstName: childName, lastName: 'Alami', sex: 'F', estimatedAge: 10 } }),
    });
    expect(res.status).toBe(201);
    caseId = ((await res.json()) as { caseId: string }).caseId;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await proxy?.close();
    await temporal?.teardown();
  });

  test('a supervisor signed in to the console follows the case’s link and reads the history decoded, each decode audited with the case', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    try {
      const page = await signIn(context, 'u-national-supervisor');
      // the cookie: for /codec only, HttpOnly, SameSite=Strict, short-lived
      const cookie = await eventually(async () => {
        const c = (await context.cookies(stack.baseUrl + '/codec/decode')).find((k) => k.name === 'masar_codec');
        expect(c).toBeDefined();
        return c!;
      });
      expect(cookie).toMatchObject({ path: '/codec', httpOnly: true, sameSite: 'Strict' });
      expect(cookie.expires * 1000 - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 5000);
      expect((await context.cookies(stack.baseUrl + '/api/v1/me')).map((k) => k.name)).not.toContain('masar_codec');
      await page.goto(`${stack.baseUrl}/cases/${caseId}`);
      const link = page.locator('.case-links a');
      await link.waitFor();
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe(`${proxy.url}/namespaces/${encodeURIComponent(stack.config.TEMPORAL_NAMESPACE)}/workflows/case-${caseId}`);
      const text = await workflowPageText(page, href);
      expect(text).toContain(childName);
      expect(text).not.toMatch(/Codec Server could not connect/i);
      await page.screenshot({ path: path.join(SHOTS, 'temporal-ui-supervisor.png') });
      const audited = await stack.db.auditEntry.findMany({ where: { action: 'codec.decode', caseId, at: { gte: since } }, select: { actorId: true, outcome: true } });
      expect(audited.length).toBeGreaterThan(0);
      expect(new Set(audited.map((a) => `${a.actorId} ${a.outcome}`))).toEqual(new Set(['u-national-supervisor OK']));
      // signing out of the console ends the codec session: the UI shows ciphertext again
      await page.goto(stack.baseUrl + '/');
      await page.locator('header button', { hasText: /Se déconnecter|تسجيل الخروج/ }).click();
      await page.locator('select[name=userId]').waitFor();
      expect((await context.cookies(stack.baseUrl + '/codec/decode')).map((k) => k.name)).not.toContain('masar_codec');
      expect(await workflowPageText(page, href)).not.toContain(childName);
    } finally {
      await context.close();
    }
  }, 120_000);

  test('a coordinator signed in to the console, and a browser that never signed in, see ciphertext', async () => {
    const url = `${proxy.url}/namespaces/${encodeURIComponent(stack.config.TEMPORAL_NAMESPACE)}/workflows/case-${caseId}`;
    const coordinator = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const stranger = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    try {
      const page = await signIn(coordinator, 'u-tanger-coordinator');
      await page.goto(`${stack.baseUrl}/cases/${caseId}`);
      await page.locator('#case-title').waitFor();
      // the table admits coordinators to the case but not to the codec: no link, no cookie
      expect(await page.locator('.case-links a').count()).toBe(0);
      expect((await coordinator.cookies(stack.baseUrl + '/codec/decode')).map((k) => k.name)).not.toContain('masar_codec');
      const text = await workflowPageText(page, url);
      expect(text).not.toContain(childName);
      expect(text).toContain('Codec Server could not connect');
      // the input as the history holds it: ciphertext
      expect(text).toMatch(/"[A-Za-z0-9+/]{200,}={0,2}"/);
      await page.screenshot({ path: path.join(SHOTS, 'temporal-ui-coordinator.png') });
      const outsider = await stranger.newPage();
      expect(await workflowPageText(outsider, url)).not.toContain(childName);
    } finally {
      await coordinator.close();
      await stranger.close();
    }
  }, 120_000);
});
