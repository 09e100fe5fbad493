/**
 * What a production build reads — the project's code, content and installed packages, the law packs
 * it imports (as located for this environment), the Node version and the build's arguments — and the
 * digest of it all. Builds are deterministic (test/browser/build-cache.test.ts rebuilds and compares
 * file by file), so a build whose inputs have the digest recorded for the published site would write
 * that same site again: scripts/build.ts skips it, as make skips an up-to-date target.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { hashFiles } from '../../src/lib/content/files-digest.ts';
import { listFiles } from '../../src/lib/content/read.ts';
import { locatePack } from '../import/official/pack.ts';

/** The project's files a build reads, relative to its root (folders walked). */
const PROJECT_INPUTS = [
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  // What npm actually installed, which a lockfile left unchanged need not say.
  'node_modules/.package-lock.json',
  'tsconfig.json',
  'src',
  'content',
  'public',
  'scripts',
];

/** Where the digest of the published build's inputs is kept (with Astro's cache, so clearing one clears both). */
const RECORD = join('.astro', 'last-build.json');

/** The law packs the instruments name, as located for `env` (a pack's folder, or none). */
function packDirs(root: string, env: NodeJS.ProcessEnv): [string, string | null][] {
  const names = new Set<string>();
  for (const file of listFiles(join(root, 'content', 'instruments'), ['.yaml'])) {
    const pack = (parseYaml(readFileSync(file, 'utf8')) as { officialText?: { pack?: unknown } } | null)?.officialText?.pack;
    if (typeof pack === 'string') names.add(pack);
  }
  return [...names].sort().map((name) => [name, locatePack(root, name, env).dir]);
}

/** The digest of everything a build of `root` with `args` reads. */
export function buildInputsDigest(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const hash = hashFiles(createHash('sha256'), root, PROJECT_INPUTS);
  for (const [name, dir] of packDirs(root, env)) {
    hash.update(`\0pack ${name} ${dir ?? 'none'}\0`);
    if (dir) hashFiles(hash, dir, ['.']);
  }
  return hash.update(`\0node ${process.version}\0args ${JSON.stringify(args)}`).digest('hex');
}

/** True when `dist` is the build recorded with inputs of digest `digest`, and is whole. */
export function isUpToDate(root: string, digest: string): boolean {
  const record = join(root, RECORD);
  const dist = join(root, 'dist');
  if (!existsSync(record) || !existsSync(join(dist, 'index.html'))) return false;
  const last = JSON.parse(readFileSync(record, 'utf8')) as { inputs?: string; build?: string };
  return last.inputs === digest && typeof last.build === 'string' && realpathSync(dist) === resolve(root, last.build);
}

/** Records that the published `build` was made from inputs of digest `digest`. */
export function recordBuild(root: string, build: string, digest: string): void {
  mkdirSync(join(root, RECORD, '..'), { recursive: true });
  writeFileSync(join(root, RECORD), `${JSON.stringify({ inputs: digest, build: relative(root, build) }, null, 2)}\n`);
}
