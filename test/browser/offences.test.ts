import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

describe('offences and the coverage matrix', () => {
  const browser = useBrowser();

  it('shows Budapest Art. 2, UN Art. 7, CIS Art. 3(1)(a) and Penal Code Art. 205 together on the illegal-access page', async () => {
    const { page, errors } = await browser.open('/offences/illegal-access/');
    const cards = ['budapest/2', 'un/7', 'cis/3#1-a', 'kz-penal-code/205'].map((ref) =>
      page.locator(`article.topic-provision[data-ref="${ref}"]`),
    );
    for (const card of cards) await expect(card.count()).resolves.toBe(1);
    await expect(cards[2]!.locator('h3').textContent()).resolves.toContain('Article 3(1)(a)');
    const boxes = await Promise.all(cards.map((c) => c.boundingBox()));
    // Side by side on a wide screen: four columns starting on the same line, left to right.
    for (let i = 1; i < boxes.length; i++) {
      expect(Math.abs(boxes[i]!.y - boxes[0]!.y)).toBeLessThan(60);
      expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x);
    }
    await expect(page.locator('.alt-title').textContent()).resolves.toContain('Незаконный доступ');
    expect(errors).toEqual([]);
  });

  it('renders the matrix, whose cells link to the concordance rows that make the claim', async () => {
    const { page } = await browser.open('/concordance/matrix/');
    await expect(page.locator('table.matrix tbody tr').count()).resolves.toBe(116);
    const cell = page
      .locator('table.matrix tbody tr', { has: page.getByRole('link', { name: 'UN Convention against Cybercrime, Art. 7', exact: true }) })
      .locator('td.cell')
      .nth(5);
    await expect(cell.getAttribute('class')).resolves.toContain('rel-partial');
    const link = cell.locator('a');
    const href = await link.getAttribute('href');
    expect(href).toBe('/concordance/un-kz/#row-un-7');
    await link.click();
    await expect.poll(() => page.url()).toMatch(/\/concordance\/un-kz\/#row-un-7$/);
    await expect(page.locator('tr#row-un-7').textContent()).resolves.toContain('Penal Code (Kazakhstan), Art. 205');
    // The cell tells a finding of none from a row nobody assessed.
    const row = (name: string) =>
      page
        .locator('table.matrix tbody tr', { has: page.getByRole('link', { name, exact: true }) })
        .locator('td.cell')
        .nth(5);
    await page.goBack();
    await expect(row('UN Convention against Cybercrime, Art. 18').getAttribute('class')).resolves.toContain('rel-none');
    await expect(row('UN Convention against Cybercrime, Art. 33').getAttribute('class')).resolves.toContain('rel-not-assessed');
  });
});
