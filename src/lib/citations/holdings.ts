/** Holdings and previews for the citation-linking remark plugin, from the one validated content load. */
import { loadContent } from '../content/load-content.ts';
import type { ReadOptions } from '../content/read.ts';
import { citingTexts, holdingsOf, previewsOf } from './scan.ts';

export function citationOptions(root: string, options: ReadOptions = {}) {
  const { input } = loadContent(root, options);
  const texts = citingTexts(input);
  return { holdings: holdingsOf(texts, input), previews: previewsOf(texts) };
}
