/**
 * Reads the Kazakh column of each row as quotations: an act heading, then article headings
 * ("Article 205. Illegal access…") each followed by its quoted text; numbered text quoted
 * without an article heading ("12) information system – …"); and the profile's own commentary
 * (text before any act, unnumbered prose after an act heading, and "For reference:" notes).
 * A quotation broken by a page break is stitched back, across rows where the page break falls
 * at a row boundary (Articles 20 and 21).
 */
import { actOf } from './acts.ts';
import type { Paragraph } from './columns.ts';

export interface Quote {
  act: string;
  /** Article number, or `unnumbered` for text quoted without an article heading. */
  number: string;
  title: string | undefined;
  paragraphs: string[];
  lines: [number, number];
  /** Headings of the quoted act that stand above the quotation ("Section 12. …"). */
  structure: { level: 'chapter' | 'section'; number: string; title: string }[];
  /** The profile's key tying the quotation to a term of the Convention ("a)", "c) i)", "ii)"), where it gives one. */
  key?: string;
  /** Which act heading of the row the quotation stands under (each heading opens a new quotation). */
  group?: number;
}

export interface RowReading {
  quotes: Quote[];
  commentary: string[];
  /** Paragraphs read as list labels only ("c) i)"), which the profile uses to point at Convention definitions. */
  labels: string[];
}

/** "Article 205. Illegal access…" or a bare "Article 39" (never "Article 77 of the Constitution…"). */
const ARTICLE = /^Article (\d+(?:-\d+)?)(?:\.\s*(.*))?$/;
/** A heading inside a quoted act ("Chapter 2. Procedure of…", "Section 12. International cooperation…"). */
const ACT_HEADING = /^(Chapter|Section) (\d+)\.\s*(.+)$/;
/** Text that opens with a part or item number ("2. Personal data…", "12) information system…"). */
const NUMBERED = /^\d+[.)] /;
/** The number given to text an act's quotations carry without an article heading. */
export const UNNUMBERED = 'unnumbered';
const LABEL_ONLY = /^(?:[a-z]\)|[ivx]+\))(?:\s*(?:[a-z]\)|[ivx]+\)))*$/;
/** The key printed before an act's name ("a) The Law…", "ii) The Law…"). */
const KEY_PREFIX = /^(?:(?:[a-z]|[ivx]+)\)\s*)+/;
const REFERENCE = /^For reference:/;
/** A paragraph that stops mid-sentence: a page break cut it. */
const OPEN_END = /[^.;:!?…\-–—)"”»]$/;

/** Words a sentence cannot end on: a page break that falls after one cut the sentence. */
const OPEN_WORD = /\b(?:the|of|by|a|an|and|or|to|in|for|with|on|at|from)$/;

/** True when `next` carries on the sentence `previous` leaves open (and is not a heading or a list label). */
function continues(previous: string, next: string): boolean {
  if (actOf(next) || /^(?:[a-z]\)|[ivx]+\)|\d+[.)] )/.test(next)) return false;
  return OPEN_END.test(previous) && (/^[a-z]/.test(next) || OPEN_WORD.test(previous));
}

/** Run-once: joins each domestic paragraph cut by a page break with its continuation (which starts in lower case). */
export function stitch(rows: Paragraph[][]): { rows: Paragraph[][]; carried: boolean[] } {
  const out = rows.map(() => [] as Paragraph[]);
  const carried = rows.map(() => false);
  let last: Paragraph | undefined;
  let lastRow = -1;
  rows.forEach((row, r) => {
    let first = true;
    for (const p of row) {
      if (p.column !== 'domestic') continue;
      if (last && continues(last.text, p.text)) {
        if (last.emphasis || p.emphasis) last.emphasis = `${last.emphasis ?? last.text} ${p.emphasis ?? p.text}`;
        last.text = `${last.text} ${p.text}`;
        last.end = p.end ?? p.n;
        if (first && lastRow < r) carried[r] = true;
      } else {
        last = { ...p };
        lastRow = r;
        out[r]!.push(last);
      }
      first = false;
    }
  });
  return { rows: out, carried };
}

/**
 * Reads one row. `open` is the quotation still open from the previous row when this row begins
 * with its continuation; paragraphs up to the next heading then continue it.
 */
export function readRow(paragraphs: Paragraph[], open: Quote | undefined): RowReading & { open: Quote | undefined } {
  const reading: RowReading = { quotes: [], commentary: [], labels: [] };
  let act: string | undefined;
  let quote: Quote | undefined = open;
  let inReference = false;
  let heading: Quote['structure'] = [];
  const append = (q: Quote, p: Paragraph) => {
    q.paragraphs.push(p.emphasis ?? p.text);
    q.lines[1] = p.end ?? p.n;
  };
  let key: string | undefined;
  let group = 0;
  for (const p of paragraphs) {
    const named = actOf(p.text);
    const article = ARTICLE.exec(p.text);
    if (named) {
      act = named.key;
      quote = undefined;
      inReference = false;
      group += 1;
      // A key printed before the act's name ("a) The Law…") replaces the one in force; without one, the last key still holds.
      key = KEY_PREFIX.exec(p.text)?.[0].trim() || key;
    } else if (article && (act || quote)) {
      act ??= quote!.act;
      quote = { act, number: article[1]!, title: article[2] || undefined, paragraphs: [], lines: [p.n, p.n], structure: heading };
      reading.quotes.push(quote);
      inReference = false;
      heading = [];
    } else if (ACT_HEADING.test(p.text) && act) {
      const [, level = '', number = '', title = ''] = ACT_HEADING.exec(p.text)!;
      heading = [{ level: level.toLowerCase() as 'chapter' | 'section', number, title }];
      quote = undefined;
      inReference = false;
    } else if (LABEL_ONLY.test(p.text)) {
      reading.labels.push(p.text);
      key = p.text;
    } else if (REFERENCE.test(p.text) || (inReference && !(quote && NUMBERED.test(p.text)))) {
      reading.commentary.push(p.text);
      inReference = true;
    } else if (quote) {
      inReference = false;
      append(quote, p);
    } else if (act && NUMBERED.test(p.text)) {
      // Numbered text quoted with no article heading (the definitions under Article 1).
      // Each act heading opens its own quotation, numbered in the order they come (`unnumbered`, `unnumbered-2`…).
      const current = act;
      quote = reading.quotes.find((q) => q.act === current && q.group === group && q.number.startsWith(UNNUMBERED));
      if (!quote) {
        const earlier = reading.quotes.filter((q) => q.act === current && q.number.startsWith(UNNUMBERED)).length;
        const number = earlier ? `${UNNUMBERED}-${earlier + 1}` : UNNUMBERED;
        quote = { act, number, title: undefined, paragraphs: [], lines: [p.n, p.n], structure: heading, group, ...(key ? { key } : {}) };
        reading.quotes.push(quote);
        heading = [];
      }
      append(quote, p);
    } else {
      reading.commentary.push(p.text);
    }
  }
  return { ...reading, open: quote };
}
