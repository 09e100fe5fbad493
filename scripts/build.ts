/**
 * Production build without half-written output: the official texts are derived from the law pack
 * when it is present (`.official-law/`, git-ignored), then Astro builds into a staging folder, and
 * only a build that succeeds replaces `dist/`. A failed build leaves the previous `dist/` untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { importOfficial } from './import/official.ts';

const root = join(import.meta.dirname, '..');
const staging = join(root, '.build-tmp');
const dist = join(root, 'dist');

try {
  for (const report of importOfficial(root)) {
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

rmSync(staging, { recursive: true, force: true });
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// --force: re-render Markdown even when only a remark plugin (not the content) changed; the content layer cache would keep stale HTML.
const result = spawnSync(process.execPath, [astro, 'build', '--force', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CONCORDANCE_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0 || !existsSync(join(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\nBuild failed: dist/ was left as it was.');
  process.exit(result.status || 1);
}
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log(`Built into ${dist}`);
