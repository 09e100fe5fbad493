/**
 * Plain text of a provision body, for the open-data API, search, citation scanning and comparison:
 * the words of the source with paragraph breaks, without Markdown syntax or paragraph-anchor tokens.
 * Each body is parsed once per process: the result is kept (on `globalThis`, since the Astro config
 * and the pages are separate module instances) and every later caller reuses it.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { withoutAnchorTokens } from './anchors.ts';

const KEY = Symbol.for('cybercrime-law-concordance:plain-text');
const computed = ((globalThis as Record<symbol, Map<string, string> | undefined>)[KEY] ??= new Map());

function blocks(node: Nodes, out: string[]): void {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') {
    out.push(withoutAnchorTokens(toString(node)));
    return;
  }
  if ('children' in node) for (const child of node.children) blocks(child, out);
}

/** Paragraphs of a Markdown body joined by blank lines. */
export function plainText(markdown: string): string {
  let text = computed.get(markdown);
  if (text === undefined) {
    const tree: Root = fromMarkdown(markdown);
    const out: string[] = [];
    blocks(tree, out);
    computed.set(markdown, (text = out.join('\n\n')));
  }
  return text;
}
