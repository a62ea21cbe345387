import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createHandoffService } from '../../src/handoff/handoff-service';
import type { HandoffService } from '../../src/handoff/types';
import { silentLogger } from '../../src/log';
import { MemoryCaseStore } from '../../src/queue/memory-case-store';
import { launchChromium, type ChromiumHandle } from '../support/chromium';
import { draft, RecordingNotifier, referenceFor, STAFF, startStaffServer, type StaffServer } from '../support/staff-harness';

// The staff console in real headless Debian chromium, against the real HandoffService on the
// embedded store. Cases are queued through the service (the full widget → console run is the lead's e2e).
const strings = JSON.parse(readFileSync(join(__dirname, '../../src/web/staff/i18n.json'), 'utf8')) as { fr: Record<string, string> };
const fr = strings.fr;

jest.setTimeout(60_000);

describe('staff console in chromium', () => {
  let store: MemoryCaseStore;
  let notifier: RecordingNotifier;
  let handoff: HandoffService;
  let srv: StaffServer;
  let browser: ChromiumHandle;

  beforeAll(async () => {
    browser = await launchChromium({ locale: 'fr-FR' });
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    store = new MemoryCaseStore();
    notifier = new RecordingNotifier();
    handoff = createHandoffService({ store, notifier, log: silentLogger });
    srv = await startStaffServer(handoff);
  });
  afterEach(async () => {
    await srv.close();
    await handoff.shutdown();
    await store.dispose();
  });

  async function signIn(page: Page, token: string): Promise<void> {
    await page.getByLabel(fr['signin.tokenLabel']).fill(token);
    await page.getByRole('button', { name: fr['signin.submit'] }).click();
    await page.locator('#app').waitFor({ state: 'visible' });
    await page.locator('#conn-status', { hasText: fr['conn.live'] }).waitFor();
  }

  it('signs in, sees a queued case, claims it, replies, sees the user answer live, closes', async () => {
    const d = draft({ queue: 'psychologist', summary: 'Insultes répétées depuis la rentrée.', situation: 'insults' });
    const queued = (await handoff.request(d, referenceFor(d))).case;
    const page = await browser.newPage();
    const apiCalls: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/')) apiCalls.push(r.url()); });
    await page.goto(`${srv.url}/staff`);
    await page.getByLabel(fr['signin.tokenLabel']).waitFor();
    // Before sign-in: nothing about any case, and no API call at all.
    const before = await page.content();
    expect(before).not.toContain(queued.id);
    expect(before).not.toContain(d.summary);
    expect(apiCalls).toEqual([]);
    await browser.screenshot(page, 'staff-console-1-signin');

    await signIn(page, STAFF.alice.token);
    expect(await page.evaluate("sessionStorage.getItem('rempart.staffToken')")).toBe(STAFF.alice.token);
    expect(apiCalls.some((u) => u.includes(STAFF.alice.token))).toBe(false); // never in a URL
    const item = page.locator(`.case-item[data-case-id="${queued.id}"]`);
    await item.waitFor();
    await expect(item.locator('.badge').textContent()).resolves.toBe(fr['priority.normal']);
    await page.waitForFunction(`/\\d+ s/.test(document.querySelector('.case-item[data-case-id="${queued.id}"] .wait')?.textContent ?? '')`);

    // A new emergency arrives live: priority label, announcement, title flash.
    const e = draft({ queue: 'psychologist', crisis: true, summary: 'Idées noires.' });
    const emergency = (await handoff.request(e, referenceFor(e))).case;
    const urgent = page.locator(`.case-item[data-case-id="${emergency.id}"]`);
    await urgent.waitFor();
    await expect(urgent.getAttribute('class')).resolves.toContain('prio-emergency');
    await expect(urgent.locator('.badge').textContent()).resolves.toBe(fr['priority.emergency']);
    await page.locator('#announcer', { hasText: fr['announce.newEmergency'].split(' {')[0] }).waitFor({ state: 'attached' });
    expect(await page.title()).toContain(fr['title.emergency']);
    expect(await page.locator('.case-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-case-id')))).toEqual([emergency.id, queued.id]);
    await browser.screenshot(page, 'staff-console-2-queues');

    // Keyboard: focus the case and open it with Enter.
    await item.focus();
    await page.keyboard.press('Enter');
    await page.locator('#detail-summary', { hasText: d.summary }).waitFor();
    expect(await page.locator('[data-field="situation"]').textContent()).toBe(fr['situation.insults']);
    expect(await page.locator('[data-field="platform"]').textContent()).toBe('instagram');
    expect(await page.locator('[data-field="age"]').textContent()).toBe('15');

    await page.getByRole('button', { name: fr['actions.claim'] }).click();
    await page.locator('#reply-form').waitFor({ state: 'visible' });
    expect(await notifier.waitFor((n) => n.kind === 'claimed')).toMatchObject({ staffName: 'alice' });
    // The list moves it to "in progress" with the holder's name.
    await page.locator(`#queue-psychologist .case-item[data-case-id="${queued.id}"]`, { hasText: 'pris par alice' }).waitFor();

    await page.getByLabel(fr['actions.replyLabel']).fill('Bonjour, je suis Alice, psychologue.');
    await page.getByRole('button', { name: fr['actions.send'] }).click();
    expect(await notifier.waitFor((n) => n.kind === 'staff_message')).toEqual({ kind: 'staff_message', staffName: 'alice', text: 'Bonjour, je suis Alice, psychologue.' });
    await page.locator('#transcript li.from-staff', { hasText: 'Bonjour, je suis Alice' }).waitFor();

    await handoff.userMessage(queued.id, 'Merci, ça fait du bien de parler.');
    await page.locator('#transcript li.from-user', { hasText: 'ça fait du bien' }).waitFor();
    expect(await page.locator('#transcript li.from-staff').count()).toBe(1);
    await browser.screenshot(page, 'staff-console-3-relay');

    await page.getByLabel(fr['actions.closeLabel']).selectOption('resolved');
    await page.getByRole('button', { name: fr['actions.close'] }).click();
    expect(await notifier.waitFor((n) => n.kind === 'closed')).toEqual({ kind: 'closed', outcome: 'resolved' });
    await page.locator('[data-field="status"]', { hasText: fr['status.closed'] }).waitFor();
    await browser.screenshot(page, 'staff-console-4-closed');

    await page.getByRole('button', { name: fr['signin.signOut'] }).click();
    await page.getByLabel(fr['signin.tokenLabel']).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('rempart.staffToken')")).toBeNull();
    const after = await page.locator('body').innerText();
    expect(after).not.toContain(queued.id);
    expect(after).not.toContain(d.summary);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });

  it('shows hostile user text literally and runs none of it', async () => {
    const payloads = [
      '<img src=x onerror="window.__xss=1;alert(1)">',
      '<script>window.__xss=2;alert(2)</script>',
      '"><svg onload="window.__xss=3">',
    ];
    const d = draft({ queue: 'jurist', summary: `Résumé ${payloads[0]} ${payloads[1]}`, platform: payloads[2], persona: 'adult' });
    const hostile = (await handoff.request(d, referenceFor(d))).case;
    await handoff.userMessage(hostile.id, payloads[1]);
    await handoff.userMessage(hostile.id, payloads[0]);
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => { dialogs += 1; void dialog.dismiss(); });
    await page.goto(`${srv.url}/staff`);
    await signIn(page, STAFF.carol.token);
    await page.locator(`.case-item[data-case-id="${hostile.id}"]`).click();
    await page.locator('#detail-summary').waitFor();
    await page.locator('#transcript li').nth(1).waitFor();
    expect(await page.locator('#detail-summary').textContent()).toBe(d.summary);
    expect(await page.locator('[data-field="platform"]').textContent()).toBe(payloads[2]);
    const lines = await page.locator('#transcript li .text').allTextContents();
    expect(lines).toEqual(expect.arrayContaining([payloads[0], payloads[1]]));
    // Live path too: a hostile message arriving over SSE.
    await handoff.userMessage(hostile.id, '<img src=y onerror="window.__xss=4">');
    await page.locator('#transcript li .text', { hasText: 'src=y' }).waitFor();
    await browser.screenshot(page, 'staff-console-xss');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await page.locator('#detail img, #detail script, #detail svg').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });
});
