/**
 * Publishing a build without a moment where no site exists: each build is written into its own
 * folder under `.builds/`, and `dist` is a symbolic link to the published one. A new build is
 * published by pointing a fresh link at it and renaming that link over `dist` — one rename(2),
 * which replaces the old link atomically — then removing the builds no longer published.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUILDS_DIR = '.builds';

/** A fresh folder for the next build (not yet published). */
export function newBuildDir(root: string): string {
  const builds = join(root, BUILDS_DIR);
  mkdirSync(builds, { recursive: true });
  return join(builds, `build-${Date.now()}-${process.pid}`);
}

/** Makes `dist` point at `build` atomically and removes every other build. */
export function publish(root: string, build: string): void {
  const dist = join(root, 'dist');
  const builds = join(root, BUILDS_DIR);
  // A `dist` folder from before builds were published by link is moved aside once (the only time a swap is not atomic).
  if (existsSync(dist) && !lstatSync(dist).isSymbolicLink()) renameSync(dist, join(builds, `build-folder-${Date.now()}`));
  const next = join(root, `dist.next-${process.pid}`);
  rmSync(next, { force: true });
  symlinkSync(relative(root, build), next, 'dir');
  renameSync(next, dist);
  for (const entry of readdirSync(builds)) if (join(builds, entry) !== build) rmSync(join(builds, entry), { recursive: true, force: true });
}

/** Removes a build that failed, leaving the published one as it was. */
export function discard(build: string): void {
  rmSync(build, { recursive: true, force: true });
}
