import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const ARTICLES = [
  {
    path: '/budapest/6/',
    langs: ['en', 'lv'],
    citation: 'Convention on Cybercrime (ETS No. 185), Art. 6',
    words: { en: 'Misuse of devices', lv: 'Ierīces ļaunprātīga izmantošana' },
  },
  {
    path: '/un/7/',
    langs: ['ru', 'kk'],
    citation: 'United Nations Convention against Cybercrime (2024), Art. 7',
    words: { ru: 'Незаконный доступ', kk: 'Заңсыз қол жеткізу' },
  },
] as const;

describe('articles in English, Latvian, Russian and Kazakh', () => {
  const browser = useBrowser();

  for (const article of ARTICLES) {
    it(`${article.path} shows ${article.langs.join(' and ')} side by side with the citation`, async () => {
      const { page, errors } = await browser.open(article.path);
      const boxes = [];
      for (const lang of article.langs) {
        const column = page.locator(`section.version[data-lang="${lang}"]`);
        await expect(column.locator('.version-title').first().textContent()).resolves.toBe(
          article.words[lang as keyof typeof article.words],
        );
        await expect(column.locator('.legal-text').getAttribute('lang')).resolves.toBe(lang);
        boxes.push(await column.boundingBox());
      }
      expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(2);
      expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width - 2);
      await expect(page.locator('[data-short]').textContent()).resolves.toBe(article.citation);
      expect(errors).toEqual([]);
    });
  }

  it('cites a paragraph of the second language column by its shared anchor', async () => {
    const { page } = await browser.open('/budapest/6/');
    await page.locator('section.version[data-lang="lv"] a.para-link[href="#lv-1-a-ii"]').click();
    await expect.poll(() => page.locator('[data-short]').textContent()).toBe('Convention on Cybercrime (ETS No. 185), Art. 6(1)(a)(ii)');
    await expect.poll(() => page.locator('[data-permalink-link]').getAttribute('href')).toBe('/budapest/6/#1-a-ii');
  });

  it('shows one language at a time on a phone and remembers the choice on the next article', async () => {
    const { page } = await browser.open('/un/7/', { width: 390, height: 844 });
    const ru = page.locator('section.version[data-lang="ru"]');
    const kk = page.locator('section.version[data-lang="kk"]');
    await expect(ru.isVisible()).resolves.toBe(true);
    await expect(kk.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Қазақша (Kazakh)', exact: true }).click();
    await expect.poll(() => kk.isVisible()).toBe(true);
    await expect.poll(() => ru.isVisible()).toBe(false);
    await page.goto(new URL('/un/8/', page.url()).href);
    await expect(page.locator('section.version[data-lang="kk"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('section.version[data-lang="ru"]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Қазақша (Kazakh)', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('shows Latvia’s reservation on Budapest Art. 22 and Ukraine’s on CIS Art. 5', async () => {
    const { page } = await browser.open('/budapest/22/');
    await expect(page.locator('.concerning').textContent()).resolves.toContain(
      'Latvijas Republika izdara atrunas attiecībā uz Konvencijas 22.panta pirmās daļas “d” punktu',
    );
    const cis = await browser.open('/cis/5/');
    await expect(cis.page.locator('.concerning').textContent()).resolves.toContain(
      'Ukraine does not consider itself bound by the provision of article 5, paragraph (e)',
    );
  });

  it('moves to the previous and next article', async () => {
    const { page } = await browser.open('/un/7/');
    await page.getByRole('link', { name: 'Article 8 →' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Article 8/);
  });
});
