/**
 * Cleaning steps, each tiny, named and idempotent (safe to run any number of times; a test checks
 * it). Run-once steps, which would do harm if repeated, stay with the importer that needs them and
 * say so: `normaliseHeadings` (un.ts), `stitch` (profile/quotes.ts), block joining (lines.ts).
 */

/** Idempotent: CRLF and CR line ends become LF. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Idempotent: strips indentation and trailing space, including the non-breaking spaces some sources indent with. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u00A0\u2007\u202F\uFEFF]+|[\s\u00A0\u2007\u202F]+$/g, '');
}

/** Idempotent: runs of spaces (not non-breaking ones inside the text) become one space. */
export function collapseSpaces(line: string): string {
  return line.replace(/[ \t]{2,}/g, ' ');
}

/** Idempotent: the cleaned form of one source line. */
export function cleanLine(line: string): string {
  return collapseSpaces(trimLine(line));
}

/** Idempotent: removes Markdown emphasis markers (`**`, `*`, `_` pairs) around text, as in `**Article 1 — Basic terms**`. */
export function stripEmphasis(line: string): string {
  return line.replace(/^(\*\*|__)(.+)\1$/, '$2').replace(/^\*(.+)\*$/, '$1');
}

/** Idempotent: undoes Markdown backslash escapes (`\*` → `*`). */
export function unescapeMarkdown(line: string): string {
  return line.replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'&])/g, '$1');
}
