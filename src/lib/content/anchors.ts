/**
 * Paragraph anchors in provision bodies.
 *
 * The importers mark each numbered paragraph or sub-paragraph with a token `{#1-a-ii}` at the start
 * of its list item; `src/remark/paragraph-anchors.ts` turns the token into the element's id. The
 * token syntax is the attribute-list form known from kramdown and markdown-it-attrs.
 */

/** Matches one anchor token at the start of a text, capturing the anchor. */
export const ANCHOR_TOKEN = /^\{#([0-9a-z]+(?:\.[0-9]+)*(?:-[0-9a-z]+(?:\.[0-9]+)*)*)\}[ \t]?/;

/** Every anchor token in a text: at a list item's start, or inside it (`2 {#2-a}a Each…`) for a sub-paragraph whose label is printed after its parent's. */
export const ANCHOR_TOKENS = /\{#([0-9a-z]+(?:\.[0-9]+)*(?:-[0-9a-z]+(?:\.[0-9]+)*)*)\}/g;

/** Every anchor declared in a Markdown body, in document order (duplicates kept, so callers can report them). */
export function anchorsIn(body: string): string[] {
  return [...body.matchAll(ANCHOR_TOKENS)].map((match) => match[1] ?? '');
}

/** Depth of an anchor in the paragraph hierarchy: `1` → 1, `1-a` → 2, `1-a-ii` → 3. */
export function anchorDepth(anchor: string): number {
  return anchor.split('-').length;
}

/** Whether an anchor token inside a paragraph is one: it extends the paragraph's own anchor (`2-a` in `2`); any other `{#…}` is the source's text. */
export function extendsAnchor(inner: string, paragraph: string): boolean {
  return inner.startsWith(`${paragraph}-`);
}

/**
 * Removes the anchor tokens of a paragraph's text: its leading token, and the tokens inside it that
 * extend that anchor (`2 {#2-a}a Each…`). Any other `{#…}` is the source's own text and stays.
 */
export function withoutAnchorTokens(text: string): string {
  const lead = ANCHOR_TOKEN.exec(text);
  if (!lead) return text;
  return text.slice(lead[0].length).replace(ANCHOR_TOKENS, (token, anchor: string) => (extendsAnchor(anchor, lead[1]!) ? '' : token));
}
