/**
 * The content layer's cache is kept between builds (no `--force`): a second build, with the cache
 * of the build `npm test` just made, must give the published site byte for byte — every page and
 * every open-data file. Built into a temporary folder, so the site under test is not touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBuilds } from '../../scripts/lib/compare-builds.ts';
import { ROOT } from '../helpers/corpus.ts';

describe('a rebuild with the content cache kept', () => {
  it('gives the published site byte for byte: the same pages and open-data files', { timeout: 600_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'rebuild-'));
    try {
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
        cwd: ROOT,
        env: { ...process.env, CONCORDANCE_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(result.status, result.stderr.slice(-2000)).toBe(0);
      const difference = compareBuilds(realpathSync(join(ROOT, 'dist')), out);
      expect(difference).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
