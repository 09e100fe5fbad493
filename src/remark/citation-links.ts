/**
 * remark plugin: turns the citations the grammar (src/lib/citations) finds and resolves into
 * links to the cited provision and paragraph. Citations that cannot be resolved stay plain text.
 * Text inside links and headings is left alone, so links are never nested. Each link carries a
 * short preview of the cited provision (`data-preview`, shown on hover and keyboard focus).
 *
 * Input (in `budapest/6`, English):
 *
 * ```md
 * any of the offences established in accordance with Articles 2 through 5;
 * ```
 *
 * Output:
 *
 * ```html
 * <p>any of the offences established in accordance with
 * <a href="/budapest/2/" class="cite" data-cites="budapest/2" data-preview="Illegal access: Each Party…">Articles 2</a>
 * through <a href="/budapest/5/" class="cite" data-cites="budapest/5" data-preview="…">5</a>;</p>
 * ```
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { findCitations } from '../lib/citations/index.ts';
import { resolveCitation, type Holdings } from '../lib/citations/resolve.ts';
import type { Language } from '../schemas/common.ts';

export interface CitationLinkOptions {
  holdings: Holdings;
  /** Preview text per provision id and language. */
  previews: Map<string, Map<string, string>>;
}

interface Frontmatter {
  instrument?: string;
  number?: string;
  lang?: Language;
}

function frontmatterOf(file: VFile): Frontmatter {
  const astro = (file.data as { astro?: { frontmatter?: Frontmatter } }).astro;
  return astro?.frontmatter ?? {};
}

export default function remarkCitationLinks(options: CitationLinkOptions) {
  return (tree: Root, file: VFile) => {
    const { instrument, number, lang } = frontmatterOf(file);
    if (!instrument || !number || !lang) return;
    const edits: { node: Text; parent: Parent; replacement: PhrasingContent[] }[] = [];
    visitParents(tree, 'text', (node, ancestors) => {
      if (ancestors.some((a) => a.type === 'link' || a.type === 'heading' || a.type === 'linkReference')) return;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const citation of findCitations(node.value, lang)) {
        for (const link of resolveCitation(citation, { instrument, number }, options.holdings).links) {
          if (link.part.start < cursor) continue;
          if (link.part.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, link.part.start) });
          const preview = options.previews.get(link.id);
          const anchor: Link = {
            type: 'link',
            url: link.href,
            children: [{ type: 'text', value: node.value.slice(link.part.start, link.part.end) }],
            data: {
              hProperties: {
                className: ['cite'],
                dataCites: link.anchor ? `${link.id}#${link.anchor}` : link.id,
                dataPreview: preview?.get(lang) ?? preview?.values().next().value ?? '',
              },
            },
          };
          pieces.push(anchor);
          cursor = link.part.end;
        }
      }
      if (cursor === 0) return;
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      edits.push({ node, parent: ancestors.at(-1)!, replacement: pieces });
    });
    // Replace from the last node back, so earlier positions stay valid.
    for (const { node, parent, replacement } of edits.reverse()) {
      const index = parent.children.indexOf(node as never);
      parent.children.splice(index, 1, ...(replacement as never[]));
    }
  };
}
