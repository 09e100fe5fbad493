/**
 * `npm run bench:build [scales] [runs]`: the production build on synthetic corpora of 1×, 10× and
 * 100× the committed provisions (generated from the real content into a temporary folder, see
 * synthetic.ts; built without the official-law pack, so every scale has the same kind of text), and
 * a plain Astro 7 project rendering the same provision Markdown, in the same run, interleaved (ours,
 * plain, ours, plain…) so drift of the machine's speed falls on both. Then the 1× project built
 * again: with nothing changed (found up to date, not built), and after one provision file changed
 * (built, the content layer's cache rendering only that file's Markdown again). Prints wall and CPU seconds, peak
 * resident memory (GNU time's maximum RSS) and pages, each as min / median / max, ms per page and
 * the ratio of our ms per page to plain Astro's. Prints figures only.
 *
 * Usage: npm run bench:build [-- 1,10,100 3,2,1]   (needs GNU time at /usr/bin/time, Debian package `time`)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/content/read.ts';
import { plainAstroProject, syntheticProject } from './synthetic.ts';

const root = join(import.meta.dirname, '..', '..');
const scales = (process.argv[2] ?? '1,10,100').split(',').map(Number);
const runsPerScale = (process.argv[3] ?? '3,2,1').split(',').map(Number);
if (!existsSync('/usr/bin/time')) {
  console.error('bench:build needs GNU time at /usr/bin/time (sudo apt-get install -y time).');
  process.exit(1);
}

interface Run {
  wall: number;
  cpu: number;
  rssMiB: number;
  pages: number;
}

function pages(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += pages(path);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

/** Runs a command under GNU time; the command's own output is not read. */
function timed(cwd: string, args: string[], outDir: string, label: string): Run {
  const env = { ...process.env, KZ_LAW_PACK: 'none', ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=8192' };
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', process.execPath, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (result.status !== 0 || !line) throw new Error(`${label} failed:\n${result.stderr.slice(-3000)}`);
  const [wall, user, sys, kib] = line.split(' ').slice(1).map(Number) as [number, number, number, number];
  return { wall, cpu: user + sys, rssMiB: kib / 1024, pages: pages(outDir) };
}

/** The first Markdown file of the project's provisions. */
const firstProvisionFile = (dir: string) => listFiles(join(dir, 'content', 'provisions'), ['.md'])[0]!;

const ours = (dir: string, clean: boolean) => {
  // A first build starts without the content layer's cache, as on a fresh clone.
  if (clean) rmSync(join(dir, '.astro'), { recursive: true, force: true });
  return timed(dir, [join(dir, 'scripts', 'build.ts')], join(dir, 'dist'), `our build in ${dir}`);
};
const plain = (dir: string) => {
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  return timed(dir, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], join(dir, 'dist'), `plain Astro in ${dir}`);
};

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};
const f = (values: number[], digits: number) => {
  const s = stats(values);
  return `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;
};
const msPerPage = (r: Run) => (r.wall * 1000) / r.pages;

const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
const table: string[] = [];
let second: { first: Run[]; again: Run[]; edited: Run[] } | undefined;
try {
  for (const [i, scale] of scales.entries()) {
    const runs = runsPerScale[i] ?? 1;
    const project = join(work, `x${scale}`);
    const baseline = join(work, `plain-x${scale}`);
    syntheticProject(root, project, scale);
    plainAstroProject(root, baseline, join(project, 'content', 'provisions'));
    const result = { ours: [] as Run[], plain: [] as Run[] };
    for (let n = 0; n < runs; n++) {
      result.ours.push(ours(project, true));
      result.plain.push(plain(baseline));
      console.error(
        `${scale}× run ${n + 1}/${runs}: ours ${result.ours.at(-1)!.wall.toFixed(1)} s (${result.ours.at(-1)!.pages} pages, ${result.ours.at(-1)!.rssMiB.toFixed(0)} MiB), plain ${result.plain.at(-1)!.wall.toFixed(1)} s (${result.plain.at(-1)!.pages} pages)`,
      );
    }
    if (scale === scales[0]) {
      // The same project built again with nothing changed, then after a provision file changed
      // (a line added at its end, which changes its digest but not the site): the content layer's cache is kept.
      const again = Array.from({ length: runs }, () => ours(project, false));
      const edited = Array.from({ length: runs }, () => {
        appendFileSync(firstProvisionFile(project), '\n');
        return ours(project, false);
      });
      second = { first: result.ours, again, edited };
    }
    const ratio = stats(result.ours.map(msPerPage)).median / stats(result.plain.map(msPerPage)).median;
    for (const [name, list] of [
      ['ours', result.ours],
      ['plain Astro', result.plain],
    ] as const)
      table.push(
        `| ${scale}× | ${name} | ${runs} | ${f(
          list.map((r) => r.wall),
          1,
        )} | ${f(
          list.map((r) => r.cpu),
          1,
        )} | ${f(
          list.map((r) => r.rssMiB),
          0,
        )} | ${list[0]!.pages} | ${f(list.map(msPerPage), 2)} | ${name === 'ours' ? `${ratio.toFixed(2)}×` : ''} |`,
      );
    rmSync(baseline, { recursive: true, force: true });
    if (scale !== scales[0]) rmSync(project, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log('\nProduction build on synthetic corpora, without the official-law pack (min / median / max):\n');
console.log('| corpus | build | runs | wall s | CPU s | peak RSS MiB | pages | ms/page | ours ÷ plain (ms/page, medians) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const line of table) console.log(line);
if (second) {
  const first = stats(second.first.map((r) => r.wall)).median;
  for (const [what, runs] of [
    ['with nothing changed (up to date, not built)', second.again],
    ['after one provision file changed (content cache kept)', second.edited],
  ] as const)
    console.log(
      `\nThe ${scales[0]}× corpus built again ${what}: ${f(
        runs.map((r) => r.wall),
        1,
      )} s against ${first.toFixed(1)} s for the first build (medians: ${(first / stats(runs.map((r) => r.wall)).median).toFixed(2)}× faster).`,
    );
}
