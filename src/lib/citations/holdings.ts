/** Holdings and previews read from the content tree on disk, for the remark plugin configured in astro.config.mjs. */
import { readContentTree } from '../content/read.ts';
import { keyFromFile } from '../content/validate.ts';
import type { Language } from '../../schemas/common.ts';
import { instrumentSchema } from '../../schemas/instrument.ts';
import { instrumentFacts } from './resolve.ts';
import { holdingsOf, previewsOf, type CitingText } from './scan.ts';

export function citationOptions(root: string) {
  const tree = readContentTree(root);
  const texts: CitingText[] = tree.provisions.map((f) => ({
    file: f.file,
    instrument: String(f.data['instrument']),
    number: String(f.data['number']),
    lang: f.data['lang'] as Language,
    title: typeof f.data['title'] === 'string' ? f.data['title'] : undefined,
    body: f.body,
  }));
  const instruments = instrumentFacts(tree.instruments.map((f) => [keyFromFile(f.file), instrumentSchema.parse(f.data)]));
  return { holdings: holdingsOf(texts, instruments), previews: previewsOf(texts) };
}
