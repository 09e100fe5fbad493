/**
 * Aligns a language version's paragraph anchors with the other languages' where its source
 * numbers them differently (`scripts/import/anchor-alignments.yaml`). Each paragraph is found by
 * its opening words; its anchor, and those of the sub-paragraphs under it, are replaced. A
 * paragraph that is not found, or found twice, fails the import naming the alignment: a source
 * that changed must be looked at again.
 */
import type { AnchorAlignment } from '../../src/schemas/anchor-alignment.ts';
import type { Unit } from './paragraphs.ts';

const FILE = 'scripts/import/anchor-alignments.yaml';

/** `1-a` under `1` renamed to `2` is `2-a`; renamed to nothing it is `a`. */
function renamed(anchor: string, from: string, to: string | null): string | null {
  if (anchor === from) return to;
  if (!anchor.startsWith(`${from}-`)) return anchor;
  const rest = anchor.slice(from.length + 1);
  return to ? `${to}-${rest}` : rest;
}

const depthOf = (anchor: string | null) => (anchor ? anchor.split('-').length : 0);

export function alignAnchors(units: Unit[], alignment: AnchorAlignment): Unit[] {
  let out = units.map((u) => ({ ...u }));
  alignment.paragraphs.forEach(({ starts, anchor }, i) => {
    const found = out.filter((u) => u.text.startsWith(starts));
    if (found.length !== 1)
      throw new Error(
        `${FILE}: ${alignment.provision} (${alignment.lang}) paragraphs[${i}].starts: ${found.length ? 'more than one' : 'no'} paragraph starts with "${starts}"`,
      );
    const unit = found[0]!;
    const from = unit.anchor;
    out = out.map((u) => {
      if (u === unit) return { ...u, anchor, depth: depthOf(anchor) };
      if (!from || !u.anchor?.startsWith(`${from}-`)) return u;
      const next = renamed(u.anchor, from, anchor);
      return { ...u, anchor: next, depth: depthOf(next) };
    });
    for (const u of out)
      if (from && u.inline) u.inline = u.inline.map((x) => ({ ...x, anchor: renamed(x.anchor, from, anchor) ?? x.anchor }));
  });
  return out;
}
