/**
 * Whether a graded mapping still describes the law: each target records the date of the version
 * of the counterpart's text it was assessed against (`against`); when a newer version is held and
 * its text differs, the mapping is flagged for review. Only official texts held over time can be
 * checked; where the assessed version is not held, the answer is "cannot tell", never "unchanged".
 */
import type { ConcordanceTarget } from '../../schemas/concordance.ts';
import { resolveRef } from '../content/corpus.ts';
import type { Corpus, ProvisionVersion } from '../content/records.ts';
import { inForceOn } from '../content/versions.ts';

export type Review =
  /** The text assessed is the one in force now, or a later version says the same. */
  | { state: 'unchanged'; against: string }
  /** A later version differs: `assessed` is the version held that was in force on `against`. */
  | { state: 'changed'; against: string; assessed: ProvisionVersion; current: ProvisionVersion }
  /** The version in force on `against` is not held (or the official text is not loaded). */
  | { state: 'unknown'; against: string; reason: string };

/** The review state of one target, or undefined when it names no dated official text. */
export function reviewOf(corpus: Corpus, target: Pick<ConcordanceTarget, 'to' | 'against'>): Review | undefined {
  if (!target.to || !target.against) return undefined;
  const against = target.against;
  const provision = resolveRef(corpus, target.to);
  const instrument = provision?.instrument ?? corpus.instruments.get(target.to.split('/')[0]!);
  if (!instrument?.officialText) return undefined;
  const current = provision?.versions.filter((v) => v.official && v.data.version) ?? [];
  if (current.length === 0) return { state: 'unknown', against, reason: 'the official text is not loaded in this build' };
  for (const now of current) {
    const then = inForceOn(provision!, now.data.lang, against);
    if (!then) return { state: 'unknown', against, reason: 'the version in force on that date is not held' };
    if (then !== now && then.text !== now.text) return { state: 'changed', against, assessed: then, current: now };
  }
  return { state: 'unchanged', against };
}

/** Every target of an editorial or sourced table flagged for review, with its row, in table order (derived views repeat their sources' flags). */
export function reviewList(corpus: Corpus) {
  return corpus.rows
    .filter((row) => !corpus.tables.get(row.table)?.derived)
    .flatMap((row) =>
      row.targets.flatMap((target) => {
        const review = reviewOf(corpus, target);
        return review && review.state !== 'unchanged' ? [{ row, target, review }] : [];
      }),
    );
}
