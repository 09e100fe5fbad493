/**
 * Curated corrections to the sources (`scripts/import/corrections.yaml`, validated by
 * `src/schemas/correction.ts`). Each names the source file, the line that follows the corrected one
 * (which must occur once), the exact text found and its replacement, and gives its reason. A
 * correction that no longer finds its place fails the import: a source that changed must be looked
 * at again, not silently patched.
 */
import type { Correction } from '../../src/schemas/correction.ts';

export type { Correction };

/** Applies the corrections for one source to its lines; returns what was applied, each with the line it was applied to (1-based). */
export function applyCorrections(source: string, lines: string[], corrections: Correction[]): (Correction & { line: number })[] {
  const applied: (Correction & { line: number })[] = [];
  for (const c of corrections.filter((x) => x.source === source)) {
    const where = `correction for ${source} (the line before "${c.followedBy}")`;
    const anchors = lines.flatMap((l, i) => (l.trim() === c.followedBy ? [i] : []));
    if (anchors.length !== 1) throw new Error(`${where}: "${c.followedBy}" is on ${anchors.length} lines, expected exactly one`);
    let at = anchors[0]! - 1;
    while (at >= 0 && !lines[at]!.trim()) at--;
    const line = lines[at];
    if (line === undefined || !line.includes(c.found))
      throw new Error(`${where}: expected to find "${c.found}" on line ${at + 1}, which reads "${line?.trim() ?? '(no such line)'}"`);
    lines[at] = line.replace(c.found, c.replace);
    applied.push({ ...c, line: at + 1 });
  }
  return applied;
}
