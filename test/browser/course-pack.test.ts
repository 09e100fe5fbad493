import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const LABELS = [
  'Budapest Convention, Article 2 – Illegal access',
  'Budapest Convention, Article 6 – Misuse of devices',
  'UN Convention against Cybercrime, Article 7 – Illegal access (unofficial English title)',
];

describe('course packs for trainers', () => {
  const browser = useBrowser();

  it(
    'builds a pack of three items across two instruments, reorders it, keeps it, shares it and prints it',
    { timeout: 60_000 },
    async () => {
      const { page } = await browser.open('/budapest/2/', { permissions: ['clipboard-read', 'clipboard-write'] });
      for (const path of ['/budapest/2/', '/un/7/', '/budapest/6/']) {
        await page.goto(new URL(path, page.url()).href);
        await page.getByRole('button', { name: 'Add to course pack' }).click();
        await expect.poll(() => page.getByRole('button', { name: 'In course pack ✓' }).count()).toBe(1);
      }
      await page.goto(new URL('/course-pack/', page.url()).href);
      const labels = () => page.locator('.pack-item h2 a').allTextContents();
      await expect.poll(labels).toEqual([LABELS[0], LABELS[2], LABELS[1]]);
      // Reorder: the Budapest articles together.
      await page.getByRole('button', { name: `Move up: ${LABELS[1]}` }).click();
      await expect.poll(labels).toEqual(LABELS);
      await page.locator('#note-2').fill('Compare with Budapest Art. 2');
      await page.reload();
      await expect.poll(labels).toEqual(LABELS);
      await expect.poll(() => page.locator('#note-2').inputValue()).toBe('Compare with Budapest Art. 2');

      // The share address rebuilds the same pack in a fresh browser context.
      const shareUrl = await page.locator('[data-pack-share]').inputValue();
      const fresh = await browser.open(new URL(shareUrl).pathname + new URL(shareUrl).search);
      await expect.poll(() => fresh.page.locator('.pack-item h2 a').allTextContents()).toEqual(LABELS);
      await expect.poll(() => fresh.page.locator('.pack-note').nth(2).textContent()).toBe('Note: Compare with Budapest Art. 2');

      // Print preview to PDF: the three items with their sources.
      const pdf = await page.pdf({ format: 'A4' });
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      for (const label of LABELS) expect(flat).toContain(label.replace(/\s+/g, ' '));
      expect(flat).toContain('Source: the Latvian ratification law of 5 October 2006');
      expect(flat).toContain('Source: Decree of the President of Kazakhstan No. 1067');
      expect(flat).toMatch(/page 1 of \d/);
    },
  );

  it('offers short and full citations to copy, with confirmation', async () => {
    const { page } = await browser.open('/kz-penal-code/205/#2', { permissions: ['clipboard-read', 'clipboard-write'] });
    await expect
      .poll(() => page.locator('[data-full-lang="English"]').textContent())
      .toBe(
        'Penal Code of the Republic of Kazakhstan, Art. 205(2), English version (unofficial translation, as quoted in the Council of Europe profile of 1 May 2020)',
      );
    await page.getByText('Full citation of each language version').click();
    await page.getByRole('button', { name: 'Copy full citation (English)' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Penal Code of the Republic of Kazakhstan, Art\. 205\(2\), English version .* <http:\/\/127\.0\.0\.1:\d+\/kz-penal-code\/205\/#2>$/,
    );
  });
});
