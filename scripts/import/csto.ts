/**
 * Importer for `kz-2016-csto-protocol-ratification-law.en.txt`: Kazakhstan's Law No. 476-V of
 * 28 March 2016 ratifying the CSTO Protocol, then the Protocol (preamble, Articles 1–18, final
 * formula and signatories), then the web page's boilerplate.
 *
 * Segments: law (lines 1–7) · Protocol title · preamble · "Article N" headings (no titles) ·
 * "Done in Moscow…" and signature blocks · repeated signature block and site chrome (excluded).
 */
import { instrumentOutput, provisionOutput, type ImportResult, type ProvisionDraft } from '../lib/emit.ts';
import type { InstrumentMetadata } from '../../src/schemas/instrument-metadata.ts';
import { findLine, sourceLines, textBetween } from '../lib/lines.ts';
import { assertSequence, emptyReport } from '../lib/report.ts';

export const CSTO_SOURCE = 'kz-2016-csto-protocol-ratification-law.en.txt';
const ARTICLES = 18;

export function importCsto(text: string, metadata: InstrumentMetadata): ImportResult {
  const lines = sourceLines(text);
  const report = emptyReport();
  const source = (from: number, to: number, part: string) => ({ file: CSTO_SOURCE, part, lines: [from, to] as [number, number] });

  const protocolTitle = findLine(lines, /^PROTOCOL on Cooperation/, 1, 'the Protocol title');
  const headings = lines.filter((l) => /^Article \d+$/.test(l.text));
  assertSequence(
    'CSTO Protocol (en)',
    headings.map((h) => h.text.replace('Article ', '')),
    ARTICLES,
  );
  const done = findLine(lines, /^Done in Moscow/, headings.at(-1)!.n, 'the final formula');
  const certified = findLine(lines, /^_+ K\.Golub$/, done.n, 'the certification of the copy');
  const chrome = findLine(lines, /^© \d{4}\./, certified.n, 'the site copyright line');

  const drafts: ProvisionDraft[] = [];
  const law = textBetween(lines, 4, protocolTitle.n - 1);
  drafts.push({
    instrument: 'kz-2016-csto-ratification-law',
    number: 'text',
    type: 'act-text',
    lang: 'en',
    order: 1,
    source: source(4, protocolTitle.n - 1, 'operative text and signature of the law'),
    paragraphs: law.map((l) => l.text),
  });
  drafts.push({
    instrument: 'csto',
    number: 'preamble',
    type: 'preamble',
    lang: 'en',
    order: 0,
    source: source(protocolTitle.n + 1, headings[0]!.n - 1, 'preamble of the Protocol'),
    paragraphs: textBetween(lines, protocolTitle.n + 1, headings[0]!.n - 1).map((l) => l.text),
  });
  headings.forEach((heading, i) => {
    const end = (headings[i + 1]?.n ?? done.n) - 1;
    const number = heading.text.replace('Article ', '');
    drafts.push({
      instrument: 'csto',
      number,
      lang: 'en',
      order: Number(number),
      source: source(heading.n, end, `Article ${number} of the Protocol`),
      paragraphs: textBetween(lines, heading.n + 1, end).map((l) => l.text),
    });
  });
  drafts.push({
    instrument: 'csto',
    number: 'final',
    type: 'final',
    lang: 'en',
    order: ARTICLES + 1,
    source: source(done.n, certified.n, 'final formula, signature blocks and certification of the copy'),
    paragraphs: textBetween(lines, done.n, certified.n).map((l) => l.text),
  });
  report.exclusions.push(
    {
      source: CSTO_SOURCE,
      lines: [certified.n + 1, chrome.n - 1],
      reason: 'page furniture: the ratification law’s signature block repeated at the foot of the page',
    },
    { source: CSTO_SOURCE, lines: [chrome.n, lines.length], reason: 'web chrome: site copyright line and keyword list' },
  );

  const signatories = textBetween(lines, done.n + 1, certified.n)
    .filter((l) => /^For the /.test(l.text))
    .map((l) => l.text.replace(/^For the /, ''));
  const files = [
    instrumentOutput('csto', metadata, {
      titles: { en: protocolTitle.text.replace(/^PROTOCOL/, 'Protocol') },
      source: [{ file: CSTO_SOURCE, part: `the Protocol (lines ${protocolTitle.n}–${certified.n})` }],
      status: [
        ...signatories.map((state) => ({
          state,
          event: 'signature' as const,
          date: '2014-12-23',
          note: 'signature block in the text (Moscow, 23 December 2014)',
        })),
        { state: 'Republic of Kazakhstan', event: 'entry-into-force', date: '2016-12-02', note: lines[2]!.text },
      ],
    }),
    instrumentOutput('kz-2016-csto-ratification-law', metadata, {
      titles: { en: lines[0]!.text },
      source: [{ file: CSTO_SOURCE, part: `the law (lines 1–${protocolTitle.n - 1})` }],
      note: `${lines[1]!.text} ${lines[2]!.text}`,
    }),
    ...drafts.map((draft) => provisionOutput(draft)),
  ];
  return {
    name: 'CSTO Protocol and Kazakhstan’s ratification law',
    source: CSTO_SOURCE,
    files,
    owned: ['content/provisions/csto', 'content/provisions/kz-2016-csto-ratification-law'],
    report,
  };
}
