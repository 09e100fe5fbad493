/** The way in and reading: the home page, external links, reading measure, the first screen on a phone, dark mode and print. */
import { describe, expect, it } from 'vitest';
import { inViewport, useBrowser, violationsAboveMinor, WIDTHS } from './browser.ts';

describe('the way in', () => {
  const browser = useBrowser();
  for (const { name, width, height } of WIDTHS) {
    it(`starts the home page with search and the questions readers bring (${name})`, async () => {
      const { page } = await browser.open('/', { width, height });
      const box = page.getByRole('searchbox', { name: /Search by article, offence or words/ });
      await expect.poll(() => inViewport(box)).toBe(true);
      for (const heading of ['An article', 'An offence', 'A country', 'Main concordance tables', 'What is new'])
        await expect(page.getByRole('heading', { name: heading }).count()).resolves.toBe(1);
      await expect(
        page.locator('section[aria-labelledby="h-offence"]').getByRole('link', { name: 'Illegal access' }).getAttribute('href'),
      ).resolves.toBe('/offences/illegal-access/');
      await expect(page.getByRole('link', { name: 'Coverage matrix' }).getAttribute('href')).resolves.toBe('/concordance/matrix/');
      await expect(page.locator('.news li').first().textContent()).resolves.toMatch(/^\d\d\.\d\d\.\d{4} — /);
      await expect(page.locator('.instrument-list').first().textContent()).resolves.toMatch(/text as of \d\d\.\d\d\.\d{4}/);
      await box.fill('Art. 2 Budapest');
      await box.press('Enter');
      await expect.poll(() => page.url()).toMatch(/\/search\/\?q=Art\.\+2\+Budapest$/);
    });

    it(`marks links that leave the site (${name})`, async () => {
      const { page } = await browser.open('/budapest/2/', { width, height });
      const original = page.locator('.provenance a[href^="https://www.coe.int/"]');
      await expect(original.count()).resolves.toBe(1);
      const marker = await original.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(marker).toContain('↗');
      expect(marker).toContain('external site');
      const internal = await page
        .locator('.breadcrumbs a')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(internal).toBe('none');
    });

    it(`keeps long legal text at a readable measure (${name})`, async () => {
      for (const path of ['/csto/6/', '/budapest/6/', '/kz-penal-code/205/', '/concordance/un-kz/text/2/']) {
        const { page } = await browser.open(path, { width, height });
        const widest = await page.locator('.legal-text').evaluateAll((blocks) => {
          const canvas = document.createElement('canvas').getContext('2d')!;
          return Math.max(
            ...blocks.map((b) => {
              const style = getComputedStyle(b);
              canvas.font = `${style.fontSize} ${style.fontFamily}`;
              // Characters per line: the block's width over the width of an average character of its own text.
              const sample = (b.textContent ?? '').slice(0, 400) || 'x';
              const average = canvas.measureText(sample).width / sample.length;
              return b.getBoundingClientRect().width / average;
            }),
          );
        });
        expect(widest, path).toBeLessThanOrEqual(85);
      }
    });

    it(`prints provision, topic and table pages without the site's navigation (${name})`, async () => {
      for (const path of ['/budapest/6/', '/offences/illegal-access/', '/concordance/un-kz/']) {
        const { page } = await browser.open(path, { width, height });
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.site-header nav').isVisible(), path).resolves.toBe(false);
        await expect(page.locator('h1').isVisible(), path).resolves.toBe(true);
      }
      const { page } = await browser.open('/budapest/6/', { width, height });
      await page.emulateMedia({ media: 'print' });
      // Every language version prints, whichever one a phone was showing.
      await expect(
        page.locator('.version[data-lang]').evaluateAll((v) => v.map((e) => getComputedStyle(e).display)),
      ).resolves.not.toContain('none');
    });

    it(`follows the system's dark setting, keeping contrast (${name})`, async () => {
      for (const path of ['/', '/budapest/2/', '/concordance/un-kz/', '/search/?q=illegal%20access']) {
        const { page } = await browser.open(path, { width, height });
        await page.emulateMedia({ colorScheme: 'dark' });
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r, g, b] = background.match(/\d+/g)!.map(Number);
        expect(r! + g! + b!, path).toBeLessThan(150);
        expect(await violationsAboveMinor(page), path).toEqual([]);
      }
    });
  }

  it('shows the article text within the first screen on a phone', async () => {
    for (const path of ['/budapest/2/', '/un/7/', '/kz-penal-code/205/', '/cis/3/']) {
      const { page } = await browser.open(path, { width: 375, height: 812 });
      const top = await page
        .locator('.legal-text p, .legal-text li')
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
      expect(top, path).toBeLessThan(812 - 40);
    }
  });
});
