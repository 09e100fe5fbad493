/** Search as readers use it: offence pages first, one result per provision, citation forms to the paragraph, Latvian inflections. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, WIDTHS } from './browser.ts';

/** The links of the results once the search has answered, in order. */
async function links(page: Page): Promise<string[]> {
  await page.locator('[data-search-status]', { hasText: /result|No result/ }).waitFor();
  return page.locator('[data-testid="search-results"] li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe('search by citation, offence and inflected word', () => {
  const browser = useBrowser();
  for (const { name, width, height } of WIDTHS) {
    it(`puts the offence page first, and one result per provision with its other matching languages named (${name})`, async () => {
      const { page } = await browser.open('/search/', { width, height });
      await page.locator('#search-q').fill('illegal access');
      await expect.poll(() => links(page)).toEqual(expect.arrayContaining(['/offences/illegal-access/']));
      const found = await links(page);
      expect(found[0]).toBe('/offences/illegal-access/');
      expect(found.filter((h) => h === '/budapest/2/')).toHaveLength(1);
      const budapest = page.locator('[data-testid="search-results"] li', { has: page.locator('a[href="/budapest/2/"]') });
      await expect(budapest.locator('.search-meta').textContent()).resolves.toMatch(/also matches in Latviešu/);
    });

    it(`resolves citation forms to the article or paragraph (${name})`, async () => {
      const { page } = await browser.open('/search/', { width, height });
      const cases: [string, string][] = [
        ['ETS 185 Art. 2', '/budapest/2/'],
        ['ETS No. 185, Article 6(1)(a)', '/budapest/6/#1-a'],
        ['Art. 6(1)(a) Budapest', '/budapest/6/#1-a'],
        ['UNCC 7', '/un/7/'],
        ['UN Convention Art. 7', '/un/7/'],
        ['ст. 7 Конвенции ООН', '/un/7/'],
        ['CIS Art. 3(1)(a)', '/cis/3/#1-a'],
      ];
      for (const [query, href] of cases) {
        await page.locator('#search-q').fill(query);
        await expect.poll(async () => (await links(page))[0], { message: query }).toBe(href);
      }
      // The link names the paragraph as a citation does.
      await expect(page.locator('[data-testid="search-results"] li > a').first().textContent()).resolves.toMatch(/paragraph \(1\)\(a\)$/);
    });

    it(`matches Latvian words through their inflections (${name})`, async () => {
      const { page } = await browser.open('/search/?q=kibernoziegumi', { width, height });
      const plain = await links(page);
      expect(plain.length).toBeGreaterThan(0);
      const { page: inflected } = await browser.open('/search/?q=kibernoziegumiem', { width, height });
      await expect.poll(() => links(inflected)).toEqual(plain);
    });

    it(`shows help and examples for an empty query, and more results on request (${name})`, async () => {
      const { page } = await browser.open('/search/', { width, height });
      await expect.poll(() => page.locator('[data-search-help]').isVisible()).toBe(true);
      await page.locator('[data-search-help]').getByRole('link', { name: 'illegal access' }).click();
      await expect.poll(() => links(page)).toContain('/offences/illegal-access/');
      const before = (await links(page)).length;
      await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
      await expect.poll(async () => (await links(page)).length).toBeGreaterThan(before);
    });

    it(`a change of facet replaces the query still running (${name})`, async () => {
      const { page } = await browser.open('/search/?q=access', { width, height });
      await page.locator('select[data-facet="lang"]').selectOption('lv');
      await expect.poll(() => page.url()).toMatch(/lang=lv/);
      await expect
        .poll(() => page.locator('[data-testid="search-results"] li:not(.topic-hit) .search-meta').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining('Latviešu')]));
      const metas = await page.locator('[data-testid="search-results"] li:not(.topic-hit) .search-meta').allTextContents();
      for (const meta of metas) expect(meta).toMatch(/· Latviešu/);
    });
  }
});
