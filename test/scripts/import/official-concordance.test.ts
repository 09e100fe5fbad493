/**
 * The editorial tables against the real official texts (integration): every reference into the
 * pack resolves, grades made against an older version are flagged where the text has changed, and
 * the offence pages reach the Kazakh provisions. Runs only when the law pack is beside the project;
 * without it the tests are skipped and say so.
 */
import { describe, expect, it } from 'vitest';
import { officialOutputs } from '../../../scripts/import/official.ts';
import { locatePack, readPack } from '../../../scripts/import/official/pack.ts';
import { reviewList, reviewOf } from '../../../src/lib/concordance/review.ts';
import { topicColumns } from '../../../src/lib/concordance/topic-coverage.ts';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { parseContentTree } from '../../../src/lib/content/read.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { realFiles } from '../../helpers/content-copy.ts';
import { ROOT } from '../../helpers/corpus.ts';

const real = locatePack(ROOT, 'kz-law');
if (!real.dir)
  console.warn('official-concordance.test.ts: the real law pack (../shared/kz-law) is not present: its integration tests are skipped.');

describe.skipIf(!real.dir)('the concordance against the real official texts (integration)', () => {
  // Read only when the pack is there: a skipped describe still runs its body to collect the tests.
  const committed = validateContent(parseContentTree(realFiles()));
  const instruments = new Map(committed.input.instruments.map((e) => [e.id, e.data]));
  const outputs = real.dir ? officialOutputs(readPack(real.dir).files, instruments, 'kz-law').outputs : [];
  const validated = validateContent(parseContentTree([...realFiles(), ...outputs.map((o) => ({ file: o.path, text: o.content }))]));
  const corpus = buildCorpus(validated.input);

  it('resolves every reference into the official texts, none left unchecked', () => {
    expect(validated.problems).toEqual([]);
    expect(validated.unchecked).toEqual([]);
  });

  it('flags a grade made against the 2020 text of an article amended since, and not one made against the text in force', () => {
    const row = corpus.rows.find((r) => r.table === 'budapest-kz' && r.from === 'budapest/2')!;
    expect(reviewOf(corpus, row.targets[0]!)).toMatchObject({ state: 'changed', against: '2020-05-01' });
    const direct = corpus.rows.filter((r) => r.table === 'un-kz').flatMap((r) => r.targets.filter((t) => t.to));
    expect(
      direct.flatMap((t) =>
        (reviewOf(corpus, t)?.state ?? 'unchanged') === 'unchanged' ? [] : [`${t.to} ${JSON.stringify(reviewOf(corpus, t))}`],
      ),
    ).toEqual([]);
    expect(reviewList(corpus).some((r) => r.review.state === 'changed')).toBe(true);
  });

  it('shows the Kazakh provision held on the grooming and intimate-images pages', () => {
    for (const [topic, ref] of [
      ['grooming', 'kz-penal-code/121-1'],
      ['intimate-images', 'kz-penal-code/147#4'],
    ] as const) {
      const kz = topicColumns(corpus, corpus.topics.get(topic)!).find((c) => c.column.key === 'jurisdiction-kz')!;
      expect(kz.reached.map((r) => r.link.other)).toContain(ref);
      expect(corpus.provisions.get(ref.split('#')[0]!)?.versions.filter((v) => v.official).length).toBe(2);
    }
  });
});
