import { describe, expect, it } from 'vitest';
import { officialLawLoaded } from '../helpers/corpus.ts';
import { useBrowser, WIDTHS } from './browser.ts';

// Dated versions of a text come from the official-law pack; without it each text has one version.
const packLoaded = officialLawLoaded();
if (!packLoaded) console.warn('compare.test.ts: the law pack was not loaded in this build: comparing two dated versions is skipped.');

describe('compare', () => {
  const browser = useBrowser();
  for (const { name, width, height } of WIDTHS) {
    it(`chooses each side by citation or title with suggestions, never by id (${name})`, async () => {
      const { page, errors } = await browser.open('/compare/', { width, height });
      const first = page.getByLabel('First provision');
      await first.fill('CIS Agreement Art. 6');
      // Suggestions are named by citation and title.
      await expect.poll(() => page.locator('#pick-a-list option').first().getAttribute('value')).toMatch(/^CIS Agreement, Article 6/);
      const suggestion = (await page.locator('#pick-a-list option').first().getAttribute('value'))!;
      await first.fill(suggestion);
      await page.getByLabel('Second provision').fill('CSTO Protocol Art. 6');
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect.poll(() => page.url()).toMatch(/\/compare\/\?a=cis%2F6&b=csto%2F6/);
      await expect.poll(() => page.locator('.compare-text del').count()).toBeGreaterThan(5);
      // The box shows the citation, not the key the address carries.
      await expect.poll(() => page.getByLabel('First provision').inputValue()).toMatch(/^CIS Agreement, Art\. 6/);
      await expect(page.getByLabel('First provision').inputValue()).resolves.not.toMatch(/cis\/6/);
      expect(errors).toEqual([]);
    });

    it(`says when two texts share no language and offers the pairs that do (${name})`, async () => {
      const { page } = await browser.open('/compare/?a=budapest/2&b=un/7', { width, height });
      const note = page.locator('.compare-languages');
      await expect.poll(() => note.textContent()).toContain('share no language');
      await expect(page.locator('.compare-text del, .compare-text ins').count()).resolves.toBe(0);
      await note.getByRole('link', { name: /Budapest Convention, Art\. 2 with Penal Code \(Kazakhstan\), Art\. 205, in English/ }).click();
      await expect.poll(() => page.locator('.compare-summary').textContent()).toMatch(/^In English: \d+ word/);
    });

    it(`lets each side choose its language, and says when they differ (${name})`, async () => {
      const { page } = await browser.open('/compare/?a=budapest/2&b=budapest/2', { width, height });
      await page.getByLabel('Language').first().selectOption('lv');
      await page.getByLabel('Language').nth(1).selectOption('en');
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect.poll(() => page.url()).toMatch(/la=lv&.*lb=en/);
      await expect.poll(() => page.locator('.compare-languages').textContent()).toMatch(/different languages \(Latvian and English\)/);
      await page.getByRole('link', { name: 'Compare both in English' }).click();
      await expect.poll(() => page.locator('.compare-summary').textContent()).toMatch(/^In English: 0 word/);
    });

    it.runIf(packLoaded)(`compares two versions of one provision in one language (${name})`, async () => {
      const { page } = await browser.open('/compare/?a=kz-penal-code/205&b=kz-penal-code/205&la=ru&lb=ru', { width, height });
      const version = page.getByLabel('Version in force from').first();
      await version.selectOption('2020-01-01');
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect.poll(() => page.url()).toMatch(/a=kz-penal-code%2F205%402020-01-01/);
      await expect.poll(() => page.locator('.compare-column h2').first().textContent()).toMatch(/in force from 01\.01\.2020/);
      await expect.poll(() => page.locator('.compare-text ins').count()).toBeGreaterThan(0);
    });
  }

  it('links to a comparison from concordance rows and provision pages where the texts share a language', async () => {
    const { page } = await browser.open('/concordance/budapest-kz/');
    await page.locator('tr#row-budapest-2').getByRole('link', { name: 'Compare the two texts word by word' }).first().click();
    await expect.poll(() => page.locator('.compare-summary').textContent()).toMatch(/^In English/);
    const { page: provision } = await browser.open('/cis/6/');
    await expect(provision.getByRole('link', { name: 'compare' }).count()).resolves.toBeGreaterThan(0);
  });
});
