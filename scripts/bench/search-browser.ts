/**
 * `npm run bench:search-browser` (needs `npm run build` and Chromium): the search page of the
 * built site in headless Chromium. For each query: a cold run (page load, index pieces fetched),
 * then a warm run (the same page re-runs the query with its shards and documents already loaded)
 * — the time from query to first results rendered, as the page measures it. Prints p50/p95.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';

const QUERIES = [
  '205',
  'Art. 2 Budapest',
  'illegal access',
  'extradition',
  'незаконный доступ',
  'выдача',
  'Заңсыз қол жеткізу',
  'patvaliga piekluve',
  'data interference',
  'UN 41',
];
const root = join(import.meta.dirname, '..', '..');
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(join(root, 'dist', 'index.html')) || !existsSync(executablePath)) {
  console.log('Skipped: needs a build (npm run build) and Chromium at', executablePath);
  process.exit(0);
}
const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
const msOf = async () => {
  const status = page.locator('[data-search-status]', { hasText: /\(\d+ ms\)/ });
  await status.waitFor();
  return Number(/\((\d+) ms\)/.exec((await status.textContent()) ?? '')![1]);
};
const cold: number[] = [];
const warm: number[] = [];
for (const q of QUERIES) {
  await page.goto(`http://127.0.0.1:${server.port}/search/?q=${encodeURIComponent(q)}`);
  cold.push(await msOf());
  for (let r = 0; r < 5; r++) {
    await page.evaluate(() => document.querySelector('[data-search-status]')!.replaceChildren());
    await page.locator('select[data-facet="lang"]').dispatchEvent('change');
    warm.push(await msOf());
  }
}
await browser.close();
await server.stop();
const pct = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))]!;
const rows = {
  queries: QUERIES.length,
  coldP50ms: pct(cold, 50),
  coldP95ms: pct(cold, 95),
  warmP50ms: pct(warm, 50),
  warmP95ms: pct(warm, 95),
};
console.log('\nSearch in the browser (built site, headless Chromium): time to first results, as the page measures it');
console.log(`cold (first query on a fresh page): p50 ${rows.coldP50ms} ms, p95 ${rows.coldP95ms} ms`);
console.log(`warm (index pieces already loaded):  p50 ${rows.warmP50ms} ms, p95 ${rows.warmP95ms} ms`);
console.log(JSON.stringify(rows));
