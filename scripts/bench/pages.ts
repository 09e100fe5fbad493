/**
 * `npm run bench:pages`: the gzipped size of every built page, by page type, as served in its
 * default view (the HTML alone, before any script runs). Prints count and min / median / max per
 * type, the largest page, and how many pages exceed the budget the README states. Prints figures
 * only; reads the last build in dist/ (run `npm run build` first).
 *
 * Usage: npm run bench:pages
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..', '..', 'dist');
/** The README's page budget: gzipped HTML of a page's default view. */
const BUDGET_KB = 50;

/** Page types by their address: the first pattern that matches names the page. */
const TYPES: [string, RegExp][] = [
  ['home', /^index\.html$/],
  ['404', /^404\.html$/],
  ['concordance table, full texts (one page)', /^concordance\/[^/]+\/text\/\d+\/index\.html$/],
  ['coverage matrix', /^concordance\/matrix\/index\.html$/],
  ['crosswalk', /^concordance\/crosswalk\/index\.html$/],
  ['review list', /^concordance\/review\/index\.html$/],
  ['concordance index', /^concordance\/index\.html$/],
  ['concordance table, mappings (default view)', /^concordance\/[^/]+\/index\.html$/],
  ['offences index', /^offences\/index\.html$/],
  ['topic (offence) page', /^offences\/[^/]+\/index\.html$/],
  ['search', /^search\/index\.html$/],
  ['compare', /^compare\/index\.html$/],
  ['course pack', /^course-pack\/index\.html$/],
  ['downloads, open data, about', /^(downloads|api|about)\/index\.html$/],
  ['earlier version of a provision', /^[^/]+\/[^/]+\/\d{4}-\d{2}-\d{2}\/index\.html$/],
  ['provision', /^[^/]+\/[^/]+\/index\.html$/],
  ['instrument', /^[^/]+\/index\.html$/],
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const sizes = new Map<string, { path: string; kb: number }[]>();
for (const file of htmlFiles(root)) {
  const path = relative(root, file);
  const type = TYPES.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
  const kb = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  sizes.set(type, [...(sizes.get(type) ?? []), { path, kb }]);
}

const median = (values: number[]) => values[Math.floor(values.length / 2)]!;
console.log(`\nGzipped HTML per page type (level 9, KB; budget ${BUDGET_KB} KB):\n`);
console.log('| page type | pages | min / median / max KB | largest page | over budget |');
console.log('|---|---|---|---|---|');
for (const [type] of [...TYPES, ['other']] as const) {
  const list = (sizes.get(type) ?? []).sort((a, b) => a.kb - b.kb);
  if (!list.length) continue;
  const kbs = list.map((s) => s.kb);
  const largest = list.at(-1)!;
  const over = list.filter((s) => s.kb > BUDGET_KB).length;
  console.log(
    `| ${type} | ${list.length} | ${kbs[0]!.toFixed(1)} / ${median(kbs).toFixed(1)} / ${largest.kb.toFixed(1)} | /${largest.path.replace(/index\.html$/, '')} | ${over} |`,
  );
}
const all = [...sizes.values()].flat().sort((a, b) => b.kb - a.kb);
console.log(
  `\nLargest page: /${all[0]!.path.replace(/index\.html$/, '')} at ${all[0]!.kb.toFixed(1)} KB; ${all.filter((s) => s.kb > BUDGET_KB).length} of ${all.length} pages over ${BUDGET_KB} KB.`,
);
