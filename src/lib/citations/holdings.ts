/** Holdings and previews read from the content tree on disk, for the remark plugin configured in astro.config.mjs. */
import { readContentTree } from '../content/read.ts';
import type { Language } from '../../schemas/common.ts';
import { holdingsOf, previewsOf, type CitingText } from './scan.ts';

export function citingTexts(root: string): CitingText[] {
  return readContentTree(root).provisions.map((f) => ({
    file: f.file,
    instrument: String(f.data['instrument']),
    number: String(f.data['number']),
    lang: f.data['lang'] as Language,
    title: typeof f.data['title'] === 'string' ? f.data['title'] : undefined,
    body: f.body,
  }));
}

export function citationOptions(root: string) {
  const texts = citingTexts(root);
  return { holdings: holdingsOf(texts), previews: previewsOf(texts) };
}
