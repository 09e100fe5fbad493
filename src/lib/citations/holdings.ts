/** Holdings and previews for the citation-linking remark plugin, from the one validated content load. */
import { loadContent } from '../content/load-content.ts';
import { citingTexts, holdingsOf, previewsOf } from './scan.ts';

export function citationOptions(root: string) {
  const { input } = loadContent(root);
  const texts = citingTexts(input);
  return { holdings: holdingsOf(texts, input), previews: previewsOf(texts) };
}
