/**
 * Curated corrections to the sources (`scripts/import/corrections.yaml`, validated by
 * `src/schemas/correction.ts`). Each names
 * the source file, the line, the exact text found and its replacement, and gives its reason. A
 * correction whose `found` text is not on its line fails the import: a source that changed must
 * be looked at again, not silently patched.
 */
import type { Correction } from '../../src/schemas/correction.ts';

export type { Correction };

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
