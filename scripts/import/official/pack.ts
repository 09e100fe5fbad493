/**
 * A law pack on disk: where it is, what its manifest lists, and each listed file's text, checked
 * against the manifest (length, SHA-256, version date in the path and in the portal address).
 * Nothing is read that the manifest does not list; a file that does not match fails the import.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseOrThrow } from '../../../src/lib/content/validate.ts';
// Portal addresses end with the version date as the laws print it: `…/16.09.2025`.
import { printedDate } from '../../../src/lib/content/versions.ts';
import { lawPackActsSchema, lawPackManifestSchema, type LawPackFile } from '../../../src/schemas/law-pack.ts';

export interface PackLocation {
  /** The pack's name, as instruments' `officialText.pack` gives it. */
  name: string;
  /** Absolute path, or null when the pack is not there. */
  dir: string | null;
}

/**
 * The pack named `name`: the folder an environment variable names (`KZ_LAW_PACK=/path`; `none` builds
 * without it), else `../shared/<name>` beside the project when it exists.
 */
export function locatePack(root: string, name: string, env: NodeJS.ProcessEnv = process.env): PackLocation {
  const variable = `${name.replace(/-/g, '_').toUpperCase()}_PACK`;
  const given = env[variable];
  if (given === 'none') return { name, dir: null };
  if (given) {
    if (!existsSync(join(given, 'manifest.json'))) throw new Error(`${variable}=${given}: no manifest.json there`);
    return { name, dir: resolve(given) };
  }
  const beside = resolve(root, '..', 'shared', name);
  return { name, dir: existsSync(join(beside, 'manifest.json')) ? beside : null };
}

export interface PackFile extends LawPackFile {
  text: string;
}

export function readPack(dir: string): { files: PackFile[]; acts: ReturnType<typeof lawPackActsSchema.parse> } {
  const manifest = parseOrThrow(lawPackManifestSchema, 'manifest.json', JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  const actsPath = join(dir, 'acts.json');
  const acts = existsSync(actsPath) ? parseOrThrow(lawPackActsSchema, 'acts.json', JSON.parse(readFileSync(actsPath, 'utf8'))) : [];
  const files = manifest.map((entry) => {
    const [act, lang, date] = entry.file.split('/');
    if (act !== entry.act || lang !== entry.lang || date !== entry.version_date)
      throw new Error(
        `manifest.json: ${entry.file}: act, lang or version_date (${entry.act}, ${entry.lang}, ${entry.version_date}) does not match the path`,
      );
    if (!entry.official_source.endsWith(`/${printedDate(entry.version_date)}`))
      throw new Error(
        `manifest.json: ${entry.file}: version_date ${entry.version_date} does not match official_source ${entry.official_source}`,
      );
    const path = join(dir, entry.file);
    if (!existsSync(path)) throw new Error(`${entry.file}: listed in manifest.json but not in the pack`);
    const text = readFileSync(path, 'utf8');
    const sha = createHash('sha256').update(text).digest('hex');
    if (sha !== entry.sha256 || [...text].length !== entry.chars)
      throw new Error(`${entry.file}: does not match manifest.json (sha256 or length differs); the pack is corrupt or was edited`);
    return { ...entry, text };
  });
  return { files, acts };
}
