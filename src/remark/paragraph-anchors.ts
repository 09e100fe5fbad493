/**
 * remark plugin: turns paragraph-anchor tokens into ids and permalinks.
 *
 * The importers start each numbered paragraph or sub-paragraph with a token `{#1-a-ii}`. This
 * plugin removes the token, gives the enclosing list item (or paragraph) that id, a depth for
 * styling, and a `¶` permalink, so every paragraph can be linked to and cited. The label printed
 * in the text ("1.", "a", "ii") is left exactly as the source gives it.
 *
 * Input:
 *
 * ```md
 * - {#1} 1. Each Party shall adopt…
 *   - {#1-a} a the production…
 * ```
 *
 * Output:
 *
 * ```html
 * <ul>
 * <li id="1" class="para" data-anchor="1" data-depth="1"><p><a class="para-link" href="#1" aria-label="Permalink to paragraph 1">¶</a>1. Each Party shall adopt…</p>
 * <ul>
 * <li id="1-a" class="para" data-anchor="1-a" data-depth="2"><p><a class="para-link" href="#1-a" aria-label="Permalink to paragraph 1-a">¶</a>a the production…</p></li>
 * …
 * ```
 *
 * A sub-paragraph whose label is printed after its parent's (`- {#2} 2 {#2-a}a Each Party…`) gets
 * an empty target `<span id="2-a" class="para-inline" data-anchor="2-a"></span>` where its label
 * starts, so `#2-a` lands on it; the text around it is untouched.
 */
import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { ANCHOR_TOKEN, ANCHOR_TOKENS, anchorDepth, extendsAnchor } from '../lib/content/anchors.ts';

/** Removes a leading anchor token from a paragraph, returning the anchor (or null). */
function takeAnchor(paragraph: Paragraph): string | null {
  const first = paragraph.children[0];
  if (first?.type !== 'text') return null;
  const match = ANCHOR_TOKEN.exec(first.value);
  if (!match?.[1]) return null;
  first.value = first.value.slice(match[0].length);
  return match[1];
}

function permalink(anchor: string): Link {
  return {
    type: 'link',
    url: `#${anchor}`,
    children: [{ type: 'text', value: '¶' }],
    data: { hProperties: { className: ['para-link'], ariaLabel: `Permalink to paragraph ${anchor}` } },
  };
}

/** An empty element carrying an anchor, for a label printed inside a paragraph. */
function inlineTarget(anchor: string): PhrasingContent {
  return {
    type: 'emphasis',
    children: [],
    data: { hName: 'span', hProperties: { id: anchor, className: ['para-inline'], dataAnchor: anchor } },
  };
}

/** Splits a text node at its anchor tokens into text and targets, in place; returns the index after the last node inserted. */
function spliceInlineAnchors(node: Text, index: number, parent: Paragraph, anchor: string): number {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(ANCHOR_TOKENS)) {
    if (!extendsAnchor(match[1]!, anchor)) continue;
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(inlineTarget(match[1]!));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return index + 1;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  parent.children.splice(index, 1, ...parts);
  return index + parts.length;
}

export default function remarkParagraphAnchors() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (paragraph, _index, parent) => {
      const anchor = takeAnchor(paragraph);
      if (!anchor) return;
      const target = parent?.type === 'listItem' && parent.children[0] === paragraph ? parent : paragraph;
      target.data = {
        ...target.data,
        hProperties: { ...target.data?.hProperties, id: anchor, className: ['para'], dataAnchor: anchor, dataDepth: anchorDepth(anchor) },
      };
      paragraph.children.unshift(permalink(anchor));
      for (let i = 0; i < paragraph.children.length;) {
        const child = paragraph.children[i]!;
        i = child.type === 'text' ? spliceInlineAnchors(child, i, paragraph, anchor) : i + 1;
      }
    });
  };
}
