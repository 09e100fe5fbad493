import { describe, expect, it } from 'vitest';
import { officialLawLoaded } from '../helpers/corpus.ts';
import { useBrowser, violationsAboveMinor, WIDTHS } from './browser.ts';

/** One page of each type the site has. */
const PAGES: Record<string, string> = {
  home: '/',
  instrument: '/budapest/',
  'domestic act': '/kz-penal-code/',
  provision: '/budapest/2/',
  'provision in two languages with paragraphs': '/budapest/6/',
  'UN article with interpretative notes': '/un/2/',
  'CIS article with reservations': '/cis/5/',
  'ratification act': '/lv-2006-ratification-law/',
  'UN instrument': '/un/',
  'domestic provision': '/kz-penal-code/205/',
  'concordance index': '/concordance/',
  'concordance table': '/concordance/budapest-kz/',
  'concordance table with full texts': '/concordance/un-kz/text/1/',
  'open data': '/api/',
  'offences index': '/offences/',
  'topic page': '/offences/mutual-assistance/',
  'direct UN → Kazakhstan table': '/concordance/un-kz/',
  'derived concordance table': '/concordance/un-kz-via-budapest/',
  'review list': '/concordance/review/',
  'topic with a stated gap and reached Kazakh law': '/offences/grooming/',
  crosswalk: '/concordance/crosswalk/',
  'coverage matrix': '/concordance/matrix/',
  'compare view': '/compare/?a=cis/6&b=csto/6',
  search: '/search/?q=illegal%20access',
  'course pack': '/course-pack/',
  downloads: '/downloads/',
  'about and method': '/about/',
};

// Earlier dated versions of a text come only from the official-law pack.
if (officialLawLoaded()) PAGES['earlier version of an official text'] = '/kz-penal-code/205/2020-01-01/';
else console.warn('pages.test.ts: the law pack was not loaded in this build: the page of an earlier official version is not checked.');

describe('every page type', () => {
  const browser = useBrowser();
  for (const [type, path] of Object.entries(PAGES))
    for (const { name, width, height } of WIDTHS)
      it(
        `${type} (${path}) on a ${name}: no console errors, no accessibility violation above minor, no sideways scroll`,
        { timeout: 120_000 },
        async () => {
          const { page, errors } = await browser.open(path, { width, height });
          await page.waitForLoadState('networkidle');
          await expect(page.locator('h1').count()).resolves.toBe(1);
          expect(await violationsAboveMinor(page)).toEqual([]);
          const duplicateIds = await page.evaluate(() => {
            const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
            return ids.filter((id, i) => ids.indexOf(id) !== i);
          });
          expect(duplicateIds).toEqual([]);
          // Only the matrix scrolls sideways, inside its own scroller; the page itself never does.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          expect(errors).toEqual([]);
        },
      );

  it('serves the open-data endpoints as JSON and CSV', async () => {
    const { page } = await browser.open('/');
    for (const path of ['/api/provisions.json', '/api/concordance.json', '/api/concordance/budapest-kz.json']) {
      const response = await page.request.get(path.startsWith('/') ? new URL(path, page.url()).href : path);
      expect(response.status(), path).toBe(200);
      expect(Array.isArray(await response.json()), path).toBe(true);
    }
    const csv = await page.request.get(new URL('/api/concordance/budapest-kz.csv', page.url()).href);
    expect(csv.headers()['content-type']).toContain('text/csv');
  });
});

describe('a missing page', () => {
  const browser = useBrowser();
  it('answers 404 with a page that offers search and the ways in', async () => {
    const { page } = await browser.open('/');
    const response = await page.goto(new URL('/no-such-article/', page.url()).href);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.getByRole('searchbox', { name: /Search by article number/ }).fill('205');
    await page.getByRole('searchbox', { name: /Search by article number/ }).press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/search\/\?q=205$/);
    expect(await violationsAboveMinor(page)).toEqual([]);
  });
});
