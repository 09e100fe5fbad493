/** Hashing a set of files and folders by path and content, in a fixed order, for cache keys. */
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file at or below `path`, sorted; nothing when `path` does not exist. */
export function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** Adds each file under `paths` (relative to `root`) to `hash`: its path from `root`, then its bytes. */
export function hashFiles(hash: Hash, root: string, paths: string[]): Hash {
  for (const file of paths.flatMap((p) => filesUnder(join(root, p)))) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file));
  return hash;
}
