/**
 * Production build without half-written output: the official texts are derived from the law pack
 * when it is present (`.official-law/`, git-ignored), then Astro builds into a fresh folder under
 * `.builds/`, and only a build that succeeds is published as `dist` (an atomic switch of a link, see
 * scripts/lib/publish.ts). A failed build leaves the published site untouched. When nothing the
 * build reads has changed since the published build (scripts/lib/build-inputs.ts), it is not built
 * again; `npm run build -- --force` builds anyway (and Astro then clears its content cache too).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OfficialReport } from './import/official.ts';
import { buildInputsDigest, isUpToDate, recordBuild } from './lib/build-inputs.ts';
import { discard, newBuildDir, publish } from './lib/publish.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
// A pack that cannot be located is reported by the import below, with its own message; the build then goes ahead unrecorded.
const inputs = (() => {
  try {
    return buildInputsDigest(
      root,
      args.filter((a) => a !== '--force'),
    );
  } catch {
    return undefined;
  }
})();
if (inputs && !args.includes('--force') && isUpToDate(root, inputs)) {
  console.log('Nothing the build reads has changed since the build in dist/: it is up to date (npm run build -- --force builds anyway).');
  process.exit(0);
}
/**
 * The official-law import runs in a worker thread: what it reads (the whole content tree) goes with
 * the worker, instead of staying in this process for as long as Astro builds.
 */
function importOfficialInWorker(): Promise<OfficialReport[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lib/official-import-worker.ts', import.meta.url), { workerData: root });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
const staging = newBuildDir(root);
const dist = join(root, 'dist');
// Builds before publishing by link used this folder; nothing uses it now.
rmSync(join(root, '.build-tmp'), { recursive: true, force: true });

try {
  for (const report of await importOfficialInWorker()) {
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    console.log(
      report.dir
        ? `Official law pack "${report.pack}": ${total} provision versions from ${report.dir} (npm run import:official prints the details).`
        : `Official law pack "${report.pack}" not found: the site says the official text is not loaded.`,
    );
  }
} catch (error) {
  console.error(`Build failed while reading the official law pack: ${(error as Error).message}\ndist/ was left as it was.`);
  process.exit(1);
}

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// The content layer's cache is kept between builds: each entry's cache key includes the digest of
// its render inputs (src/lib/content/render-inputs.ts), so a changed plugin or corpus renders again.
const result = spawnSync(process.execPath, [astro, 'build', ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CONCORDANCE_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0 || !existsSync(join(staging, 'index.html'))) {
  discard(staging);
  console.error('\nBuild failed: dist/ was left as it was.');
  process.exit(result.status || 1);
}
publish(root, staging);
if (inputs) recordBuild(root, staging, inputs);
console.log(`Built into ${dist}`);
