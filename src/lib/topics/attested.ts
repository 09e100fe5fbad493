/**
 * Whether a topic's name or alias is the words of a source or the editors' own: a term is attested
 * when it occurs, in its language, in the title or text of a provision taken from a committed
 * source (the official-law pack is left out so that the answer does not depend on the build).
 * Terms no source gives are labelled editorial wherever they are shown.
 */
import type { Language } from '../../schemas/common.ts';
import type { Corpus, TopicRecord } from '../content/records.ts';

const normal = (text: string) => text.toLocaleLowerCase('und').replace(/\s+/g, ' ');

interface Attestation {
  /** The committed texts of each language, lower-cased, in one string per language. */
  texts: Map<string, string>;
  /** Answers given, by language and term: each term is looked up once per corpus. */
  answers: Map<string, boolean>;
}

const cache = new WeakMap<Corpus, Attestation>();

function attestationOf(corpus: Corpus): Attestation {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const parts = new Map<string, string[]>();
  for (const p of corpus.provisions.values())
    for (const v of [...p.versions, ...p.history]) {
      if (v.data.source.pack) continue;
      const list = parts.get(v.data.lang) ?? parts.set(v.data.lang, []).get(v.data.lang)!;
      list.push(normal(`${v.data.title ?? ''}\n${v.text}`));
    }
  const attestation = { texts: new Map([...parts].map(([lang, list]) => [lang, list.join('\n')])), answers: new Map<string, boolean>() };
  cache.set(corpus, attestation);
  return attestation;
}

/** True when a source gives the term in that language. */
export function attested(corpus: Corpus, lang: Language, term: string): boolean {
  const { texts, answers } = attestationOf(corpus);
  const key = `${lang}\u0000${term}`;
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = texts.get(lang)?.includes(normal(term)) ?? false));
  return answer;
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
