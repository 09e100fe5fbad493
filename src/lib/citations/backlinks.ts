/** "Cited by": for each provision, the provisions whose text cites it (any language, ranges included). */
import type { Corpus } from '../content/records.ts';
import { provisionId } from '../ids/index.ts';
import { holdingsOf, scanCitations, type CitingText } from './scan.ts';

export interface Backlink {
  /** Id of the citing provision. */
  from: string;
  /** The citing words, per language, as they stand in the text. */
  texts: { lang: string; text: string }[];
}

const cache = new WeakMap<Corpus, Map<string, Backlink[]>>();

function buildIndex(corpus: Corpus): Map<string, Backlink[]> {
  const index = new Map<string, Backlink[]>();
  const texts: CitingText[] = [...corpus.provisions.values()].flatMap((p) =>
    p.versions.map((v) => ({
      instrument: p.instrument.key,
      number: p.number,
      lang: v.data.lang,
      title: v.data.title,
      body: v.body,
      text: v.text,
    })),
  );
  const holdings = holdingsOf(texts, { instruments: [...corpus.instruments].map(([id, data]) => ({ id, data })) });
  for (const { from, citation, resolution } of scanCitations(texts, holdings)) {
    const source = provisionId(from.instrument, from.number);
    for (const target of resolution.cited) {
      if (target === source) continue;
      const list = index.get(target) ?? [];
      const entry = list.find((b) => b.from === source) ?? { from: source, texts: [] };
      if (!list.includes(entry)) list.push(entry);
      if (!entry.texts.some((t) => t.lang === from.lang && t.text === citation.text))
        entry.texts.push({ lang: from.lang, text: citation.text });
      index.set(target, list);
    }
  }
  return index;
}

export function citedBy(corpus: Corpus, id: string): Backlink[] {
  let index = cache.get(corpus);
  if (!index) cache.set(corpus, (index = buildIndex(corpus)));
  return index.get(id) ?? [];
}
