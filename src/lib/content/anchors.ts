/**
 * Paragraph anchors in provision bodies.
 *
 * The importers mark each numbered paragraph or sub-paragraph with a token `{#1-a-ii}` at the start
 * of its list item; `src/remark/paragraph-anchors.ts` turns the token into the element's id. The
 * token syntax is the attribute-list form known from kramdown and markdown-it-attrs.
 */

/** Matches one anchor token at the start of a text, capturing the anchor. */
export const ANCHOR_TOKEN = /^\{#([0-9a-z]+(?:\.[0-9]+)*(?:-[0-9a-z]+(?:\.[0-9]+)*)*)\}[ \t]?/;

const ANCHOR_TOKENS = /\{#([0-9a-z]+(?:\.[0-9]+)*(?:-[0-9a-z]+(?:\.[0-9]+)*)*)\}/g;

/** Every anchor declared in a Markdown body, in document order (duplicates kept, so callers can report them). */
export function anchorsIn(body: string): string[] {
  return [...body.matchAll(ANCHOR_TOKENS)].map((match) => match[1] ?? '');
}

/** Depth of an anchor in the paragraph hierarchy: `1` → 1, `1-a` → 2, `1-a-ii` → 3. */
export function anchorDepth(anchor: string): number {
  return anchor.split('-').length;
}
