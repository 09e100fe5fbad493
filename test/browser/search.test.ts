import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RELEVANCE } from '../lib/search/relevance-cases.ts';
import { useBrowser } from './browser.ts';

/** The provision ids of the results, in rank order, once the search has answered. */
async function results(page: Page): Promise<string[]> {
  await page.locator('[data-search-status]', { hasText: /result|No result/ }).waitFor();
  const hrefs = await page
    .locator('[data-testid="search-results"] li:not(.topic-hit) > a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.replace(/#.*$/, '').replace(/^\/|\/$/g, '')))];
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
    // The offence page comes first, then the provisions.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/offences/illegal-access/');
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

  it('answers as you type, without reloading the page; the address follows; Back and Forward return to earlier searches', async () => {
    const { page, errors } = await browser.open('/search/');
    await expect.poll(() => page.locator('[data-search-help]').isVisible()).toBe(true);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const box = page.locator('#search-q');
    const answered = (query: string) => page.locator('[data-search-status]', { hasText: `“${query}”` }).waitFor();
    // Typing answers without Enter; Enter closes the search's history entry (as a pause in typing does).
    await box.pressSequentially('205', { delay: 30 });
    await answered('205');
    expect((await results(page))[0]).toBe('kz-penal-code/205');
    await expect.poll(() => page.url()).toMatch(/\?q=205$/);
    await box.press('Enter');
    await box.fill('206');
    await answered('206');
    expect((await results(page))[0]).toBe('kz-penal-code/206');
    await expect.poll(() => page.url()).toMatch(/\?q=206$/);
    await box.press('Enter');
    await box.fill('illegal access');
    await answered('illegal access');
    await box.press('Enter');
    expect(await results(page)).toContain('budapest/2');
    // Still the same page: nothing reloaded, and the box kept the focus.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\?q=206$/);
    await answered('206');
    await expect.poll(() => box.inputValue()).toBe('206');
    await page.goForward();
    await answered('illegal access');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(errors).toEqual([]);
  });

  it('shows more results on request, never cutting the list silently', async () => {
    const { page } = await browser.open('/search/?q=party');
    await results(page);
    const status = await page.locator('[data-search-status]').textContent();
    const total = Number(/(\d+) result/.exec(status ?? '')![1]);
    const before = await page.locator('[data-testid="search-results"] li').count();
    expect(total).toBeGreaterThan(before);
    await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await expect.poll(() => page.locator('[data-testid="search-results"] li').count()).toBeGreaterThan(before);
  });

  it('keeps its place while results arrive: no layout shift', async () => {
    const { page } = await browser.open('/search/?q=illegal%20access');
    await results(page);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThanOrEqual(0.05);
  });
});
