/**
 * The widget page in real headless Debian chromium (playwright-core), served by the real server parts with
 * an echo bot that greets; the neutral exit site is answered locally by a route (no network).
 */
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumHandle } from '../support/chromium';
import { startHarness, WELCOME, type Harness } from '../integration/directline-harness';

const EXIT_URL = 'https://www.meteofrance.com/';
let app: Harness;
let browser: ChromiumHandle;
const consoleErrors: string[] = [];

beforeAll(async () => {
  app = await startHarness();
  browser = await launchChromium({ locale: 'fr-FR' });
  await browser.context.route('https://www.meteofrance.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openWidget(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(`${app.baseUrl}/`);
  return page;
}
const botSays = (page: Page, text: string) => page.locator('.webchat__bubble__content p', { hasText: text }).first();
// The test is compiled without DOM types: browser-side code is passed as strings.
const stored = (page: Page) => page.evaluate<string | null>("sessionStorage.getItem('rempart.directline')");

test('welcome, a typed message gets an answer, the conversation survives a reload; calm on a phone', async () => {
  const page = await openWidget();
  try {
    await botSays(page, WELCOME).waitFor({ timeout: 20_000 });
    await expectTexts(page);
    await browser.screenshot(page, 'widget-welcome-390x844');
    await page.locator('[data-id="webchat-sendbox-input"]').fill('bonjour');
    await page.locator('[data-id="webchat-sendbox-input"]').press('Enter');
    await botSays(page, 'echo: bonjour').waitFor();
    await browser.screenshot(page, 'widget-answer-390x844');
    const before = JSON.parse((await stored(page)) ?? '{}') as { conversationId?: string };
    expect(before.conversationId).toBeTruthy();

    await page.reload();
    await botSays(page, 'echo: bonjour').waitFor({ timeout: 20_000 });
    const after = JSON.parse((await stored(page)) ?? '{}') as { conversationId?: string };
    expect(after.conversationId).toBe(before.conversationId);
    await page.locator('[data-id="webchat-sendbox-input"]').fill('encore');
    await page.locator('[data-id="webchat-sendbox-input"]').press('Enter');
    await botSays(page, 'echo: encore').waitFor();
    await browser.screenshot(page, 'widget-after-reload-390x844');
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  } finally {
    await page.close();
  }
}, 60_000);

async function expectTexts(page: Page) {
  expect(await page.getAttribute('html', 'lang')).toBe('fr');
  expect(await page.locator('#quick-exit').innerText()).toBe('Quitter vite');
  await page.locator('#safety-contacts li').first().waitFor();
  const contacts = await page.locator('#safety-contacts li a').allInnerTexts();
  expect(contacts).toEqual(expect.arrayContaining(['112', '3114']));
  const box = await page.locator('#quick-exit').boundingBox();
  expect(box && box.height >= 44 && box.x + box.width <= 390).toBe(true);
}

test('quick exit replaces the history entry, leaves for the neutral site and clears sessionStorage', async () => {
  const page = await openWidget();
  try {
    await botSays(page, WELCOME).waitFor({ timeout: 20_000 });
    const first = JSON.parse((await stored(page)) ?? '{}') as { conversationId?: string };
    const historyLength = await page.evaluate<number>('history.length');
    await page.locator('#quick-exit').click();
    await page.waitForURL(EXIT_URL);
    expect(await page.evaluate<number>('history.length')).toBe(historyLength);
    await browser.screenshot(page, 'widget-quick-exit');

    await page.goto(`${app.baseUrl}/`);
    await botSays(page, WELCOME).waitFor({ timeout: 20_000 });
    const second = JSON.parse((await stored(page)) ?? '{}') as { conversationId?: string };
    expect(second.conversationId).not.toBe(first.conversationId);
  } finally {
    await page.close();
  }
}, 60_000);

test('Escape pressed twice leaves too', async () => {
  const page = await openWidget();
  try {
    await botSays(page, WELCOME).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(EXIT_URL);
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  } finally {
    await page.close();
  }
}, 60_000);

test('start over opens a new conversation', async () => {
  const page = await openWidget();
  try {
    await botSays(page, WELCOME).waitFor({ timeout: 20_000 });
    const first = JSON.parse((await stored(page)) ?? '{}') as { conversationId?: string };
    await page.locator('#restart').click();
    await Promise.all([page.waitForEvent('load'), page.locator('#restart-yes').click()]);
    await botSays(page, WELCOME).waitFor({ timeout: 20_000 });
    const second = JSON.parse((await stored(page)) ?? '{}') as { conversationId?: string };
    expect(second.conversationId).toBeTruthy();
    expect(second.conversationId).not.toBe(first.conversationId);
    await botSays(page, WELCOME).waitFor({ timeout: 20_000 });
  } finally {
    await page.close();
  }
}, 60_000);

test('the page sends a CSP with frame-ancestors limited to the allowed origins', async () => {
  const res = await fetch(`${app.baseUrl}/`);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'self' https://school.example");
  expect(csp).toContain("script-src 'self'");
  const embed = await fetch(`${app.baseUrl}/widget/embed.js`);
  expect(embed.headers.get('content-type')).toMatch(/javascript/);
  const cors = await fetch(`${app.baseUrl}/v3/directline/tokens/generate`, { method: 'POST', headers: { Origin: 'https://school.example' } });
  expect(cors.headers.get('access-control-allow-origin')).toBe('https://school.example');
  const foreign = await fetch(`${app.baseUrl}/v3/directline/tokens/generate`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
  expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
});
