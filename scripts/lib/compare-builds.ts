/**
 * Compares two built sites file by file: the pages and files only one of them has, and the files
 * whose bytes differ. Used by the test that a cached rebuild equals the published build, and by
 * `scripts/compare-builds.ts` to list a change's intended differences.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuildDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

function files(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
    });
}

export function compareBuilds(first: string, second: string): BuildDifference {
  const a = files(first);
  const b = new Set(files(second));
  const inA = new Set(a);
  return {
    onlyInFirst: a.filter((f) => !b.has(f)),
    onlyInSecond: [...b].filter((f) => !inA.has(f)),
    differing: a.filter((f) => b.has(f) && !readFileSync(join(first, f)).equals(readFileSync(join(second, f)))),
  };
}
