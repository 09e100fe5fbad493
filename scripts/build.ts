/**
 * Production build without half-written output: Astro builds into a staging folder, and only a
 * build that succeeds replaces `dist/`. A failed build leaves the previous `dist/` untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const staging = join(root, '.build-tmp');
const dist = join(root, 'dist');

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
