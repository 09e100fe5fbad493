import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';

const tracked = () =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('repository layout', () => {
  it('has only the agreed top-level entries (plus dotfiles and the lockfile)', () => {
    const allowed = new Set(['src', 'content', 'scripts', 'public', 'test', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'README.md', 'package-lock.json']);
    const top = new Set(tracked().map((path) => path.split('/')[0]!));
    const unexpected = [...top].filter((entry) => !allowed.has(entry) && !entry.startsWith('.'));
    expect(unexpected).toEqual([]);
  });

  it('never reads the seed documents outside content/sources/ (the project keeps its own copies)', () => {
    const code = tracked().filter((path) => /\.(ts|mjs|js|astro|json|sh)$/.test(path) || path.startsWith('.ci/'));
    const hits = code.filter((path) => path !== 'test/content/layout.test.ts' && /shared\/seeds/.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(code.length).toBeGreaterThan(100);
    expect(hits).toEqual([]);
  });
});
