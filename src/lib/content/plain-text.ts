/**
 * Plain text of a provision body, for the open-data API, search and comparison: the words of the
 * source with paragraph breaks, without Markdown syntax or paragraph-anchor tokens.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { ANCHOR_TOKEN } from './anchors.ts';

function blocks(node: Nodes, out: string[]): void {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') {
    out.push(toString(node).replace(ANCHOR_TOKEN, ''));
    return;
  }
  if ('children' in node) for (const child of node.children) blocks(child, out);
}

/** Paragraphs of a Markdown body joined by blank lines. */
export function plainText(markdown: string): string {
  const tree: Root = fromMarkdown(markdown);
  const out: string[] = [];
  blocks(tree, out);
  return out.join('\n\n');
}
