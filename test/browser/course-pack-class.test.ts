/** Course packs handed to a class: what a row and a topic print, the layouts, the printed address and date, focus and warnings. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, WIDTHS } from './browser.ts';

/** Adds items from their pages, as a trainer would, then opens the pack. */
async function packOf(page: Page, steps: { path: string; within?: string }[]): Promise<void> {
  for (const { path, within } of steps) {
    await page.goto(new URL(path, page.url()).href);
    const scope = within ? page.locator(within) : page;
    await scope.getByRole('button', { name: 'Add to course pack' }).first().click();
    await expect.poll(() => scope.getByRole('button', { name: 'In course pack ✓' }).count()).toBeGreaterThan(0);
  }
  await page.goto(new URL('/course-pack/', page.url()).href);
  await page.locator('.pack-item .pack-body').first().waitFor();
}

describe('a course pack for a class', () => {
  const browser = useBrowser();
  for (const { name, width, height } of WIDTHS) {
    it(
      `prints a row with both sides' texts, its grade and rationale, and a topic's texts side by side (${name})`,
      { timeout: 60_000 },
      async () => {
        const { page } = await browser.open('/', { width, height });
        await packOf(page, [{ path: '/concordance/budapest-kz/', within: 'tr#row-budapest-2' }, { path: '/offences/illegal-access/' }]);
        await page.emulateMedia({ media: 'print' });
        const row = page.locator('.pack-item').first();
        await expect
          .poll(() => row.locator('.pack-rows td').allTextContents())
          .toEqual(expect.arrayContaining(['Budapest Convention, Art. 2', 'Penal Code (Kazakhstan), Art. 205', 'Partial']));
        const sides = row.locator('.pack-provision');
        await expect.poll(() => sides.count()).toBe(2);
        await expect(sides.nth(0).textContent()).resolves.toContain('access to the whole or any part of a computer system');
        await expect(sides.nth(1).textContent()).resolves.toContain('Intentional illegal access of information');
        const topic = page.locator('.pack-item').nth(1);
        await expect.poll(() => topic.locator('.pack-provision').count()).toBeGreaterThan(2);
        const [a, b] = [
          await topic.locator('.pack-provision').nth(0).boundingBox(),
          await topic.locator('.pack-provision').nth(1).boundingBox(),
        ];
        if (width > 600) expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
        else expect(b!.y).toBeGreaterThan(a!.y);
      },
    );

    it(`prints compact or one item per page, with the address, the date and its own footer (${name})`, { timeout: 60_000 }, async () => {
      const { page } = await browser.open('/', { width, height });
      await packOf(page, [{ path: '/budapest/2/' }, { path: '/budapest/6/' }, { path: '/cis/3/' }]);
      const breakOf = (i: number) =>
        page
          .locator('.pack-item')
          .nth(i)
          .evaluate((e) => getComputedStyle(e).breakBefore);
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => breakOf(1)).toBe('auto');
      await page.emulateMedia({ media: 'screen' });
      await page.locator('.pack-item').nth(2).getByLabel('Start on a new page').check();
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => breakOf(2)).toBe('page');
      await expect.poll(() => breakOf(1)).toBe('auto');
      await page.emulateMedia({ media: 'screen' });
      await page.getByLabel('One item per page').check();
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => breakOf(1)).toBe('page');
      // The printed pack names its address and the day it was printed.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const today = new Date().toISOString().slice(0, 10).split('-').reverse().join('.');
      await expect(page.locator('.pack-printed').textContent()).resolves.toMatch(
        new RegExp(`^Printed from http://[^ ]+/course-pack/\\?pack=\\S+ on ${today.replace(/\./g, '\\.')}\\.$`),
      );
      await expect(page.locator('.pack-printed').isVisible()).resolves.toBe(true);
      // The running footer belongs to the pack's named page; other pages print without it.
      await expect(page.locator('main').evaluate((m) => getComputedStyle(m).page)).resolves.toBe('pack');
      const { page: other } = await browser.open('/budapest/2/', { width, height });
      await other.emulateMedia({ media: 'print' });
      await expect(other.locator('main').evaluate((m) => getComputedStyle(m).page)).resolves.toBe('auto');
    });

    it(
      `keeps focus on the item moved, and warns before printing when the languages chosen print nothing (${name})`,
      { timeout: 60_000 },
      async () => {
        const { page } = await browser.open('/', { width, height });
        await packOf(page, [{ path: '/budapest/2/' }, { path: '/un/7/' }, { path: '/cis/3/' }]);
        const first = (await page.locator('.pack-item h2 a').first().textContent())!;
        await page.getByRole('button', { name: `Move down: ${first}` }).click();
        await expect.poll(() => page.locator('.pack-item h2 a').nth(1).textContent()).toBe(first);
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move down: ${first}`);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.pack-item h2 a').nth(2).textContent()).toBe(first);
        // At the bottom "Move down" is disabled: focus stays on the item, on "Move up".
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move up: ${first}`);
        const warning = page.locator('[data-pack-warning]');
        await expect(warning.isVisible()).resolves.toBe(false);
        for (const lang of ['English', 'Latviešu']) await page.getByLabel(lang, { exact: true }).uncheck();
        await expect.poll(() => warning.textContent()).toMatch(/print no text: (?=.*Budapest Convention, Article 2)(?=.*CIS Agreement)/);
        await expect(page.locator('.pack-nothing').first().textContent()).resolves.toMatch(/held in English/);
      },
    );
  }
});
