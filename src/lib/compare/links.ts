/** The compare-view address for two provisions, when their texts share a language (else null: a word diff across languages means nothing). */
import type { Corpus } from '../content/corpus.ts';
import { resolveRef } from '../content/corpus.ts';
import { sharedLanguage } from './diff.ts';

export function compareHref(corpus: Corpus, a: string, b: string): string | null {
  const pa = resolveRef(corpus, a);
  const pb = resolveRef(corpus, b);
  if (!pa || !pb || pa.id === pb.id) return null;
  const shared = sharedLanguage(
    pa.versions.map((v) => v.data.lang),
    pb.versions.map((v) => v.data.lang),
  );
  return shared ? `/compare/?a=${pa.id}&b=${pb.id}` : null;
}

/** The compare-view address for an earlier dated version of a provision against its latest, in one language. */
export function versionCompareHref(provisionId: string, date: string, lang: string): string {
  return `/compare/?a=${provisionId}@${date}&b=${provisionId}&la=${lang}&lb=${lang}`;
}
