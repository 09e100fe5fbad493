/**
 * `npm run bench:build`: the production build with and without the official-law pack, interleaved
 * (without, with, without, with…) so that drift of the machine's speed falls on both. Prints wall
 * and CPU seconds, peak resident memory (GNU time's maximum RSS of the build's processes) and pages,
 * each as min / median / max, and the with/without ratios of the medians. Prints figures only.
 *
 * Usage: npm run bench:build [-- runs]   (default 3 runs of each; needs /usr/bin/time, Debian package `time`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const runs = Number(process.argv[2] ?? 3);
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

function build(pack: 'with' | 'without'): Run {
  const env = { ...process.env, ...(pack === 'without' ? { KZ_LAW_PACK: 'none' } : {}) };
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', process.execPath, join(root, 'scripts', 'build.ts')], {
    cwd: root,
    env,
    encoding: 'utf8',
    // The build's own log is long; only GNU time's line on stderr is read.
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (result.status !== 0 || !line) throw new Error(`build ${pack} the pack failed:\n${result.stderr.slice(-2000)}`);
  const [wall, user, sys, kib] = line.split(' ').slice(1).map(Number) as [number, number, number, number];
  return { wall, cpu: user + sys, rssMiB: kib / 1024, pages: pages(join(root, 'dist')) };
}

const results: Record<'with' | 'without', Run[]> = { with: [], without: [] };
for (let i = 0; i < runs; i++)
  for (const pack of ['without', 'with'] as const) {
    const run = build(pack);
    results[pack].push(run);
    console.error(`run ${i + 1}/${runs} ${pack} the pack: ${run.wall.toFixed(1)} s, ${run.rssMiB.toFixed(0)} MiB, ${run.pages} pages`);
  }

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};
const row = (label: string, key: keyof Run, digits: number) => {
  const w = stats(results.without.map((r) => r[key]));
  const p = stats(results.with.map((r) => r[key]));
  const f = (s: { min: number; median: number; max: number }) =>
    `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;
  console.log(`| ${label} | ${f(w)} | ${f(p)} | ${(p.median / w.median).toFixed(2)}× |`);
};
console.log(`\nProduction build, ${runs} runs each, interleaved (min / median / max):\n`);
console.log('| figure | without the pack | with the pack | with/without (medians) |');
console.log('|---|---|---|---|');
row('wall s', 'wall', 1);
row('CPU s', 'cpu', 1);
row('peak RSS MiB', 'rssMiB', 0);
row('pages', 'pages', 0);
