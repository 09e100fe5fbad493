/**
 * `npm run bench:search-browser [runs]` (needs `npm run build` and Chromium): the search page of
 * the built site in headless Chromium with the CPU slowed 4× (DevTools throttling), as a modest
 * phone would run it. For each query, over interleaved runs: time from navigation to the first
 * results rendered; time from a keystroke (the query's last letter typed into the box) to the
 * updated results; the page's cumulative layout shift; requests and bytes the first query made.
 * Prints min / median / p95 / max. No assertion: the figures are for reading.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium, type Page } from 'playwright-core';

const QUERIES = [
  '205',
  'illegal access',
  'extradition',
  'незаконный доступ',
  'выдача',
  'Заңсыз қол жеткізу',
  'patvaliga piekluve',
  'data interference',
];
const RUNS = Number(process.argv[2] ?? 3);
const root = join(import.meta.dirname, '..', '..');
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(join(root, 'dist', 'index.html')) || !existsSync(executablePath)) {
  console.log('Skipped: needs a build (npm run build) and Chromium at', executablePath);
  process.exit(0);
}
const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return `${s[0]!.toFixed(1)} / ${at(50).toFixed(1)} / ${at(95).toFixed(1)} / ${s.at(-1)!.toFixed(1)}`;
};

const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const base = `http://127.0.0.1:${server.port}`;

/** A fresh page with the CPU slowed 4× and layout shifts recorded from the start. */
async function throttledPage(): Promise<{ page: Page; requests: { url: string; bytes: number }[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    requests.push({ url: request.url(), bytes: sizes?.responseBodySize ?? 0 });
  });
  return { page, requests };
}

const answered = (page: Page, query: string) =>
  page.locator('[data-search-status]', { hasText: `“${query}”` }).waitFor({ timeout: 60_000 });

const toFirst: number[] = [];
const keystroke: number[] = [];
const cls: number[] = [];
const searchRequests: number[] = [];
const searchKB: number[] = [];
for (let run = 0; run < RUNS; run++)
  for (const q of QUERIES) {
    const { page, requests } = await throttledPage();
    const started = Date.now();
    await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
    await answered(page, q);
    toFirst.push(Date.now() - started);
    const search = requests.filter((r) => new URL(r.url).pathname.startsWith('/search/') && r.url.endsWith('.json'));
    searchRequests.push(search.length);
    searchKB.push(search.reduce((n, r) => n + r.bytes, 0) / 1024);
    cls.push(await page.evaluate(() => (window as unknown as { cls: number }).cls));
    // A keystroke: the query without its last letter, then the letter typed.
    const box = page.locator('#search-q');
    await box.fill(q.slice(0, -1));
    await answered(page, q.slice(0, -1));
    const typed = Date.now();
    await box.pressSequentially(q.at(-1)!);
    await answered(page, q);
    keystroke.push(Date.now() - typed);
    await page.context().close();
  }
await browser.close();
await server.stop();

console.log(`\nSearch in Chromium, CPU slowed 4×, ${QUERIES.length} queries × ${RUNS} runs; min / median / p95 / max`);
console.log(`navigation → first results (ms): ${stats(toFirst)}`);
console.log(`keystroke → updated results (ms, incl. the 120 ms typing pause): ${stats(keystroke)}`);
console.log(`cumulative layout shift: ${stats(cls)}`);
console.log(`first query: requests under /search/ ${stats(searchRequests)}; KB transferred (uncompressed bodies) ${stats(searchKB)}`);
