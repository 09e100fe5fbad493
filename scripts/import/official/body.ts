/**
 * Reads an article's body: parts (`1.`, `2-1.`), items (`1)`, `2-1)`), sub-items (`а)`), the
 * law's own notes (Примечание / Ескертпе) and the portal's amendment notes (Сноска / Ескерту),
 * which are annotations, not law, and are returned apart with the amending laws they name.
 *
 * Anchors are the same in Russian and Kazakh: a part is its number (`2`), an item adds its number
 * (`2-3`); a number with a hyphen keeps it as a dot inside its segment (part 2-1 → `2.1`, item 2-1)
 * of part 3 → `3-2.1`), so that `2-1` always means item 1 of part 2.
 */
import { unescapeMarkdown } from './clean.ts';

export interface BodyUnit {
  anchor: string | null;
  depth: number;
  text: string;
  /** True when the source prints the unit in italics (repealed items, placeholders). */
  italic: boolean;
}

export interface AmendingLaw {
  /** Number as printed, with Cyrillic look-alike letters read as Latin (`180-VІ` → `180-VI`). */
  number: string;
  /** Date of the law (YYYY-MM-DD). */
  date: string;
}

export interface AmendmentNote {
  /** The note as the source prints it, without its Markdown. */
  text: string;
  laws: AmendingLaw[];
}

export interface ParsedBody {
  units: BodyUnit[];
  amendments: AmendmentNote[];
  /** Labels read more than once (kept as text, anchored once). */
  repeated: string[];
}

const EDITORIAL_NOTE = /^(?:Сноска|Снсока|Ескерту)\./u;
const NOTE = /^(?:Примечани[ея]|Ескертпе(?:лер)?)\.?(?:\s|$)/u;
const PART = /^(\d+(?:-\d+)*)\.(?=\s|\S)/u;
const ITEM = /^(\d+(?:-\d+)*)\)/u;
const SUBITEM = /^([а-яәғқңөұүһі])(?:-(\d+))?\)/u;
/** The sanction of a part: "наказывается …" (Russian), "… жазаланады." (Kazakh). */
const SANCTION = /^наказыва|жазаланады[.;,]?$/u;
const LAW = /(\d{2})\.(\d{2})\.(\d{4})\s*(?:года\s*)?№\s*([\dIVXІ]+-[IVXІ]+)/gu;

const segment = (label: string) => label.replace(/-/g, '.');

/** The amending laws a note names: `от 16.07.2025 № 210-VIII`, `ҚР 16.07.2025 № 210-VIII`. */
export function amendingLaws(note: string): AmendingLaw[] {
  return [...note.matchAll(LAW)].map((m) => ({ number: m[4]!.replace(/І/g, 'I'), date: `${m[3]}-${m[2]}-${m[1]}` }));
}

/** An amendment note, in any of the forms the pack uses: quoted italics, plain italics, or unmarked with a dated law. */
function editorialNote(block: string): string | null {
  const text = block.replace(/^>\s*/, '');
  const inner = /^\*(.*)\*$/su.exec(text)?.[1]?.trim();
  if (inner && EDITORIAL_NOTE.test(inner)) return inner;
  if (block.startsWith('>') && EDITORIAL_NOTE.test(text)) return text.replace(/^\*|\*$/g, '');
  if (EDITORIAL_NOTE.test(text) && /(?:Заңымен|Заңдарымен|законом|законами)[^\p{L}]*$/iu.test(text) && amendingLaws(text).length)
    return text;
  return null;
}

export function parseBody(lines: string[]): ParsedBody {
  const units: BodyUnit[] = [];
  const amendments: AmendmentNote[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  let part: string | null = null;
  let item: string | null = null;
  let inNote = false;
  let depth = 0;
  const push = (anchor: string | null, unitDepth: number, text: string, italic: boolean) => {
    if (anchor && seen.has(anchor)) {
      repeated.push(anchor);
      anchor = null;
    }
    if (anchor) seen.add(anchor);
    units.push({ anchor, depth: unitDepth, text, italic });
    if (anchor) depth = unitDepth;
  };
  for (const raw of lines) {
    const block = unescapeMarkdown(raw.trim());
    const note = editorialNote(block);
    if (note !== null) {
      amendments.push({ text: note, laws: amendingLaws(note) });
      continue;
    }
    const italicInner = /^\*(.+)\*$/su.exec(block)?.[1];
    const text = italicInner ?? block;
    const italic = italicInner !== undefined;
    if (NOTE.test(text)) {
      inNote = true;
      push('note', 1, text, italic);
      continue;
    }
    const partLabel = PART.exec(text)?.[1];
    const itemLabel = ITEM.exec(text)?.[1];
    const subLabel = SUBITEM.exec(text)?.[1];
    if (inNote && partLabel) {
      push(`note-${segment(partLabel)}`, 2, text, italic);
    } else if (partLabel && !inNote) {
      part = segment(partLabel);
      item = null;
      push(part, 1, text, italic);
    } else if (itemLabel) {
      inNote = false;
      item = segment(itemLabel);
      push(part ? `${part}-${item}` : item, part ? 2 : 1, text, italic);
    } else if (subLabel !== undefined) {
      // Lettered items are anchored by their place (а) → a, б) → b), so Russian and Kazakh agree; an
      // inserted one keeps its number (б-1) → b.1). They stand under an item, under a part with no
      // numbered items, or under an unnumbered lead-in.
      const base = item ? (part ? `${part}-${item}` : item) : part;
      const level = base ? base.split('-').length + 1 : 1;
      const siblings = units.filter(
        (u) => u.depth === level && u.anchor && (base ? u.anchor.startsWith(`${base}-`) : !u.anchor.includes('-')),
      );
      const inserted = SUBITEM.exec(text)?.[2];
      const letters = siblings.filter((u) => !u.anchor!.split('-').at(-1)!.includes('.'));
      const letter = String.fromCharCode(97 + Math.max(0, letters.length - (inserted ? 1 : 0)));
      push(`${base ? `${base}-` : ''}${letter}${inserted ? `.${inserted}` : ''}`, level, text, italic);
    } else {
      // Unlabelled: a sanction (it punishes the whole part, so it closes the part's items), a lead-in,
      // or a continuation of the unit before it.
      const sanction = part !== null && SANCTION.test(text);
      units.push({ anchor: null, depth: sanction ? 1 : depth, text, italic });
    }
  }
  return { units, amendments, repeated };
}
