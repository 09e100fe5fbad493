import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

describe('Budapest → Kazakhstan concordance table', () => {
  const browser = useBrowser();

  it('shows Budapest Art. 2 and Penal Code Art. 205 side by side in one row', async () => {
    const { page } = await browser.open('/concordance/budapest-kz/');
    // The default view holds the mappings; the row's link opens it in the full-text view.
    await page
      .locator('tr#row-budapest-2')
      .getByRole('link', { name: /Read the texts/ })
      .click();
    await expect.poll(() => page.url()).toMatch(/\/concordance\/budapest-kz\/text\/\d+\/#row-budapest-2$/);
    const row = page.locator('tr#row-budapest-2');
    const from = row.locator('td.from-cell');
    const to = row.locator('td.to-cell');
    await expect(from.textContent()).resolves.toContain('the access to the whole or any part of a computer system without right');
    await expect(to.textContent()).resolves.toContain('Intentional illegal access of information, protected by the Law');
    await expect(to.locator('.relation').textContent()).resolves.toBe('Partial');
    const [a, b] = [await from.boundingBox(), await to.boundingBox()];
    expect(a && b).toBeTruthy();
    // Side by side: same top edge, the Kazakh cell to the right of the Convention cell.
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width - 2);
  });

  it('stacks the two texts on a phone without horizontal scrolling of the page', async () => {
    const { page } = await browser.open('/concordance/budapest-kz/', { width: 390, height: 844 });
    const from = await page.locator('tr#row-budapest-2 td.from-cell').boundingBox();
    const to = await page.locator('tr#row-budapest-2 td.to-cell').boundingBox();
    expect(to!.y).toBeGreaterThan(from!.y + from!.height - 2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('has a row for every article the profile covers, gaps shown as such', async () => {
    const { page } = await browser.open('/concordance/budapest-kz/');
    await expect(page.locator('table.concordance tbody tr[id^="row-"]').count()).resolves.toBe(35);
    await expect(page.locator('tr#row-budapest-12 .relation').textContent()).resolves.toBe('None found');
    await expect(page.locator('tr#row-budapest-42 .relation').textContent()).resolves.toBe('Not assessed');
    await expect(page.locator('tr#row-budapest-12 .commentary').first().textContent()).resolves.toContain(
      'Criminal responsibility of legal entities',
    );
  });

  it('offers a CSV with one line per mapping that parses as a spreadsheet would read it', async () => {
    const { page } = await browser.open('/concordance/budapest-kz/');
    const href = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const csv = await (await page.request.get(new URL(href!, page.url()).href)).text();
    const json = (await (await page.request.get(new URL('/api/concordance/budapest-kz.json', page.url()).href)).json()) as {
      from: string;
      to: string | null;
    }[];
    const records = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(json.length);
    expect(records).toContainEqual(
      expect.objectContaining({ from: 'budapest/2', to: 'kz-penal-code/205', relation: 'partial', source: 'coe-kz-profile-2020' }),
    );
    expect(csv.split('\n').filter(Boolean)).toHaveLength(json.length + 1);
  });

  it('says the mapping is the profile’s, with its date', async () => {
    const { page } = await browser.open('/concordance/budapest-kz/');
    await expect(page.locator('.notice-quoted').textContent()).resolves.toContain('Council of Europe profile of 1 May 2020');
  });
});
