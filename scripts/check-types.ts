/**
 * `npm run check:types`: runs `astro check` and fails unless it really ran and found no error.
 * Why: when its own dependencies cannot load, `astro check` prints an error and can still exit 0
 * in CI, which would let a broken type check pass silently.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const run = spawnSync(process.execPath, [astro, 'check'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const output = `${run.stdout}\n${run.stderr}`;
const summary = /Result \((\d+) files?\):\s*\n-\s*(\d+) errors?/.exec(output);
if (run.status !== 0 || !summary) {
  console.error(
    `\nType check failed: astro check ${run.status !== 0 ? `exited ${run.status}` : 'did not report a result (it did not run)'}.`,
  );
  process.exit(1);
}
if (summary[2] !== '0') process.exit(1);
console.log(`Type check passed: ${summary[1]} files, 0 errors.`);
