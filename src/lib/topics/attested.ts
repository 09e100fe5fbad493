/**
 * Whether a topic's name or alias is the words of a source or the editors' own: a term is attested
 * when it occurs, in its language, in the title or text of a provision taken from a committed
 * source (the official-law pack is left out so that the answer does not depend on the build).
 * Terms no source gives are labelled editorial wherever they are shown.
 */
import type { Language } from '../../schemas/common.ts';
import type { Corpus, TopicRecord } from '../content/records.ts';

const normal = (text: string) => text.toLocaleLowerCase('und').replace(/\s+/g, ' ');

/** Answers given, per corpus, by language and term. */
const answers = new WeakMap<Corpus, Map<string, boolean>>();
const key = (lang: string, term: string) => `${lang}\u0000${term}`;

/**
 * Which of `terms` (normalised) occur in a committed text of `lang`: one pass over the texts, each
 * lower-cased in turn and dropped, ending once every term is found.
 */
function findTerms(corpus: Corpus, lang: string, terms: Set<string>): Set<string> {
  const left = new Set(terms);
  const found = new Set<string>();
  for (const p of corpus.provisions.values())
    for (const v of [...p.versions, ...p.history]) {
      if (v.data.source.pack || v.data.lang !== lang) continue;
      const text = normal(`${v.data.title ?? ''}\n${v.text}`);
      for (const term of left)
        if (text.includes(term)) {
          found.add(term);
          left.delete(term);
        }
      if (left.size === 0) return found;
    }
  return found;
}

/** True when a source gives the term in that language. */
export function attested(corpus: Corpus, lang: Language, term: string): boolean {
  const known = answers.get(corpus) ?? answers.set(corpus, new Map()).get(corpus)!;
  const answer = known.get(key(lang, term));
  if (answer !== undefined) return answer;
  // Every topic's names and aliases in this language are looked up in the same pass as the term asked.
  const asked = new Map<string, string>([[term, normal(term)]]);
  for (const topic of corpus.topics.values())
    for (const t of [topic.names[lang], ...(topic.aliases[lang] ?? [])]) if (t && !known.has(key(lang, t))) asked.set(t, normal(t));
  const found = findTerms(corpus, lang, new Set(asked.values()));
  for (const [t, normalised] of asked) known.set(key(lang, t), found.has(normalised));
  return known.get(key(lang, term))!;
}

/** The topic's names and aliases that no source gives, per language. */
export function editorialTerms(corpus: Corpus, topic: TopicRecord): { names: Language[]; aliases: Partial<Record<Language, string[]>> } {
  const names = (Object.entries(topic.names) as [Language, string][])
    .filter(([lang, name]) => !attested(corpus, lang, name))
    .map(([lang]) => lang);
  const aliases = Object.fromEntries(
    (Object.entries(topic.aliases) as [Language, string[]][])
      .map(([lang, list]) => [lang, list.filter((a) => !attested(corpus, lang, a))] as const)
      .filter(([, list]) => list.length > 0),
  );
  return { names, aliases };
}
