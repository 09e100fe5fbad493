/**
 * Every citation in the corpus resolves, or is listed in `content/citations-unresolved.yaml` with
 * its reason; and every listed one still occurs. Returns the problems, each naming file and field.
 */
import type { CorpusInput } from '../content/records.ts';
import type { ContentProblem } from '../content/problems.ts';
import { provisionId } from '../ids/index.ts';
import type { UnresolvedCitation } from '../../schemas/unresolved-citation.ts';
import { citingTexts, holdingsOf, scanCitations } from './scan.ts';

export function checkCitations(input: CorpusInput, listed: { file: string; citation: UnresolvedCitation }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const allowed = new Map(listed.map((entry) => [`${entry.citation.provision}\u0000${entry.citation.text}`, entry]));
  const used = new Set<string>();
  // The committed content is checked against itself alone, so the result does not depend on
  // whether an official-law pack was loaded (its texts are not committed and are not checked here).
  const committed = { ...input, provisions: input.provisions.filter((p) => !p.data.source.pack) };
  const texts = citingTexts(committed);
  for (const { from, citation, resolution } of scanCitations(texts, holdingsOf(texts, committed))) {
    if (!resolution.unresolved) continue;
    const key = `${provisionId(from.instrument, from.number)}\u0000${citation.text}`;
    if (allowed.has(key)) used.add(key);
    else
      problems.push({
        file: `content/provisions/${from.instrument}/${from.lang}/${from.number}.md`,
        field: 'body',
        message: `unresolved citation: ${resolution.unresolved}; fix the text or grammar, or list it in content/citations-unresolved.yaml with a reason`,
      });
  }
  for (const [key, entry] of allowed)
    if (!used.has(key))
      problems.push({
        file: entry.file,
        field: 'text',
        message: `"${entry.citation.text}" is no longer an unresolved citation of ${entry.citation.provision}; remove the entry`,
      });
  return problems;
}
