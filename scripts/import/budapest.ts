/**
 * Importer for `lv-2006-budapest-ratification-law.lv-en.txt` (Latvijas Vēstnesis web page):
 * the Latvian ratification law of 5 October 2006 (Articles 1–8), the English Convention on
 * Cybercrime (preamble, Articles 1–48) and Additional Protocol (Articles 1–16), then both in
 * Latvian. The gazette's menus, tools and feedback form around them are excluded.
 *
 * The Latvian translation marks the Convention's "Title" level with a bare number ("1. Noziedzīgi
 * nodarījumi pret…"), indistinguishable from a paragraph; the English structure says where a new
 * title starts, and the Latvian block there must carry the same number.
 */
import type { StructureLevelInput as StructureLevel } from '../../src/schemas/provision.ts';
import { instrumentOutput, provisionOutput, type ImportResult, type ProvisionDraft } from '../lib/emit.ts';
import type { InstrumentMetadata } from '../../src/schemas/instrument-metadata.ts';
import type { AnchorAlignment } from '../../src/schemas/anchor-alignment.ts';
import { blocksBetween, findLine, sourceLines, type Block } from '../lib/lines.ts';
import { assertSequence, emptyReport, type ImportReport } from '../lib/report.ts';
import { segmentTreaty, type HeadingPatterns, type TreatyPart } from '../lib/treaty-part.ts';

export const BUDAPEST_SOURCE = 'lv-2006-budapest-ratification-law.lv-en.txt';

const DASH = '[–—-]';
const ENGLISH: Omit<HeadingPatterns, 'final'> = {
  dateline: /^(Budapest|Strasbourg), \d/,
  preamble: /^Preamble$/,
  chapter: new RegExp(`^Chapter ([IVX]+) ${DASH} (.+)$`),
  section: new RegExp(`^Section (\\d+) ${DASH} (.+)$`),
  title: new RegExp(`^Title (\\d+) ${DASH} (.+)$`),
  article: new RegExp(`^Article (\\d+) ${DASH} (.+)$`),
};
const LATVIAN: Omit<HeadingPatterns, 'final'> = {
  dateline: /^(Budapešta|Strasbūra), \d/,
  preamble: /^Preambula$/,
  chapter: new RegExp(`^(\\d+)\\. ?nodaļa ?(?:${DASH}|\\.) ?(.+)$`),
  section: new RegExp(`^(\\d+)\\. ?apakšnodaļa ?(?:${DASH}|\\.) ?(.+)$`),
  article: new RegExp(`^(\\d+)\\. ?pants ?${DASH}? ?(.*)$`),
};

/** For each article, the title level (if any) it sits under in the English text. */
function titlesByArticle(english: TreatyPart): Map<string, StructureLevel | undefined> {
  return new Map(english.articles.map((a) => [a.number, a.structure.find((s) => s.level === 'title')]));
}

/** The Latvian "untitled title" rule: a bare "N. text" block where the English starts title N. */
function latvianTitles(english: TreatyPart) {
  const titles = titlesByArticle(english);
  return (block: Block, articleNumber: string): StructureLevel | null => {
    const here = titles.get(articleNumber);
    const before = titles.get(String(Number(articleNumber) - 1));
    if (!here || here.number === before?.number) return null;
    const m = /^(\d+)\.? (.+)$/.exec(block.text);
    if (!m || m[1] !== here.number)
      throw new Error(
        `Latvian Convention: expected the heading of Title ${here.number} before Article ${articleNumber}, found "${block.text.slice(0, 60)}" (line ${block.from})`,
      );
    return { level: 'title', number: m[1], title: m[2]! };
  };
}

function treatyDrafts(
  instrument: string,
  lang: 'en' | 'lv',
  part: TreatyPart,
  count: number,
  partName: string,
  report: ImportReport,
): ProvisionDraft[] {
  assertSequence(
    `${instrument} (${lang})`,
    part.articles.map((a) => a.number),
    count,
  );
  const lines = (blocks: Block[]) => [blocks[0]!.from, blocks.at(-1)!.to] as [number, number];
  const src = (blocks: Block[], what: string) => ({ file: BUDAPEST_SOURCE, part: `${partName}: ${what}`, lines: lines(blocks) });
  report.exclusions.push({
    source: BUDAPEST_SOURCE,
    lines: lines(part.front),
    reason: `title block of the ${partName}: held as the instrument's title, place and date`,
  });
  const preambleBlocks = part.preambleHeading ? [part.preambleHeading, ...part.preamble] : part.preamble;
  return [
    {
      instrument,
      number: 'preamble',
      type: 'preamble',
      ...(part.preambleHeading ? { title: part.preambleHeading.text } : {}),
      lang,
      order: 0,
      source: src(preambleBlocks, 'preamble'),
      paragraphs: part.preamble.map((b) => b.text),
    },
    ...part.articles.map((a) => ({
      instrument,
      number: a.number,
      ...(a.title ? { title: a.title } : {}),
      lang,
      structure: a.structure,
      order: Number(a.number),
      source: src([a.heading, ...a.blocks], `Article ${a.number}`),
      paragraphs: a.blocks.map((b) => b.text),
    })),
    {
      instrument,
      number: 'final',
      type: 'final' as const,
      lang,
      order: count + 1,
      source: src(part.final, 'final formula'),
      paragraphs: part.final.map((b) => b.text),
    },
  ];
}

/** Which Convention or Protocol provisions each article of the Latvian law concerns. */
const LAW_CONCERNS: Record<string, string[]> = {
  '2': ['budapest/22#1-d', 'budapest/29#4'],
  '3': ['budapest-protocol/8#1', 'budapest/22#1-d'],
  '4': ['budapest/24#7'],
  '5': ['budapest/27#2'],
  '6': ['budapest/35'],
  '7': ['budapest/36', 'budapest-protocol/10'],
};

export function importBudapest(text: string, metadata: InstrumentMetadata, alignments: AnchorAlignment[] = []): ImportResult {
  const all = sourceLines(text);
  const report = emptyReport();
  const enacting = findLine(all, /^Saeima ir pieņēmusi/, 1, 'the enacting formula of the Latvian law');
  const convEn = findLine(all, /^CONVENTION ON CYBERCRIME$/, enacting.n, 'the English Convention');
  const protoEn = findLine(all, /^ADDITIONAL PROTOCOL TO THE CONVENTION ON CYBERCRIME/, convEn.n, 'the English Additional Protocol');
  const convLv = findLine(all, /^KONVENCIJA PAR KIBERNOZIEGUMIEM$/, protoEn.n, 'the Latvian Convention');
  const protoLv = findLine(all, /^KONVENCIJAS PAR KIBERNOZIEGUMIEM PAPILDU PROTOKOLS$/, convLv.n, 'the Latvian Additional Protocol');
  const footer = findLine(all, /^Tiesību aktu un oficiālo paziņojumu oficiālā publikācija/, protoLv.n, 'the gazette footer');
  report.exclusions.push(
    {
      source: BUDAPEST_SOURCE,
      lines: [1, enacting.n - 1],
      reason: 'web chrome: gazette search form, citation tool, issue navigation and document metadata panel',
    },
    { source: BUDAPEST_SOURCE, lines: [footer.n, all.length], reason: 'web chrome: print-version notice and feedback form' },
  );

  // The Latvian law: enacting formula, title, Articles "N.pants. text", adoption and signature.
  const lawBlocks = blocksBetween(all, enacting.n, convEn.n - 1);
  const lawArticles = lawBlocks.filter((b) => /^\d+\.pants\. /.test(b.text));
  assertSequence(
    'Latvian ratification law (lv)',
    lawArticles.map((b) => /^(\d+)/.exec(b.text)![1]!),
    8,
  );
  const lawTitle = lawBlocks[1]!;
  const lawFinal = lawBlocks.slice(lawBlocks.indexOf(lawArticles.at(-1)!) + 1);
  const lawSource = (blocks: Block[], what: string) => ({
    file: BUDAPEST_SOURCE,
    part: `Latvian ratification law: ${what}`,
    lines: [blocks[0]!.from, blocks.at(-1)!.to] as [number, number],
  });
  const law: ProvisionDraft[] = [
    {
      instrument: 'lv-2006-ratification-law',
      number: 'preamble',
      type: 'preamble',
      lang: 'lv',
      order: 0,
      source: lawSource([lawBlocks[0]!], 'enacting formula'),
      paragraphs: [lawBlocks[0]!.text],
    },
    ...lawArticles.map((b) => {
      const number = /^(\d+)/.exec(b.text)![1]!;
      return {
        instrument: 'lv-2006-ratification-law',
        number,
        lang: 'lv' as const,
        order: Number(number),
        concerns: LAW_CONCERNS[number] ?? [],
        source: lawSource([b], `${number}. pants`),
        paragraphs: [b.text.replace(/^\d+\.pants\. /, '')],
      };
    }),
    {
      instrument: 'lv-2006-ratification-law',
      number: 'final',
      type: 'final',
      lang: 'lv',
      order: 9,
      source: lawSource(lawFinal, 'adoption, signature, place and date'),
      paragraphs: lawFinal.map((b) => b.text),
    },
  ];
  report.exclusions.push({
    source: BUDAPEST_SOURCE,
    lines: [lawTitle.from, lawTitle.to],
    reason: 'title of the Latvian law: held as the instrument’s title',
  });

  const segment = (
    from: number,
    to: number,
    patterns: Omit<HeadingPatterns, 'final'>,
    final: RegExp,
    extra: Partial<HeadingPatterns> = {},
  ) => segmentTreaty(blocksBetween(all, from, to), { ...patterns, final, ...extra });
  const enFinal = /^In witness whereof/;
  const lvFinal = /^To apliecinot/;
  const conventionEn = segment(convEn.n, protoEn.n - 1, ENGLISH, enFinal);
  const protocolEn = segment(protoEn.n, convLv.n - 1, ENGLISH, enFinal);
  const conventionLv = segment(convLv.n, protoLv.n - 1, LATVIAN, lvFinal, { untitledTitle: latvianTitles(conventionEn) });
  const protocolLv = segment(protoLv.n, footer.n - 1, LATVIAN, lvFinal);

  const drafts = [
    ...law,
    ...treatyDrafts('budapest', 'en', conventionEn, 48, 'English text of the Convention', report),
    ...treatyDrafts('budapest-protocol', 'en', protocolEn, 16, 'English text of the Additional Protocol', report),
    ...treatyDrafts('budapest', 'lv', conventionLv, 48, 'Latvian translation of the Convention', report),
    ...treatyDrafts('budapest-protocol', 'lv', protocolLv, 16, 'Latvian translation of the Additional Protocol', report),
  ];
  const files = [
    instrumentOutput('budapest', metadata, {
      source: [
        {
          file: BUDAPEST_SOURCE,
          part: `English text (lines ${convEn.n}–${protoEn.n - 1}) and Latvian translation (lines ${convLv.n}–${protoLv.n - 1})`,
        },
      ],
    }),
    instrumentOutput('budapest-protocol', metadata, {
      source: [
        {
          file: BUDAPEST_SOURCE,
          part: `English text (lines ${protoEn.n}–${convLv.n - 1}) and Latvian translation (lines ${protoLv.n}–${footer.n - 1})`,
        },
      ],
    }),
    instrumentOutput('lv-2006-ratification-law', metadata, {
      titles: { lv: lawTitle.text },
      source: [{ file: BUDAPEST_SOURCE, part: `the law (lines ${enacting.n}–${convEn.n - 1})` }],
    }),
    ...drafts.map((draft) => provisionOutput(draft, alignments)),
  ];
  return {
    name: 'Budapest Convention, Additional Protocol and the Latvian ratification law',
    source: BUDAPEST_SOURCE,
    files,
    owned: ['content/provisions/budapest', 'content/provisions/budapest-protocol', 'content/provisions/lv-2006-ratification-law'],
    report,
  };
}
