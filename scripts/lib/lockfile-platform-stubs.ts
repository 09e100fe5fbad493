/**
 * `node scripts/lib/lockfile-platform-stubs.ts`: run after `npm install` changes the lockfile.
 *
 * Why: the npm registry this project's machines use does not carry every platform build of some
 * native packages (e.g. `@astrojs/compiler-binding-darwin-arm64@0.5.1`). npm then leaves those
 * optional, off-platform packages out of package-lock.json, and `npm ci` refuses the lockfile
 * ("Missing: … from lock file"). This adds a record for each missing optional package with its
 * os/cpu/libc constraints, so `npm ci` skips them by platform as it would with full records.
 * Idempotent: a lockfile that already has the records is left as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Constraint = { cpu: string[]; os?: string[]; libc?: string[] };

/** napi-rs platform suffix → npm platform constraints. */
const PLATFORMS: Record<string, Constraint> = {
  'android-arm64': { cpu: ['arm64'], os: ['android'] },
  'darwin-arm64': { cpu: ['arm64'], os: ['darwin'] },
  'darwin-x64': { cpu: ['x64'], os: ['darwin'] },
  'linux-arm64-gnu': { cpu: ['arm64'], os: ['linux'], libc: ['glibc'] },
  'linux-arm64-musl': { cpu: ['arm64'], os: ['linux'], libc: ['musl'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { cpu: ['arm64'], os: ['win32'] },
  'win32-x64-msvc': { cpu: ['x64'], os: ['win32'] },
};

interface LockPackage {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const path = join(import.meta.dirname, '..', '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockPackage> };
const added: string[] = [];
for (const [, record] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(record.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const suffix = Object.keys(PLATFORMS).find((p) => name.endsWith(`-${p}`));
    if (!suffix) continue;
    lock.packages[key] = { version, ...(record.dev ? { dev: true } : {}), license: 'MIT', optional: true, ...PLATFORMS[suffix] };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added lockfile records for ${added.join(', ')}` : 'Lockfile already complete.');
