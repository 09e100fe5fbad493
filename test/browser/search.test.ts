import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RELEVANCE } from '../lib/search/relevance-cases.ts';
import { useBrowser } from './browser.ts';

/** The provision ids of the results, in rank order, once the search has answered. */
async function results(page: Page): Promise<string[]> {
  await page.locator('[data-search-status]', { hasText: /result|No result/ }).waitFor();
  const hrefs = await page
    .locator('[data-testid="search-results"] li > a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.replace(/^\/|\/$/g, '')))];
}

describe('search in the browser', () => {
  const browser = useBrowser();

  it('passes the relevance suite on the built site', { timeout: 120_000 }, async () => {
    const { page, errors } = await browser.open('/search/');
    const failures: string[] = [];
    for (const { query, top, within = 3, never = [] } of RELEVANCE) {
      await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, page.url()).href);
      const ranked = await results(page);
      for (const id of top)
        if (!ranked.slice(0, within).includes(id))
          failures.push(`${query}: ${id} not in first ${within} (${ranked.slice(0, 5).join(', ')})`);
      for (const id of never) if (ranked.includes(id)) failures.push(`${query}: ${id} should not match`);
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('searches from the box in every page header, with a shareable address and keyboard navigation', async () => {
    const { page } = await browser.open('/budapest/2/');
    await page.getByRole('searchbox', { name: 'Search the concordance' }).fill('незаконный доступ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/search\/\?q=/);
    const ranked = await results(page);
    expect(ranked[0]).toBe('un/7');
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/un/7/');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.previousElementSibling !== null)).toBe(true);
  });

  it('narrows by facet and keeps it in the address', async () => {
    const { page } = await browser.open('/search/?q=illegal%20access');
    await results(page);
    await page.locator('select[data-facet="jurisdiction"]').selectOption('KZ');
    await expect.poll(() => page.url()).toMatch(/jurisdiction=KZ/);
    await expect.poll(async () => (await results(page))[0]).toBe('kz-penal-code/205');
  });

  it('explains what to try when nothing matches', async () => {
    const { page } = await browser.open('/search/?q=qwertyzzz');
    await expect.poll(() => page.locator('[data-search-empty]').isVisible()).toBe(true);
    await expect(page.locator('[data-testid="search-results"] li').count()).resolves.toBe(0);
  });
});
