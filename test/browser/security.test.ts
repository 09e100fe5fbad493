/**
 * Probing as an attacker would: hostile share links, stored packs, search input and compare
 * parameters must run no script, produce no link off the site, and throw nothing. Every page runs
 * under its Content-Security-Policy; the detector that fails a test on a violation is itself tested.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '</script><svg onload="window.__pwned=1">',
];
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('hostile input', () => {
  const browser = useBrowser();

  /** Nothing ran, no link leaves the site for the attacker's host or a script URL, nothing threw. */
  async function expectUnharmed(page: import('playwright-core').Page, errors: string[]) {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => /evil\.example|^javascript:|^data:/i.test(h))).toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  }

  it('a shared course-pack address with hostile ids, labels, notes and links', async () => {
    const pack = {
      v: 1,
      i: [
        ['provision', 'budapest/2', PAYLOADS[0], 'https://evil.example/', PAYLOADS[1]],
        ['provision', 'https://evil.example/x', 'x', '/x/', ''],
        ['row', 'no-such-table/row-1', PAYLOADS[3], 'javascript:alert(1)', ''],
        ['topic', 'grooming', 'Topic', '//evil.example', PAYLOADS[2]],
      ],
      l: ['en', PAYLOADS[0]],
    };
    const { page, errors } = await browser.open(`/course-pack/?pack=${b64(JSON.stringify(pack))}`);
    await expect.poll(() => page.locator('.pack-item').count()).toBe(3);
    await expect.poll(() => page.locator('.pack-missing').count()).toBe(1);
    await expect(page.locator('.pack-item h2 a').first().getAttribute('href')).resolves.toMatch(/\/budapest\/2\/$/);
    await expectUnharmed(page, errors);
  });

  it('a malformed share address and a corrupt stored pack', async () => {
    for (const address of ['%%%', b64('{"v":1,"i":[[1,2,3]]}'), b64('not json'), 'A'.repeat(5000)]) {
      const { page, errors } = await browser.open(`/course-pack/?pack=${address}`);
      await expectUnharmed(page, errors);
    }
    const { page, errors } = await browser.open('/budapest/2/');
    await page.evaluate(
      (payload) =>
        localStorage.setItem(
          'concordance:course-pack',
          `{"items":[{"kind":"provision","ref":"budapest/2","label":${JSON.stringify(payload)},"url":"https://evil.example/"}`,
        ),
      PAYLOADS[0],
    );
    await page.reload();
    await page.getByRole('button', { name: 'Add to course pack' }).click();
    await page.goto(new URL('/course-pack/', page.url()).href);
    await expect.poll(() => page.locator('.pack-item').count()).toBe(1);
    await expectUnharmed(page, errors);
  });

  it('search input, from the address and typed', async () => {
    for (const payload of PAYLOADS) {
      const { page, errors } = await browser.open(`/search/?q=${encodeURIComponent(payload)}`);
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/result|No result/);
      await expectUnharmed(page, errors);
    }
    const { page, errors } = await browser.open('/budapest/2/');
    await page.getByRole('searchbox').first().fill(PAYLOADS[0]!);
    await page.getByRole('searchbox').first().press('Enter');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/result|No result/);
    await expectUnharmed(page, errors);
  });

  it('compare parameters', async () => {
    for (const payload of PAYLOADS) {
      const { page, errors } = await browser.open(
        `/compare/?a=${encodeURIComponent(payload)}&b=${encodeURIComponent(`budapest/2${payload}`)}&la=${encodeURIComponent(payload)}`,
      );
      await expectUnharmed(page, errors);
    }
  });

  it('counts a Content-Security-Policy violation (the detector can fail)', async () => {
    const { page } = await browser.open('/budapest/2/');
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(() => browser.takeViolations().length, { timeout: 5000 }).toBeGreaterThan(0);
  });
});
