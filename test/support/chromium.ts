import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (apt package `chromium`); playwright-core downloads no browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Where screenshots go (git-ignored). */
export const ARTIFACTS_DIR = join(__dirname, '..', '..', 'test-artifacts');

/** Flags verified on this machine: no sandbox (container), no GPU, no network chatter in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumOptions {
  /** Bound on launching the browser. @default 20000 */
  launchTimeoutMs?: number;
  /** Default bound on every page action and wait. @default 10000 */
  actionTimeoutMs?: number;
  /** Browser locale (navigator.language). @default 'fr-FR' */
  locale?: string;
}

export interface ChromiumHandle {
  context: BrowserContext;
  /** A new page with the bounded default timeouts; console errors and page errors are collected. */
  newPage(): Promise<Page>;
  /** Page errors (uncaught exceptions) seen on any page, for assertions. */
  pageErrors: string[];
  /** Saves a full-page screenshot to test-artifacts/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Closes the browser (bounded) and removes the profile dir. */
  close(): Promise<void>;
}

/**
 * Launches headless Debian chromium through playwright-core with a fresh profile
 * (launchPersistentContext on a mkdtemp dir: `--user-data-dir` in args is rejected).
 * Fails with a one-line hint when the binary is missing.
 */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumHandle> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (Debian package).`);
  }
  const actionTimeoutMs = options.actionTimeoutMs ?? 10_000;
  const profileDir = mkdtempSync(join(tmpdir(), 'rempart-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: options.launchTimeoutMs ?? 20_000,
    locale: options.locale ?? 'fr-FR',
  });
  context.setDefaultTimeout(actionTimeoutMs);
  context.setDefaultNavigationTimeout(actionTimeoutMs);
  const pageErrors: string[] = [];
  context.on('page', (page) => page.on('pageerror', (err) => pageErrors.push(err.message)));
  return {
    context,
    pageErrors,
    async newPage() {
      const page = await context.newPage();
      return page;
    },
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const path = join(ARTIFACTS_DIR, `${name.replace(/[^a-zA-Z0-9._-]/g, '_')}.png`);
      await page.screenshot({ path, fullPage: true, timeout: actionTimeoutMs });
      return path;
    },
    async close() {
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((resolve) => { timer = setTimeout(resolve, 10_000); });
      await Promise.race([context.close(), bound]);
      clearTimeout(timer);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
