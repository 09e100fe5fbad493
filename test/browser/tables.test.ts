import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inViewport, useBrowser, WIDTHS } from './browser.ts';

/** The ids of the rows the filter leaves visible. */
const visibleRows = (page: Page) =>
  page.locator('table.concordance tr[data-targets]').evaluateAll((rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.id));

describe('concordance tables people can work with', () => {
  const browser = useBrowser();
  for (const { name, width, height } of WIDTHS) {
    it(`jumps to a chapter's article from the jump list (${name})`, async () => {
      const { page } = await browser.open('/concordance/un-kz/', { width, height });
      await page.getByText('Jump to a chapter or article').click();
      const list = page.locator('.jump-list');
      await expect(list.locator('.jump-heading').first().textContent()).resolves.toContain('Chapter I');
      await list.getByRole('link', { name: 'Art. 7', exact: true }).click();
      await expect.poll(() => page.url()).toMatch(/#row-un-7$/);
      await expect.poll(() => inViewport(page.locator('tr#row-un-7'))).toBe(true);
    });

    it(`filters rows by grade and by instrument, and the address shares the filter (${name})`, async () => {
      // The Budapest → Kazakhstan table is committed data: the same with or without the law pack.
      const { page } = await browser.open('/concordance/budapest-kz/', { width, height });
      const all = (await visibleRows(page)).length;
      for (const grade of ['Equivalent', 'Partial', 'Related', 'Not assessed']) await page.getByLabel(grade, { exact: true }).uncheck();
      await expect.poll(() => page.url()).toMatch(/grade=none$/);
      const none = await visibleRows(page);
      expect(none).toContain('row-budapest-12');
      expect(none.length).toBeLessThan(all);
      for (const id of none) await expect(page.locator(`tr#${id} .relation`).first().textContent()).resolves.toBe('None found');
      await expect(page.locator('[data-filter-status]').textContent()).resolves.toBe(`${none.length} of ${all} rows shown.`);
      // The address alone rebuilds the view.
      const { page: shared } = await browser.open(new URL(page.url()).pathname + new URL(page.url()).search, { width, height });
      await expect.poll(() => visibleRows(shared)).toEqual(none);
      await expect(shared.getByLabel('Partial', { exact: true }).isChecked()).resolves.toBe(false);
      // By instrument: every row left names that instrument.
      for (const grade of ['Equivalent', 'Partial', 'Related']) await shared.getByLabel(grade, { exact: true }).check();
      await shared.getByLabel('Counterparts in').selectOption({ label: 'Criminal Procedure Code (Kazakhstan)' });
      await expect.poll(() => shared.url()).toMatch(/in=kz-criminal-procedure-code/);
      const rows = await visibleRows(shared);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(all);
      for (const id of rows) await expect(shared.locator(`tr#${id} .to-cell`).textContent()).resolves.toContain('Criminal Procedure Code');
    });

    it(`offers a compact mappings view and a full-text view, each at its own address (${name})`, async () => {
      const { page } = await browser.open('/concordance/un-kz/', { width, height });
      const row = page.locator('tr#row-un-8');
      await expect(row.locator('.legal-text').count()).resolves.toBe(0);
      await expect(row.textContent()).resolves.toContain('Grade (editorial)');
      await page.getByRole('link', { name: 'With full texts' }).click();
      await expect.poll(() => page.url()).toMatch(/\/concordance\/un-kz\/text\/1\/$/);
      await expect(page.getByRole('link', { name: 'With full texts' }).getAttribute('aria-current')).resolves.toBe('page');
      const pager = page.getByRole('navigation', { name: 'Pages of the full-text view', exact: true });
      if (await pager.count()) {
        await pager.getByRole('link').nth(1).click();
        await expect.poll(() => page.url()).toMatch(/\/text\/2\/$/);
        await expect(pager.getByRole('link').nth(1).getAttribute('aria-current')).resolves.toBe('page');
      }
      await page.goto(new URL('/concordance/un-kz/', page.url()).href);
      await page
        .locator('tr#row-un-8')
        .getByRole('link', { name: /Read the texts/ })
        .click();
      await expect.poll(() => page.url()).toMatch(/\/concordance\/un-kz\/text\/\d+\/#row-un-8$/);
      await expect(page.locator('tr#row-un-8 .from-cell .legal-text').first().textContent()).resolves.toMatch(/\S/);
      await page
        .locator('tr#row-un-8')
        .getByRole('link', { name: /Mappings only/ })
        .click();
      await expect.poll(() => page.url()).toMatch(/\/concordance\/un-kz\/#row-un-8$/);
    });

    it(`titles rows in the reader's language, the translation labelled (${name})`, async () => {
      const { page } = await browser.open('/concordance/un-kz/', { width, height });
      const heading = page.locator('tr#row-un-7 .from-cell h2');
      await expect(heading.textContent()).resolves.toMatch(/Article 7 – Незаконный доступ \(Illegal access, unofficial translation\)/);
    });

    it(`prints rows as blocks so no column is left blank (${name})`, async () => {
      const { page } = await browser.open('/concordance/un-kz/text/2/', { width, height });
      await page.emulateMedia({ media: 'print' });
      const displays = await page
        .locator('table.concordance tr[data-targets] > td')
        .evaluateAll((cells) => [...new Set(cells.map((c) => getComputedStyle(c).display))]);
      expect(displays).toEqual(['block']);
      await expect(page.locator('.table-tools').isVisible()).resolves.toBe(false);
    });
  }

  it('keeps the column headers in view while the table scrolls (desktop)', async () => {
    const { page } = await browser.open('/concordance/un-kz/', { width: 1280, height: 900 });
    await page.locator('tr#row-un-40').scrollIntoViewIfNeeded();
    const header = await page.locator('table.concordance thead th').first().boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(-1);
    expect(header!.y).toBeLessThan(5);
  });
});
