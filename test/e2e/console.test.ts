// The console in a real browser (Debian's Chromium through playwright-core,
// never a downloaded one) over the real stack: the API in-process serving the
// built console (dist/console), a pathway worker, this run's PostgreSQL,
// Redis and Temporal. Intake files a report (a double click files once), the
// coordinator finds it in their work and acknowledges it, the case page shows
// the stage in Arabic (right to left) and in French; the coordinator records
// the guardian's consent and refers the child, the provider accepts in its
// inbox; the assessment's deadline (a 20-second policy for this test) passes
// and the supervisor's page shows the overdue step and its escalation, whose
// alert delivery the case's page lists; the
// case's history reads in both languages. Each page passes axe with no
// serious violation; screenshots go to docs/screenshots/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { STAGES } from '../../libs/domain/pathway';
import { DEFAULT_POLICY } from '../../libs/domain/steps';
import { eventually } from '../support/eventually';
import { startStack, type Stack } from '../support/stack';

const CHROMIUM = process.env.MASAR_CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '../../docs/screenshots');
const hasBrowser = existsSync(CHROMIUM);
const hasConsole = existsSync(path.resolve(__dirname, '../../dist/console/index.html'));
const maybe = hasBrowser && hasConsole ? describe : describe.skip;
if (!hasBrowser || !hasConsole) {
  process.stderr.write(`console e2e skipped: ${!hasBrowser ? `no Chromium at ${CHROMIUM} (apt-get install chromium)` : 'dist/console not built (npm run build:console)'}\n`);
}

let stack: Stack;
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];
const suffix = Math.random().toString(36).slice(2, 7);
const childName = `Salma${suffix}`;
const state: { reference?: string; caseId?: string } = {};
/** The assessment of a MEDIUM case of Tanger falls due this long after the acknowledgement (restored after the file). */
const ASSESSMENT_DEADLINE = 'PT20S';

async function assessmentPolicy(duration: string) {
  const res = await fetch(`${stack.baseUrl}/api/v1/policies`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${await stack.token('u-tanger-committee')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ provinceCode: 'TANGER_ASSILAH', step: 'ASSESSMENT', riskLevel: 'MEDIUM', duration }),
  });
  expect(res.status).toBe(200);
}

async function seriousViolations(p: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: p as never }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function signInAs(userId: string) {
  await page.goto(stack.baseUrl + '/');
  const signOut = page.locator('header button', { hasText: /تسجيل الخروج|Se déconnecter/ });
  if (await signOut.count()) {
    await signOut.click();
  }
  await page.locator('select[name=userId]').selectOption(userId);
  await page.locator('.sign-in button[type=submit]').click();
  await page.locator('nav').waitFor();
}

/** The stages whose circle or name reaches outside the pathway's box (clipped or scrolled away). */
async function stagesOutsideTheirBox(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const doc = (globalThis as any).document;
    const box = doc.querySelector('.pathway').getBoundingClientRect();
    return [...doc.querySelectorAll('.pathway .stage')]
      .filter((li: any) => [li.querySelector('.dot'), li.querySelector('.name')].some((el: any) => {
        const r = el.getBoundingClientRect();
        return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.width === 0;
      }))
      .map((li: any) => li.querySelector('.name').textContent);
  });
}

maybe('the console in Chromium', () => {
  beforeAll(async () => {
    // alerts: the notifier and its local mail server and SMSC, so the escalation's delivery is recorded and sent
    stack = await startStack({ alerts: true, env: { MASAR_DEV_SIGN_IN: 'true' } });
    await assessmentPolicy(ASSESSMENT_DEADLINE);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Tokyo', locale: 'ar-MA' });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (stack) await assessmentPolicy(DEFAULT_POLICY.ASSESSMENT.MEDIUM).catch(() => undefined);
    await stack?.stop();
  });

  test('the console is served at / under a strict CSP, and the API keeps its own paths', async () => {
    const res = await fetch(stack.baseUrl + '/work');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script>(?!<)/);
    const api = await fetch(stack.baseUrl + '/api/v1/nowhere');
    expect(api.headers.get('content-type')).toMatch(/problem\+json/);
  });

  test('sign-in page: Arabic by default, right to left, no serious accessibility violation', async () => {
    await page.goto(stack.baseUrl + '/');
    await page.locator('select[name=userId]').waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await expect(page.locator('h1').textContent()).resolves.toBe('تسجيل الدخول');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'sign-in-ar.png') });
  });

  test('intake files a report once, even on a double click', async () => {
    await signInAs('u-tanger-intake');
    await page.goto(stack.baseUrl + '/intake');
    await page.locator('select[name=provinceCode] option[value=TANGER_ASSILAH]').waitFor({ state: 'attached' });
    await page.locator('select[name=entryPoint]').selectOption('SCHOOL');
    await page.locator('select[name=provinceCode]').selectOption('TANGER_ASSILAH');
    await page.locator('select[name=category]').selectOption('NEGLECT');
    await page.locator('select[name=riskLevel]').selectOption('MEDIUM');
    await page.locator('textarea[name=narrative]').fill('Absences répétées, enfant seul à la sortie de l’école');
    await page.locator('input[name=firstName]').fill(childName);
    await page.locator('input[name=lastName]').fill('Tazi');
    await page.locator('select[name=sex]').selectOption('F');
    await page.locator('input[name=estimatedAge]').fill('9');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'intake-ar.png'), fullPage: true });
    await page.locator('form button[type=submit]').dblclick();
    const done = page.locator('.notice-ok');
    await done.waitFor();
    const text = (await done.textContent()) ?? '';
    const reference = /MSR-\d{4}-[0-9A-F]{8}/.exec(text)?.[0];
    expect(reference).toBeDefined();
    state.reference = reference;
    const rows = await stack.db.case.findMany({ where: { child: { firstName: childName } }, select: { id: true, reference: true } });
    expect(rows.map((r) => r.reference)).toEqual([reference]);
    state.caseId = rows[0].id;
    expect(await stack.db.report.count({ where: { caseId: rows[0].id } })).toBe(1);
  });

  test('a report with a missing field shows the problem under that field, in the user’s language', async () => {
    await page.goto(stack.baseUrl + '/intake');
    await page.locator('select[name=provinceCode] option[value=TANGER_ASSILAH]').waitFor({ state: 'attached' });
    await page.locator('select[name=provinceCode]').selectOption('TANGER_ASSILAH');
    await page.locator('select[name=category]').selectOption('NEGLECT');
    await page.locator('select[name=riskLevel]').selectOption('LOW');
    await page.locator('form button[type=submit]').click();
    const error = page.locator('.field-invalid .error').first();
    await error.waitFor();
    expect(await error.textContent()).toBe('هذا الحقل إجباري.');
    expect(await page.locator('.field-invalid textarea[name=narrative]').count()).toBe(1);
  });

  test('the coordinator sees the step in their work, opens the case and acknowledges it; the stage moves on the drawing', async () => {
    await signInAs('u-tanger-coordinator');
    await page.goto(stack.baseUrl + '/work');
    const link = page.locator('table a', { hasText: state.reference! });
    await link.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'my-work-ar.png'), fullPage: true });
    await link.click();
    await page.locator('#case-title').waitFor();
    const current = page.locator('.pathway [aria-current=step] .name');
    expect(await current.textContent()).toBe('مبلَّغ عنه');
    const ack = page.locator('form[aria-labelledby=action-acknowledge]');
    await ack.locator('button[type=submit]').click();
    // The answer refreshes the case: the acknowledgement's form goes (with its notice) and the stage moves.
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.pathway [aria-current=step] .name')?.textContent === 'تقييم', undefined, { timeout: 20_000 });
    await page.locator('.timeline li').first().waitFor();
    // every visible word from the Arabic catalogue: the user's role and province in the header ...
    const province = await stack.db.province.findUniqueOrThrow({ where: { code: 'TANGER_ASSILAH' }, select: { nameAr: true } });
    await page.waitForFunction((text) => (globalThis as any).document.querySelector('header .signed-in')?.textContent === text, `منسق · ${province.nameAr}`, { timeout: 10_000 });
    // ... the timeline's events and the record's fields, never their codes or keys
    await page.locator('.record dl').first().waitFor();
    const timeline = await page.locator('.timeline strong').allTextContents();
    expect(timeline).toEqual(expect.arrayContaining(['تبليغ مسجَّل', 'التكفل بالملف', 'الانتقال إلى مرحلة: تقييم']));
    const record = (await page.locator('.record').textContent()) ?? '';
    expect(record).toContain('نقطة الدخول');
    expect(record).toContain('المدرسة');
    expect(record).toContain('الإهمال');
    expect(record.replace('Absences répétées, enfant seul à la sortie de l’école', '').replace(/u-tanger-intake/g, '')).not.toMatch(/[A-Za-z]/);
    expect(timeline.join(' ')).not.toMatch(/[A-Za-z]/);
    // the pathway drawn whole inside its box, on a wide screen and on a phone
    expect(await stagesOutsideTheirBox(page)).toEqual([]);
    // every stage of libs/domain but MERGED (drawn only on a merged duplicate)
    expect(await page.locator('.pathway .stage').count()).toBe(STAGES.filter((st) => st !== 'MERGED').length);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'case-ar.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      expect(await stagesOutsideTheirBox(page)).toEqual([]);
      expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.locator('#pathway-title').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'case-phone-ar.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('the case reads in French, left to right, dates in Africa/Casablanca', async () => {
    await page.locator('header button.lang').click();
    await page.waitForFunction(() => (globalThis as any).document.documentElement.lang === 'fr');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('.pathway [aria-current=step] .name').textContent()).toBe('Évaluation');
    expect(await page.locator('#case-title').textContent()).toBe(`Dossier ${state.reference}`);
    expect(await page.locator('header .signed-in').textContent()).toBe('Coordinateur · Tanger-Assilah');
    expect(await page.locator('.timeline strong').allTextContents()).toEqual(expect.arrayContaining(['Prise en charge', 'Passage à l’étape : Évaluation']));
    expect(await stagesOutsideTheirBox(page)).toEqual([]);
        const opened = await stack.db.case.findUniqueOrThrow({ where: { id: state.caseId! }, select: { openedAt: true } });
    // the browser runs in Tokyo (UTC+9): a time shown in the browser's zone would read 8 or 9 hours later.
    // Compared with the browser's own tz data (Debian's Chromium and Node can disagree on Morocco's future offsets)
    const clock = (timeZone: string) => page.evaluate(([at, tz]) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: tz }).format(new Date(at)), [opened.openedAt.toISOString(), timeZone] as const);
    const shown = ((await page.locator('dt:has-text("Ouvert le") + dd').textContent()) ?? '').replace(/\s/g, ' ');
    expect(shown).toContain(await clock('Africa/Casablanca'));
    expect(shown).not.toContain(await clock('Asia/Tokyo'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'case-fr.png'), fullPage: true });
  });

  test('the coordinator records the guardian’s consent and refers the child; the provider accepts in its inbox', async () => {
    // still the coordinator, in French, on the case
    await page.goto(`${stack.baseUrl}/cases/${state.caseId}`);
    const consent = page.locator('form[aria-labelledby=action-consent]');
    await consent.locator('select[name=givenBy]').selectOption('GUARDIAN');
    await consent.locator('button[type=submit]').click();
    await consent.locator('.notice-ok').waitFor();
    const provider = await stack.db.user.findUniqueOrThrow({ where: { id: 'u-tanger-provider-upe' }, select: { organisationId: true } });
    const refer = page.locator('form[aria-labelledby=action-referrals]');
    await refer.locator(`select[name=organisationId] option[value="${provider.organisationId}"]`).waitFor({ state: 'attached' });
    await refer.locator('select[name=organisationId]').selectOption(provider.organisationId!);
    await refer.locator('select[name=service]').selectOption('PSYCHOLOGICAL');
    // a missing reason is marked under its field, in French, and nothing is recorded
    const redirect = page.locator('form[aria-labelledby=action-judicial-redirection]');
    await redirect.locator('button[type=submit]').click();
    expect(await redirect.locator('.field-invalid .error').textContent()).toBe('Ce champ est obligatoire.');
    await refer.locator('button[type=submit]').click();
    await refer.locator('.notice-ok').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const referral = await eventually(async () => {
      const r = await stack.db.referral.findFirst({ where: { caseId: state.caseId! }, select: { id: true, status: true, organisationId: true } });
      expect(r).not.toBeNull();
      return r!;
    });
    expect(referral).toMatchObject({ status: 'PENDING', organisationId: provider.organisationId });
    expect(await stack.db.pathwayEvent.count({ where: { caseId: state.caseId!, type: 'REDIRECTED_SOCIAL_TO_JUDICIAL' } })).toBe(0);

    await signInAs('u-tanger-provider-upe');
    await page.goto(stack.baseUrl + '/inbox');
    const accept = page.locator(`form[aria-labelledby="action-accept-${referral.id}"]`);
    await accept.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'inbox-fr.png'), fullPage: true });
    await accept.locator('button[type=submit]').click();
    await eventually(async () => (await stack.db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status === 'ACCEPTED', { timeoutMs: 20_000 });
  });

  test('the missed assessment deadline and its escalation show on the supervisor’s page', async () => {
    // the assessment opened at the acknowledgement, due 20 s later: its ladder alerts once it is past
    await eventually(async () => (await stack.db.escalation.count({ where: { caseId: state.caseId!, step: 'ASSESSMENT' } })) > 0, { timeoutMs: 60_000 });
    await signInAs('u-national-supervisor');
    await page.goto(stack.baseUrl + '/supervision');
    const row = page.locator('#overdue-title ~ .table-wrap tr', { hasText: state.reference! });
    await row.waitFor();
    expect(await row.textContent()).toContain('Diagnostic de la situation');
    expect(await row.locator('td').last().textContent()).toMatch(/^niveau \d+$/);
    await page.locator('figure.chart figcaption', { hasText: 'Escalades par province et niveau' }).waitFor();
    expect(await page.locator('figure.chart', { hasText: 'Escalades par province et niveau' }).locator('svg').getAttribute('aria-label')).toContain('Tanger-Assilah');
    // the case's page, from the overdue row, lists the escalation's alert and where its delivery stands
    await row.locator('a').click();
    const delivery = page.locator('section[aria-labelledby=deliveries-title] tbody tr', { hasText: 'Diagnostic de la situation' }).first();
    await delivery.waitFor();
    expect(await delivery.locator('td').nth(3).textContent()).toMatch(/^(Courriel|SMS)$/);
    expect(await delivery.locator('td').nth(4).textContent()).toMatch(/^(En attente d’envoi|Envoyée|Remise)/);
  });

  test('the case’s history reads in French and in Arabic: the referral accepted, by whom', async () => {
    await signInAs('u-tanger-coordinator');
    await page.goto(`${stack.baseUrl}/cases/${state.caseId}`);
    // the provider's acceptance reaches the case's timeline through the referral's pathway
    await eventually(
      async () => {
        await page.reload();
        await page.locator('.timeline li').first().waitFor();
        expect(await page.locator('.timeline strong').allTextContents()).toEqual(expect.arrayContaining(['Prise en charge', 'Orientation acceptée']));
        return true;
      },
      { timeoutMs: 30_000, attemptMs: 15_000 },
    );
    await page.locator('header button.lang').click();
    await page.waitForFunction(() => (globalThis as any).document.documentElement.lang === 'ar');
    const ar = await page.locator('.timeline strong').allTextContents();
    expect(ar).toEqual(expect.arrayContaining(['التكفل بالملف', 'قبول الإحالة']));
    expect(ar.join(' ')).not.toMatch(/[A-Za-z]/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('header button.lang').click();
    await page.waitForFunction(() => (globalThis as any).document.documentElement.lang === 'fr');
  });

  test('a case that does not exist shows a sentence and a retry, never a blank page', async () => {
    await page.goto(`${stack.baseUrl}/cases/00000000-0000-4000-8000-000000000000`);
    const panel = page.locator('.load-error');
    await panel.waitFor();
    expect(await panel.locator('p').textContent()).toBe('Impossible de charger cette page : Introuvable.');
    expect(await panel.locator('button').textContent()).toBe('Réessayer');
  });

  test('the supervisor’s page, the provider’s inbox and the templates page pass axe', async () => {
    await signInAs('u-national-supervisor');
    await page.goto(stack.baseUrl + '/supervision');
    await page.locator('#overdue-title').waitFor();
    expect(await page.locator('header .signed-in').textContent()).toBe('Superviseur national');
    await page.locator('#ind-title ~ button, #ind-title ~ figure').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'supervision-fr.png'), fullPage: true });
    await signInAs('u-tanger-provider-upe');
    expect(await page.locator('nav a').allTextContents()).toEqual(['Orientations reçues']);
    await page.goto(stack.baseUrl + '/inbox');
    await page.locator('#inbox-title').waitFor();
    await page.locator('.panel').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await signInAs('u-national-admin');
    await page.goto(stack.baseUrl + '/templates');
    await page.locator('#templates-title ~ .table-wrap table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
