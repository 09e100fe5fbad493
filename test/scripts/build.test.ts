import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';
import { edit } from '../helpers/content-copy.ts';

/** A copy of the project (sharing node_modules) whose build we can break. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'concordance-build-'));
  for (const entry of ['src', 'content', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('npm run build on bad content', () => {
  it('fails naming the file and field, and writes no output', { timeout: 120_000 }, () => {
    const dir = copyProject();
    edit(dir, 'content/concordance/budapest-kz/budapest-2.md', 'to: kz-penal-code/205', 'to: budapest/9999');
    const result = spawnSync(process.execPath, [join(dir, 'scripts', 'build.ts')], { cwd: dir, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'content/concordance/budapest-kz/budapest-2.md: targets[0].to: unknown provision "budapest/9999"',
    );
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, '.build-tmp'))).toBe(false);
  });
});
