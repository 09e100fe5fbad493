import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

describe('citations that link themselves', () => {
  const browser = useBrowser();

  it('a pinpoint citation in the Latvian law lands on Budapest Art. 22, paragraph (1)(d)', async () => {
    const { page } = await browser.open('/lv-2006-ratification-law/2/');
    const link = page.locator('a.cite[data-cites="budapest/22#1-d"]').first();
    await expect(link.textContent()).resolves.toBe('22.panta');
    await link.click();
    await expect.poll(() => page.url()).toMatch(/\/budapest\/22\/#1-d$/);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.getAttribute('data-anchor'))).toBe('1-d');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Article 22/);
  });

  it('a Russian range citation links the first and last article of the range', async () => {
    const { page } = await browser.open('/un/11/');
    await expect(page.locator('section.version[data-lang="ru"] a.cite[data-cites="un/7"]').first().textContent()).resolves.toBe(
      'статьями 7',
    );
    await expect(page.locator('section.version[data-lang="ru"] a.cite[data-cites="un/10"]').first().textContent()).resolves.toBe('10');
  });

  it('shows a preview on keyboard focus without moving anything', async () => {
    const { page } = await browser.open('/budapest/6/');
    const link = page.locator('section.version[data-lang="en"] a.cite[data-cites="budapest/2"]').first();
    const before = await page.evaluate(() => [
      document.documentElement.scrollHeight,
      document.querySelector('section.version[data-lang="en"] .legal-text')!.getBoundingClientRect().height,
    ]);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const preview = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(preview).toContain('Illegal access: Each Party shall adopt');
    const position = await link.evaluate((el) => getComputedStyle(el, '::after').position);
    expect(position).toBe('absolute');
    const after = await page.evaluate(() => [
      document.documentElement.scrollHeight,
      document.querySelector('section.version[data-lang="en"] .legal-text')!.getBoundingClientRect().height,
    ]);
    expect(after[1]).toBe(before[1]);
  });

  it('lists the provisions that cite an article', async () => {
    const { page } = await browser.open('/budapest/2/');
    await expect(page.locator('.cited-by').textContent()).resolves.toContain('Budapest Convention, Article 6');
  });

  it('compares CIS Art. 6 and CSTO Art. 6 word by word, marking what differs', async () => {
    const { page, errors } = await browser.open('/compare/?a=cis/6&b=csto/6');
    await expect.poll(() => page.locator('.compare-text del').count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.compare-text ins').count()).toBeGreaterThan(5);
    const columns = page.locator('.compare-column');
    await expect(columns.count()).resolves.toBe(2);
    await expect(columns.nth(0).locator('del').first().textContent()).resolves.toContain('[deleted:');
    await expect(columns.nth(1).locator('ins').first().textContent()).resolves.toContain('[inserted:');
    // Words common to both stay unmarked in each column.
    await expect(columns.nth(1).locator('.compare-text').textContent()).resolves.toContain('competent authority of the requesting Party');
    await expect(page.locator('.compare-summary').textContent()).resolves.toMatch(/\d+ word\(s\) only in the second text/);
    await page.locator('input[name="mode"][value="inline"]').check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.url()).toMatch(/mode=inline/);
    await expect.poll(() => page.locator('.compare-column').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('is linked from every CIS ↔ CSTO pair in the concordance', async () => {
    const { page } = await browser.open('/concordance/csto-cis/');
    const rows = await page.locator('table.concordance tbody tr[id^="row-"]').count();
    await expect(page.getByRole('link', { name: 'Compare the two texts word by word' }).count()).resolves.toBe(rows);
  });
});
