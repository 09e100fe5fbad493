/**
 * Content is data, never markup: a body may hold Markdown text, lists and emphasis, but no raw
 * HTML and no link that is not to this site, the web or e-mail. Returns each construct found,
 * with its line in the body, so the content check can name file, line and construct.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export interface MarkupProblem {
  /** Line in the body (1-based). */
  line: number;
  construct: string;
}

/** A link target that is relative, a fragment, or http(s)/mailto. */
export function safeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so does this check.
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

export function markupProblems(body: string): MarkupProblem[] {
  // Every construct refused here begins with "<" or "[" (raw HTML, autolinks, links, images,
  // definitions): a body with neither — nearly every provision — need not be parsed.
  if (!/[<[]/.test(body)) return [];
  const found: MarkupProblem[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') found.push({ line, construct: `raw HTML ${JSON.stringify(node.value.slice(0, 60))}` });
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !safeUrl(node.url))
      found.push({ line, construct: `${node.type} to ${JSON.stringify(node.url.slice(0, 60))}` });
    if (node.type === 'image') found.push({ line, construct: 'an image' });
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(body));
  return found;
}
