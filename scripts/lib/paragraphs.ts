/**
 * Paragraph structure: reads the label at the start of each paragraph ("1", "2.", "a", "b)",
 * "(ii)") and gives each labelled paragraph an anchor that is the same in every language
 * (`1-a-ii`). Labels typed with Cyrillic look-alikes ("а)") read as Latin.
 *
 * Hierarchy: number › letter › roman numeral. "i" is a roman numeral under a letter unless it
 * follows "h" (likewise "v" after "u", "x" after "w").
 */
import { latinLabel } from '../../src/lib/text/lookalikes.ts';

export interface Unit {
  /** Anchor of a labelled paragraph (`1-a-ii`), or null for an unlabelled one. */
  anchor: string | null;
  /** Nesting depth (1 = outermost); for unlabelled paragraphs, the depth of the item they continue (0 = none). */
  depth: number;
  /** The paragraph as the source gives it, label included. */
  text: string;
  /**
   * Sub-paragraphs whose label is printed after the paragraph's own ("2 a Each Party…", "a) i)
   * преобразование…"): each anchor with the offset in `text` where its label starts.
   */
  inline?: { anchor: string; at: number }[];
}

// A label ends at white space, or, for a number with its full stop, where the text starts without
// one ("2.The same actions", as the profile prints Penal Code Art. 206(2)).
// An inserted unit keeps its number with a hyphen ("2-1)" between items 2) and 3), as Kazakh codes
// print them); its anchor writes the hyphen as a full stop (`2-2.1`), as the official texts' do.
const LABEL =
  /^(?:\((\p{Ll}{1,4}|\d{1,3})\)|(\d{1,3}(?:-\d{1,2}(?=[.)]))?)(\.(?!\d)|\))?|(\p{Ll}{1,4})(?:\.|\))?)(?=[\s\u00A0]|(?<=\d\.)\p{Lu})/u;
/** A day, a word and a year: a date line, in any language. */
const DATE_LINE = /^\d{1,2}[\s\u00A0]+\p{L}+\.?[\s\u00A0]+\d{4}\b/u;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

const nextLetter = (letter: string | undefined) => (letter ? String.fromCharCode(letter.charCodeAt(0) + 1) : 'a');

/**
 * The label at the start of a paragraph, as written ("1", "a", "ii"); whether it is a number closed
 * by a parenthesis ("1)"); and whether it has punctuation at all. A bare number ("1 Each Party…",
 * as the English Budapest text writes them) counts only when it continues the numbering, so that
 * "24 декабря 2024 года" is not read as paragraph 24.
 */
export function readLabel(text: string): { label: string; closedNumber: boolean; punctuated: boolean; length: number } | null {
  // A date line ("1 June 2001", "24 декабря 2024 года") opens with a number that is no label.
  if (DATE_LINE.test(text)) return null;
  const match = LABEL.exec(text);
  if (!match) return null;
  const label = match[1] ?? match[2] ?? match[4];
  return label === undefined
    ? null
    : { label, closedNumber: match[3] === ')', punctuated: match[3] !== undefined || match[1] !== undefined, length: match[0].length };
}

/**
 * The first labels of the next levels printed right after a paragraph's own label: "a" after a
 * number, "i" after a letter ("2 a Each Party…", "a) i) преобразование…"). Only a first label
 * opens a level, so "1 Each" or "a Each" never read as one.
 */
function inlineLabels(text: string, kind: 'number' | 'letter', start: number): { label: string; kind: 'letter' | 'roman'; at: number }[] {
  const found: { label: string; kind: 'letter' | 'roman'; at: number }[] = [];
  let at = start;
  let level: 'number' | 'letter' | 'roman' = kind;
  while (level !== 'roman') {
    const gap = /^[\s\u00A0]+/.exec(text.slice(at))?.[0].length ?? 0;
    const read = readLabel(text.slice(at + gap));
    const first = level === 'number' ? 'a' : 'i';
    if (!read || latinLabel(read.label) !== first || !/[\s\u00A0]/.test(text.charAt(at + gap + read.length))) break;
    level = level === 'number' ? 'letter' : 'roman';
    found.push({ label: first, kind: level, at: at + gap });
    at += gap + read.length;
  }
  return found;
}

export function parseUnits(paragraphs: string[]): Unit[] {
  let number: string | undefined;
  let letter: string | undefined;
  let roman: string | undefined;
  let numberStyle: '.' | ')' = '.';
  let lastDepth = 0;
  const seen = new Set<string>();
  const units: Unit[] = [];
  for (const text of paragraphs) {
    const read = readLabel(text);
    let label = read === null ? null : /^\d+(-\d+)?$/.test(read.label) ? read.label.replace('-', '.') : latinLabel(read.label);
    const romanNext = ROMANS[roman ? ROMANS.indexOf(roman) + 1 : 0];
    const letterNext = nextLetter(letter);
    let kind: 'number' | 'letter' | 'roman' | null = null;
    // "1)", "2)" under a lettered item stand where other language versions have "i)", "ii)".
    if (read?.closedNumber && letter && ROMANS[Number(label) - 1] === romanNext) {
      label = romanNext!;
      kind = 'roman';
    } else if (read?.closedNumber && number && numberStyle === '.' && !letter?.match(/^[a-z]/)) {
      // Kazakh codes number the items of a part "1)", "2)" under "2.": anchors 2-1, 2-2.
      kind = 'letter';
    } else if (label && /^\d+(\.\d+)?$/.test(label) && (read?.punctuated || Number(label) === (number ? Number(number) + 1 : 1)))
      kind = 'number';
    else if (label && letter && label === romanNext && !(label.length === 1 && label === letterNext)) kind = 'roman';
    else if (label && label.length === 1 && (label === 'a' || label === letterNext)) kind = 'letter';
    if (kind === 'roman') {
      roman = label!;
    } else if (kind === 'number') {
      number = label!;
      numberStyle = read?.closedNumber ? ')' : '.';
      letter = roman = undefined;
    } else if (kind === 'letter') {
      letter = label!;
      roman = undefined;
    }
    if (kind === null) {
      units.push({ anchor: null, depth: lastDepth === 0 ? 0 : Math.max(1, lastDepth - 1), text });
      continue;
    }
    const path = [number, kind === 'number' ? undefined : letter, kind === 'roman' ? roman : undefined].filter(
      (p): p is string => p !== undefined,
    );
    const anchor = path.join('-');
    lastDepth = path.length;
    const inline = kind === 'roman' ? [] : inlineLabels(text, kind, read?.length ?? 0);
    const anchors = inline.map((i) => {
      if (i.kind === 'letter') letter = i.label;
      else roman = i.label;
      return { anchor: [...path, ...inline.slice(0, inline.indexOf(i) + 1).map((x) => x.label)].join('-'), at: i.at };
    });
    // A label that repeats (texts quoted in pieces) keeps its text but not a second anchor.
    units.push({ anchor: seen.has(anchor) ? null : anchor, depth: path.length, text, ...(anchors.length ? { inline: anchors } : {}) });
    seen.add(anchor);
    for (const a of anchors) seen.add(a.anchor);
  }
  return units;
}
