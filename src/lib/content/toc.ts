/**
 * Table of contents: an instrument's provisions grouped under their chapter, section and title
 * headings, in order. Consecutive provisions with the same place share one group.
 */
import { readingVersion, type ProvisionRecord } from './corpus.ts';
import { structureLabel } from './structure.ts';

export interface TocGroup {
  /** "Chapter II – Measures… › Section 1 – Substantive criminal law", or null for provisions outside any chapter. */
  group: string | null;
  items: { number: string; type: string; title: string | undefined }[];
}

export function tableOfContents(provisions: ProvisionRecord[]): TocGroup[] {
  const groups: TocGroup[] = [];
  for (const p of provisions) {
    const v = readingVersion(p);
    // The place is printed in every language that gives one (a quoted translation may give none).
    const labels = [...new Set(p.versions.map((x) => structureLabel(x.data.structure)).filter((l): l is string => l !== null))];
    const group = labels.join(' / ') || null;
    const title = v.data.title ?? v.data.translatedTitles.find((t) => t.lang === 'en')?.text;
    const last = groups.at(-1);
    const item = { number: p.number, type: p.type, title };
    if (last && last.group === group) last.items.push(item);
    else groups.push({ group, items: [item] });
  }
  return groups;
}
