import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';

const tracked = () => execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('repository layout', () => {
  it('has only the agreed top-level entries (plus dotfiles and the lockfile)', () => {
    const allowed = new Set(['src', 'content', 'scripts', 'public', 'test', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'README.md', 'package-lock.json']);
    const top = new Set(tracked().map((path) => path.split('/')[0]!));
    const unexpected = [...top].filter((entry) => !allowed.has(entry) && !entry.startsWith('.'));
    expect(unexpected).toEqual([]);
  });

  it('never reads ../shared at build, test or run time', () => {
    const offenders = tracked().filter((path) => /\.(ts|mjs|js|astro|json|sh)$/.test(path) || path.startsWith('.ci/'));
    const hits = offenders.filter((path) => {
      const text = execFileSync('cat', [path], { cwd: ROOT, encoding: 'utf8' });
      return /\.\.\/shared|shared\/seeds/.test(text) && path !== 'test/content/layout.test.ts';
    });
    expect(hits).toEqual([]);
  });
});
