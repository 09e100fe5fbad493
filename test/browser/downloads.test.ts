import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

describe('downloads match the pages', () => {
  const browser = useBrowser();

  it('lists every download with a data dictionary', async () => {
    const { page } = await browser.open('/downloads/');
    for (const href of [
      '/api/provisions.json',
      '/api/provisions.csv',
      '/api/concordance.json',
      '/api/concordance.csv',
      '/api/topics.json',
      '/api/concordance/budapest-kz.csv',
    ])
      await expect(page.locator(`a[href="${href}"]`).count()).resolves.toBe(1);
    await expect(page.locator('dt code', { hasText: 'relation' }).count()).resolves.toBeGreaterThan(0);
  });

  it('provisions CSV and JSON: Budapest Art. 2 reads as on its page', async () => {
    const { page } = await browser.open('/budapest/2/');
    const onPage = (await page.locator('section.version[data-lang="en"] .legal-text').textContent())!.replace(/\s+/g, ' ').trim();
    const csv = parse((await (await page.request.get(new URL('/api/provisions.csv', page.url()).href)).text()).replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];
    const row = csv.find((r) => r.id === 'budapest/2' && r.lang === 'en')!;
    expect(row.text!.replace(/\s+/g, ' ')).toBe(onPage);
    expect(row.official).toBe('yes');
    const json = (await (await page.request.get(new URL('/api/provisions.json', page.url()).href)).json()) as {
      id: string;
      versions: Record<string, { text: string }>;
    }[];
    expect(json.find((p) => p.id === 'budapest/2')!.versions['en']!.text.replace(/\s+/g, ' ')).toBe(onPage);
  });

  it('concordance CSV and JSON: the Budapest Art. 2 → Penal Code Art. 205 mapping reads as in the table', async () => {
    const { page } = await browser.open('/concordance/budapest-kz/');
    const badge = await page.locator('tr#row-budapest-2 .relation').first().textContent();
    const rationale = await page.locator('tr#row-budapest-2 .claim').first().textContent();
    for (const path of ['/api/concordance.csv', '/api/concordance/budapest-kz.csv']) {
      const rows = parse((await (await page.request.get(new URL(path, page.url()).href)).text()).replace(/^\uFEFF/, ''), {
        columns: true,
      }) as Record<string, string>[];
      const row = rows.find((r) => r.from === 'budapest/2' && r.to === 'kz-penal-code/205')!;
      expect(row.relation).toBe(badge!.toLowerCase());
      expect(rationale).toContain(row.note!);
    }
    const json = (await (await page.request.get(new URL('/api/concordance.json', page.url()).href)).json()) as {
      from: string;
      to: string;
      note: string;
    }[];
    expect(rationale).toContain(json.find((r) => r.from === 'budapest/2' && r.to === 'kz-penal-code/205')!.note);
  });

  it('topics JSON: the illegal-access topic lists what its page shows', async () => {
    const { page } = await browser.open('/offences/illegal-access/');
    const shown = await page
      .locator('article.topic-provision:not(.reached)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-ref')));
    const topics = (await (await page.request.get(new URL('/api/topics.json', page.url()).href)).json()) as {
      key: string;
      provisions: string[];
    }[];
    expect(topics.find((t) => t.key === 'illegal-access')!.provisions).toEqual(shown);
  });
});
