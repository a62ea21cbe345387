import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/env';
import { silentLogger } from '../../src/log';
import { localePattern, t } from '../support/bot-harness';
import { launchChromium, type ChromiumHandle } from '../support/chromium';

/**
 * The whole product in real headless chromium, on the app as `createApp` builds it (embedded stores):
 * a teenager asks for a psychologist in the widget, the case appears in the staff console, the staff
 * member claims it and replies, the reply appears in the widget, the teenager's answer arrives live
 * in the console, the case is closed and the widget is told. Then quick exit.
 */
const staffStrings = (JSON.parse(readFileSync(join(__dirname, '../../src/web/staff/i18n.json'), 'utf8')) as { fr: Record<string, string> }).fr;
const TOKEN = 'alice-token-0123456789abcdef';

let browser: ChromiumHandle;

beforeAll(async () => {
  browser = await launchChromium({ locale: 'fr-FR' });
  await browser.context.route('https://www.meteofrance.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const bubble = (page: Page, pattern: RegExp) => page.locator('.webchat__bubble__content', { hasText: pattern }).last();
/** Web Chat renders markdown, so match the first line of a locale string, whatever its variables. */
const firstLine = (key: string, persona?: 'teen' | 'adult') => {
  // Web Chat's markdown also turns straight apostrophes into typographic ones.
  const source = localePattern(key, 'fr', persona).source.split('|').map((v) => v.split('\\n')[0]).join('|');
  return new RegExp(source.replace(/'/g, "['’]"));
};

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

// With an app id (Teams registered; Azure is not reachable here and not needed by the widget path).
const modes = [
  { mode: 'no app id (emulator mode)', env: {} },
  { mode: 'with MicrosoftAppId set', env: { MicrosoftAppId: '00000000-0000-0000-0000-00000000b07a', MicrosoftAppPassword: 'fake-secret-for-tests' } },
];

describe.each(modes)('$mode', ({ env }) => {
  let app: App;
  let baseUrl: string;
  beforeAll(async () => {
    app = await createApp(loadConfig({ PORT: '0', STAFF_TOKENS: `alice:psychologist:${TOKEN}`, LOG_LEVEL: 'error', ...env }), { log: silentLogger });
    baseUrl = await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
  });

  test('widget → psychologist queue → staff console claim and reply → widget → close', async () => {
    const widget = await browser.newPage();
    await widget.setViewportSize({ width: 390, height: 844 });
    await widget.goto(`${baseUrl}/`);
    await bubble(widget, firstLine('welcome.intro')).waitFor({ timeout: 20_000 });

    await send(widget, "ils font tourner des photos de moi nue sur snap j'ai 15 ans");
    await bubble(widget, firstLine('triage.understood.revenge_porn')).waitFor();
    await send(widget, 'je veux parler à une psy');
    await bubble(widget, firstLine('handoff.confirm.psychologist')).waitFor();
    await widget.locator('button.webchat__suggested-actions__button', { hasText: t('common.yes') }).click();
    await bubble(widget, firstLine('handoff.askConsent')).waitFor();
    await widget.locator('button.webchat__suggested-actions__button', { hasText: t('common.yes') }).click();
    await bubble(widget, firstLine('handoff.queued', 'teen')).waitFor();
    await browser.screenshot(widget, 'e2e-widget-queued');

    const [queued] = await app.handoff.list({ name: 'alice', role: 'psychologist' }, {});
    expect(queued).toMatchObject({ queue: 'psychologist', situation: 'revenge_porn', persona: 'teen', age: 15, priority: 'high', channel: 'directline' });

    const console_ = await browser.newPage();
    await console_.goto(`${baseUrl}/staff`);
    await console_.getByLabel(staffStrings['signin.tokenLabel']).fill(TOKEN);
    await console_.getByRole('button', { name: staffStrings['signin.submit'] }).click();
    const item = console_.locator(`.case-item[data-case-id="${queued.id}"]`);
    await item.waitFor();
    await item.click();
    await console_.getByRole('button', { name: staffStrings['actions.claim'] }).click();
    await bubble(widget, firstLine('handoff.notice.claimed', 'teen')).waitFor();

    await console_.getByLabel(staffStrings['actions.replyLabel']).fill('Bonjour, je suis Alice. Je suis là pour toi.');
    await console_.getByRole('button', { name: staffStrings['actions.send'] }).click();
    await bubble(widget, /Je suis là pour toi/).waitFor();

    await send(widget, 'merci ça me rassure');
    await console_.locator('#transcript li.from-user', { hasText: 'merci ça me rassure' }).waitFor();
    await browser.screenshot(console_, 'e2e-console-relay');

    await console_.getByLabel(staffStrings['actions.closeLabel']).selectOption('resolved');
    await console_.getByRole('button', { name: staffStrings['actions.close'] }).click();
    await bubble(widget, firstLine('handoff.notice.closed', 'teen')).waitFor();
    await browser.screenshot(widget, 'e2e-widget-closed');

    await widget.locator('#quick-exit').click();
    await widget.waitForURL('https://www.meteofrance.com/');
    expect(browser.pageErrors).toEqual([]);
  }, 90_000);
});
