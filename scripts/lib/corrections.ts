/**
 * Curated corrections to the sources, read from `scripts/import/corrections.yaml`. Each names
 * the source file, the line, the exact text found and its replacement, and gives its reason. A
 * correction whose `found` text is not on its line fails the import: a source that changed must
 * be looked at again, not silently patched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Correction {
  source: string;
  line: number;
  found: string;
  replace: string;
  reason: string;
}

export function loadCorrections(root: string): Correction[] {
  const file = join(root, 'scripts', 'import', 'corrections.yaml');
  const list = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of corrections`);
  return list.map((raw, index) => {
    const c = raw as Partial<Correction>;
    for (const field of ['source', 'line', 'found', 'replace', 'reason'] as const)
      if (c[field] === undefined || c[field] === '') throw new Error(`scripts/import/corrections.yaml: [${index}].${field} is missing`);
    return c as Correction;
  });
}

/** Applies the corrections for one source to its lines (1-based line numbers); returns what was applied. */
export function applyCorrections(source: string, lines: string[], corrections: Correction[]): Correction[] {
  const applied: Correction[] = [];
  for (const c of corrections.filter((x) => x.source === source)) {
    const line = lines[c.line - 1];
    if (line === undefined || !line.includes(c.found))
      throw new Error(
        `correction for ${source} line ${c.line}: expected to find "${c.found}" but the line reads "${line ?? '(no such line)'}"`,
      );
    lines[c.line - 1] = line.replace(c.found, c.replace);
    applied.push(c);
  }
  return applied;
}
