import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { discard, newBuildDir, publish } from '../../scripts/lib/publish.ts';
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
    // A site already published: a failed build must leave it exactly as it was.
    const published = newBuildDir(dir);
    mkdirSync(published);
    writeFileSync(join(published, 'index.html'), 'the published site');
    publish(dir, published);
    edit(dir, 'content/concordance/budapest-kz/budapest-2.md', 'to: kz-penal-code/205', 'to: budapest/9999');
    const result = spawnSync(process.execPath, [join(dir, 'scripts', 'build.ts')], { cwd: dir, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'content/concordance/budapest-kz/budapest-2.md: targets[0].to: unknown provision "budapest/9999"',
    );
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('the published site');
    expect(readdirSync(join(dir, '.builds'))).toEqual([published.split('/').pop()]);
  });
});

describe('publishing a build', () => {
  it('switches dist to the new build by renaming a link over it, and removes the old build', () => {
    const root = mkdtempSync(join(tmpdir(), 'concordance-publish-'));
    // A dist folder from before publishing by link is moved aside, then replaced.
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), 'old');
    const first = newBuildDir(root);
    mkdirSync(first);
    writeFileSync(join(first, 'index.html'), 'first');
    publish(root, first);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('first');
    const second = `${newBuildDir(root)}-2`;
    mkdirSync(second);
    writeFileSync(join(second, 'index.html'), 'second');
    publish(root, second);
    expect(readlinkSync(join(root, 'dist'))).toBe(join('.builds', second.split('/').pop()!));
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('second');
    expect(readdirSync(join(root, '.builds'))).toEqual([second.split('/').pop()]);
    // A failed build is discarded; the published one stays.
    const failed = newBuildDir(root);
    mkdirSync(failed);
    discard(failed);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('second');
    expect(readdirSync(root).filter((e) => e.startsWith('dist.next'))).toEqual([]);
  });
});
