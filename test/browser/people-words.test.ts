/** Readers see citations and titles, never internal ids: in text, link text, aria-labels and matrix cells; sources by publisher. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, WIDTHS } from './browser.ts';

/** Internal ids found in what a reader sees or hears: visible text, link names, labels. */
async function idsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const keys = 'budapest|budapest-protocol|un|cis|csto|kz-[a-z0-9-]+|lv-[a-z0-9-]+';
    const id = new RegExp(`(?:^|[\\s(>])(?:${keys})\\/[0-9a-z.#-]+`, 'g');
    const spoken = [...document.querySelectorAll('[aria-label],[title]')].map(
      (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
    );
    const text = document.body.innerText;
    return [...`${text}\n${spoken.join('\n')}`.matchAll(id)]
      .map((m) => m[0].trim())
      .concat(/content\/sources\//.test(text) ? ['content/sources/'] : []);
  });
}

describe("people's words, not ids", () => {
  const browser = useBrowser();
  for (const { name, width, height } of WIDTHS) {
    it(`names provisions as citations on every working page (${name})`, { timeout: 90_000 }, async () => {
      for (const path of [
        '/',
        '/budapest/',
        '/kz-law-informatization/',
        '/budapest/2/',
        '/cis/3/',
        '/concordance/cis-budapest/',
        '/concordance/un-kz/text/1/',
        '/concordance/matrix/',
        '/offences/illegal-access/',
        '/compare/?a=cis/3&b=budapest/2',
        '/search/?q=illegal%20access',
      ]) {
        const { page } = await browser.open(path, { width, height });
        await page.waitForLoadState('networkidle');
        expect(await idsShown(page), path).toEqual([]);
      }
    });

    it(`labels matrix cells with the citations they stand for (${name})`, async () => {
      const { page } = await browser.open('/concordance/matrix/', { width, height });
      const label = await page.locator('table.matrix td.cell a').first().getAttribute('aria-label');
      expect(label).toMatch(/^[A-Z][^/]+: (Equivalent|Partial|Related|None found|Not assessed)/);
    });

    it(`names each source's document and publisher, linking the original (${name})`, async () => {
      const { page } = await browser.open('/budapest/2/', { width, height });
      const provenance = page.locator('.provenance');
      await expect(provenance.textContent()).resolves.toMatch(/published by Latvijas Vēstnesis/);
      await expect(provenance.getByRole('link', { name: 'Convention on Cybercrime' }).getAttribute('href')).resolves.toMatch(
        /^https:\/\/www\.coe\.int\/en\/web\/conventions\/.*treatynum=185$/,
      );
      const { page: act } = await browser.open('/lv-2006-ratification-law/', { width, height });
      await expect(
        act
          .locator('.particulars')
          .getByRole('link', { name: /ratification/i })
          .first()
          .getAttribute('href'),
      ).resolves.toBe('https://www.vestnesis.lv/ta/id/146481');
    });
  }
});
