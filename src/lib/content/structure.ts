/** Labels for an article's place in its instrument (chapter › section › title). */
import type { StructureLevel } from '../../schemas/provision.ts';

/** "Chapter II" */
export function levelLabel(level: StructureLevel): string {
  // An annex, or a level named rather than numbered ("ОСОБЕННАЯ ЧАСТЬ"), is called by its own words.
  if (level.level === 'annex' || !/^[\dIVXLC]+(?:-\d+)?$/i.test(level.number)) return level.number;
  return `${level.level[0]?.toUpperCase()}${level.level.slice(1)} ${level.number}`;
}

/** "Chapter II – Measures… › Section 1 – Substantive criminal law", or null outside any chapter. */
export function structureLabel(structure: StructureLevel[]): string | null {
  return (
    structure
      .map((s) => {
        const english = s.translatedTitles.find((t) => t.lang === 'en');
        // A title no source gives in English is the editors' translation, and says so wherever it is shown.
        return `${levelLabel(s)}${s.title ? ` – ${s.title}` : ''}${english ? ` (${english.text}${english.official ? '' : ', unofficial translation'})` : ''}`;
      })
      .join(' › ') || null
  );
}
