import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

describe('provision page', () => {
  const browser = useBrowser();

  it('offers the citation and copies it with its permalink', async () => {
    const { page } = await browser.open('/budapest/2/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await expect(page.locator('[data-short]').textContent()).resolves.toBe('Convention on Cybercrime (ETS No. 185), Art. 2');
    await page.getByRole('button', { name: 'Copy citation', exact: true }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Convention on Cybercrime \(ETS No\. 185\), Art\. 2 <http:\/\/127\.0\.0\.1:\d+\/budapest\/2\/>$/);
  });

  it('pins the citation to a paragraph reached by its permalink', async () => {
    const { page } = await browser.open('/kz-penal-code/205/');
    await page.locator('a.para-link[href="#2"]').click();
    await expect.poll(() => page.locator('[data-short]').textContent()).toBe('Penal Code of the Republic of Kazakhstan, Art. 205(2)');
    await expect.poll(() => page.locator('[data-permalink-link]').getAttribute('href')).toBe('/kz-penal-code/205/#2');
  });

  it('labels a quoted domestic text with the profile date and as unofficial', async () => {
    const { page } = await browser.open('/kz-penal-code/205/');
    await expect(page.locator('.notice-quoted').textContent()).resolves.toMatch(
      /as quoted in the Council of Europe profile of 1 May 2020 — check the current text/i,
    );
    await expect(page.locator('.version[data-lang="en"] .status').textContent()).resolves.toBe('unofficial translation');
    await expect(page.getByRole('link', { name: /Budapest Convention, Art. 2$/ }).count()).resolves.toBe(1);
  });
});
