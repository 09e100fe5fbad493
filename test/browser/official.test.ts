/**
 * Kazakhstan's law in its official languages, as a reader meets it on the built site: with the law
 * pack loaded (CI has it), the official Russian and Kazakh texts beside the profile's English, the
 * amendment history, a comparison of two versions, the "amended since the profile" flag and search
 * by a hyphenated article number; without it, the notice that the official text is not loaded.
 */
import { describe, expect, it } from 'vitest';
import { officialLawLoaded } from '../helpers/corpus.ts';
import { useBrowser } from './browser.ts';

const loaded = officialLawLoaded();
if (!loaded)
  console.warn(
    'official.test.ts: the law pack was not loaded in this build: the tests of the official text are skipped, the not-loaded notice is tested.',
  );

describe.runIf(loaded)('official Kazakh law, loaded from the pack', () => {
  const browser = useBrowser();

  it('shows Penal Code Art. 205 in Russian and Kazakh beside the 2020 English, each with its standing and date', async () => {
    const { page, errors } = await browser.open('/kz-penal-code/205/');
    const heading = (lang: string) => page.locator(`.version[data-lang="${lang}"] .version-heading`);
    await expect(heading('ru').textContent()).resolves.toMatch(/Русский.*official/);
    await expect(heading('kk').textContent()).resolves.toMatch(/Қазақша.*official/);
    await expect(heading('en').textContent()).resolves.toMatch(/English.*unofficial translation/);
    await expect(page.locator('.version[data-lang="ru"] .version-date').textContent()).resolves.toMatch(/in force from 16\.09\.2025/);
    await expect(page.locator('.version[data-lang="ru"] .version-title').textContent()).resolves.toMatch(/^Неправомерный доступ/);
    await expect(page.locator('.version[data-lang="kk"] [data-anchor="1"]').count()).resolves.toBe(1);
    await expect(page.locator('.version[data-lang="en"] .legal-text').textContent()).resolves.toMatch(/Intentional illegal access/);
    const boxes = await Promise.all(['ru', 'kk', 'en'].map((l) => page.locator(`.version[data-lang="${l}"]`).boundingBox()));
    expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x);
    expect(boxes[2]!.x).toBeGreaterThan(boxes[1]!.x);
    expect(errors).toEqual([]);
  });

  it('gives its amendment history and flags the amendment since the profile, linking the comparison', async () => {
    const { page } = await browser.open('/kz-penal-code/205/');
    await expect(page.locator('.amending-laws li').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Law No. 128-VI of 28.12.2017', 'Law No. 210-VIII of 16.07.2025']),
    );
    const flag = page.locator('.notice.amended');
    await expect(flag.textContent()).resolves.toMatch(
      /Amended since the Council of Europe profile of 1 May 2020: Law No\. 210-VIII of 16\.07\.2025/,
    );
    await flag.getByRole('link', { name: /Compare with the text in force on 01\.05\.2020/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/compare\/\?a=kz-penal-code\/205@2020-01-01&b=kz-penal-code\/205&la=ru&lb=ru$/);
    await expect.poll(() => page.locator('.compare-summary').textContent()).toMatch(/\d+ word\(s\) only in the second text/);
    await expect(page.locator('.compare-column h2').first().textContent()).resolves.toMatch(/in force from 01\.01\.2020/);
    await expect.poll(() => page.locator('.compare-text ins').count()).toBeGreaterThan(0);
  });

  it('opens an earlier version at its own address', async () => {
    const { page, errors } = await browser.open('/kz-penal-code/205/2020-01-01/');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Article 205, version in force from 01\.01\.2020/);
    await expect(page.locator('.version[data-lang="ru"] .version-date').textContent()).resolves.toMatch(
      /Earlier version, in force from 01\.01\.2020/,
    );
    expect(errors).toEqual([]);
  });

  it('flags a concordance row whose Kazakh article was amended since the profile', async () => {
    const { page } = await browser.open('/concordance/budapest-kz/');
    const row = page.locator('tr#row-budapest-2');
    await expect(row.locator('.notice.amended').textContent()).resolves.toMatch(/Amended since .*: Law No\. 210-VIII of 16\.07\.2025/);
  });

  it("shows an act's standing as the pack records it: a new title on the act, and the act's currency", async () => {
    const { page } = await browser.open('/kz-law-informatization/');
    await expect(page.locator('.act-notice').first().textContent()).resolves.toMatch(
      /now titled “О кибербезопасности”; the text held is headed “Об информатизации”/,
    );
    await expect(page.locator('.particulars:not(.official-act)').textContent()).resolves.toMatch(
      /Official text \(Русский \(Russian\)\)up to date to 20\.08\.2024/,
    );
  });

  it('finds Art. 121-1 by "ст. 121-1"', async () => {
    const { page } = await browser.open(`/search/?q=${encodeURIComponent('ст. 121-1')}`);
    await page.locator('[data-search-status]', { hasText: /result/ }).waitFor();
    await expect(page.locator('[data-testid="search-results"] li > a').first().getAttribute('href')).resolves.toBe('/kz-penal-code/121-1/');
  });
});

describe.runIf(!loaded)('official Kazakh law, pack not loaded', () => {
  const browser = useBrowser();

  it('says on Art. 205 that the official text is not loaded, and where it is', async () => {
    const { page } = await browser.open('/kz-penal-code/205/');
    const missing = page.locator('.version-missing[data-lang="ru"] .notice');
    await expect(missing.textContent()).resolves.toMatch(/official text is not loaded in this build/);
    await expect(missing.locator('a').getAttribute('href')).resolves.toMatch(/^https:\/\/zan\.gov\.kz\//);
  });
});
