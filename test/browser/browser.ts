/** A Chromium page per test file, with the console errors it logs collected for assertions. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Flags for a closed network: no background connections, no first-run UI.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function url(path: string): string {
  return `${inject('baseUrl')}${path}`;
}

/** Launches one browser for the file; `open` gives a fresh context and page whose console errors are recorded. */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  // Every page runs under its Content-Security-Policy; a violation fails the test that caused it.
  const violations: string[] = [];
  afterEach(() => {
    const found = violations.splice(0);
    expect(found, 'Content-Security-Policy violations').toEqual([]);
  });
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  return {
    async open(
      path: string,
      options: { width?: number; height?: number; permissions?: string[] } = {},
    ): Promise<{ page: Page; errors: string[] }> {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        permissions: options.permissions ?? [],
      });
      contexts.push(context);
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
        ),
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        errors.push(message.text());
        if (/^CSP violation|Content Security Policy/.test(message.text())) violations.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(url(path));
      if (!response || response.status() !== 200) throw new Error(`GET ${path} answered ${response?.status()}`);
      return { page, errors };
    },
    context: () => browser,
    /** The CSP violations recorded so far, taken (so a test that provokes one on purpose can check it). */
    takeViolations: () => violations.splice(0),
  };
}

/** Accessibility violations of impact serious or critical, as short strings for readable failures. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Accessibility violations of impact moderate, serious or critical (everything above minor). */
export async function violationsAboveMinor(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact !== 'minor' && v.impact !== null && v.impact !== undefined)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether any part of the element is inside the window (vitest's expect has no Playwright matchers). */
export function inViewport(locator: import('playwright-core').Locator): Promise<boolean> {
  return locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
  });
}

/** The widths every page type and working surface is checked at: a desktop and a small phone. */
export const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];
