/**
 * Separates the profile's two columns. HTML rows put the Convention text before a tab and the
 * Kazakh text after it; Markdown pages print one column's text after the other's. Convention
 * text is recognised by matching it against the imported English Convention, so nothing from the
 * Convention column can leak into a Kazakh provision.
 */
import type { RowPiece } from './rows.ts';
import { STRONG } from '../../lib/markdown.ts';

export interface Paragraph {
  n: number;
  /** The last line of the paragraph, where a page break carried it on (stitched); else `n`. */
  end?: number;
  text: string;
  /** The text with the source's bold emphasis inside it kept between `STRONG` markers, where it has any. */
  emphasis?: string;
  /** `convention` when the text is the Convention's (or its headings), else `domestic`. */
  column: 'convention' | 'domestic';
}

/** Page furniture repeated at every page break, and links back to the table of contents. */
const PAGE_HEADER = /(?:\*\*|<b>)?BUDAPEST CONVENTION(?:\*\*|<\/b>)?\s*(?:\*\*|<b>)?DOMESTIC LEGISLATION(?:\*\*|<\/b>)?/g;
const FURNITURE =
  /^(?:BUDAPEST CONVENTION|DOMESTIC LEGISLATION|\[Back to the Table of Contents\]\(#\)|COUNCIL OF EUROPE|CONSEIL DE L'EUROPE)$/;
/** Paragraph breaks: HTML paragraphs and list items, and wide gaps before a new sentence or heading. */
const BREAK = /<\/p>\s*<p>|<\/?p>|<\/li>\s*<li>|<\/?li>|<\/?(?:ol|ul)[^>]*>|<br\s*\/?>|\s{2,}(?=[A-Z0-9(“"*]|Article\b)/;

/** Idempotent: removes HTML tags and Markdown emphasis and bullets from one paragraph. */
export function cleanParagraph(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\*{1,3}([^*]+?)\*{1,3}/g, '$1')
    .replace(/\*+/g, '')
    .replace(/^- /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paragraph with the profile's bold emphasis kept (between `STRONG` markers) where it marks
 * words inside the text; undefined where there is none, or where it starts the paragraph (a
 * heading's style, not emphasis in the quoted law).
 */
export function emphasised(raw: string): string | undefined {
  const marked = cleanParagraph(
    raw
      .replace(/<(?:b|strong)>/g, STRONG.open)
      .replace(/<\/(?:b|strong)>/g, STRONG.close)
      .replace(/\*\*([^*]+?)\*\*/g, `${STRONG.open}$1${STRONG.close}`),
  )
    .replace(new RegExp(`${STRONG.open}\\s*${STRONG.close}`, 'g'), '')
    .replace(new RegExp(`${STRONG.open}(\\s+)`, 'g'), `$1${STRONG.open}`)
    .replace(new RegExp(`(\\s+)${STRONG.close}`, 'g'), `${STRONG.close}$1`);
  if (!marked.includes(STRONG.open) || marked.startsWith(STRONG.open)) return undefined;
  return marked;
}

/** Lower-case words only: the form in which Convention text is recognised. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const STRUCTURE = /^(?:Chapter [IVX]+|Section \d+|Title \d+|Article \d+) – /;

/** A heading the profile glues to the text after it ("…KazakhstanArticle 245.", "Jurisdiction  1 Each"). */
const GLUED_ARTICLE = /^(.*?(?:Kazakhstan|Investigations|Code|Communications)\.?)\s*(Article \d+(?:-\d+)?\.\s.*)$/;

export function splitColumns(pieces: RowPiece[], conventionText: string): Paragraph[] {
  const convention = comparable(conventionText);
  const out: Paragraph[] = [];
  for (const piece of pieces) {
    const line = piece.text.replace(PAGE_HEADER, '');
    const tab = line.indexOf('\t');
    const parts: [string, boolean][] =
      tab >= 0
        ? [
            [line.slice(0, tab), true],
            [line.slice(tab + 1), false],
          ]
        : [[line, false]];
    for (const [part, leftColumn] of parts) {
      for (const raw of part.split(BREAK)) {
        let text = cleanParagraph(raw ?? '');
        if (!text || FURNITURE.test(text)) continue;
        const glued = GLUED_ARTICLE.exec(text);
        const texts = glued && !leftColumn ? [glued[1]!, glued[2]!] : [text];
        const emphasis = texts.length === 1 && !leftColumn ? emphasised(raw ?? '') : undefined;
        for (text of texts) {
          // The label is left out of the comparison: the profile misprints some (Art. 29(7) appears as "4 Any preservation…").
          const words = comparable(text).replace(/^(?:\d+|[a-z]|[ivx]+) (?=\S+ \S+ \S)/, '');
          const isConvention = leftColumn || STRUCTURE.test(text) || (words.split(' ').length >= 3 && convention.includes(words));
          out.push({ n: piece.n, text, column: isConvention ? 'convention' : 'domestic', ...(emphasis ? { emphasis } : {}) });
        }
      }
    }
  }
  return out;
}
