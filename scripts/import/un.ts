/**
 * Importer for `kz-2025-un-convention-signature-decree.ru-kk.txt`: Kazakhstan's Decree No. 1067
 * of 24 October 2025, the UN General Assembly resolution of 24 December 2024, the UN Convention
 * against Cybercrime (preamble, Articles 1–68 in nine chapters, final formula with its footnote)
 * and its interpretative notes — in Russian, then all again in Kazakh.
 *
 * Traps: paragraphs are indented with non-breaking spaces; headings come as one line ("Статья 20
 * Срок давности") or with the title on the next line; the Kazakh text types some headings with
 * Latin look-alike letters ("10-бaп", "III таpay.") — folded and reported — and heads Article 44
 * "4-бап" (fixed in corrections.yaml).
 */
import { foldLatinInCyrillicWords, hasMixedScriptWord, latinLabel } from '../../src/lib/text/lookalikes.ts';
import { applyCorrections, type Correction } from '../lib/corrections.ts';
import type { AnchorAlignment } from '../../src/schemas/anchor-alignment.ts';
import { instrumentOutput, provisionOutput, type ImportResult, type ProvisionDraft } from '../lib/emit.ts';
import type { InstrumentMetadata } from '../../src/schemas/instrument-metadata.ts';
import type { TranslatedTitles } from '../../src/schemas/translated-titles.ts';
import { findLine, sourceLines, type Block, type SourceLine } from '../lib/lines.ts';
import { assertSequence, emptyReport, type ImportReport } from '../lib/report.ts';
import { segmentTreaty } from '../lib/treaty-part.ts';

export const UN_SOURCE = 'kz-2025-un-convention-signature-decree.ru-kk.txt';
const ARTICLES = 68;

interface LanguageSpec {
  lang: 'ru' | 'kk';
  article: RegExp;
  chapter: RegExp;
  preamble: RegExp;
  final: RegExp;
  annex: RegExp;
  assembly: RegExp;
  stampEnd: RegExp;
  conventionTitle: RegExp;
  /** The first line of the decree's signature block, which with the approval stamp closes the decree. */
  signature: RegExp;
  /** The session line that, with the date, closes the resolution. */
  session: RegExp;
}

const RUSSIAN: LanguageSpec = {
  lang: 'ru',
  article: /^Статья (\d+)(?: (.+))?$/,
  chapter: /^Глава ([IVX]+)(?: (.+))?$/,
  preamble: /^Преамбула$/,
  final: /^В УДОСТОВЕРЕНИЕ ЧЕГО/,
  annex: /^Приложение$/,
  assembly: /^Генеральная Ассамблея,$/,
  stampEnd: /^от 24 октября 2025 года № 1067$/,
  conventionTitle: /^Конвенция Организации Объединенных Наций против киберпреступности/,
  signature: /^Президент$/,
  session: /пленарное заседание$/,
};
const KAZAKH: LanguageSpec = {
  lang: 'kk',
  article: /^(\d+)-бап(?: (.+))?$/,
  chapter: /^([IVXІ]+) тарау\.?(?: (.+))?$/,
  preamble: /^Кіріспе$/,
  final: /^ОСЫНЫ КУӘЛАНДЫРУ ҮШІН/,
  annex: /^Қосымша$/,
  assembly: /^Бас Ассамблея,$/,
  stampEnd: /^МАҚҰЛДАНҒАН$/,
  conventionTitle: /^Біріккен Ұлттар Ұйымының Киберқылмысқа қарсы/,
  signature: /^Қазақстан Республикасының$/,
  session: /^\d+-ші \(қайта жалғастырылған\)$/,
};

const asBlocks = (lines: SourceLine[]): Block[] => lines.filter((l) => l.text !== '').map((l) => ({ from: l.n, to: l.n, text: l.text }));
const isRule = (b: Block) => /^_{5,}$/.test(b.text);

/**
 * Run-once: reads headings typed with look-alike letters, and joins a heading with its title when
 * the title stands on the next line. Reports every folded heading.
 */
function normaliseHeadings(blocks: Block[], spec: LanguageSpec, report: ImportReport): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const folded = foldLatinInCyrillicWords(block.text);
    const match = spec.article.exec(folded) ?? spec.chapter.exec(folded);
    if (!match) {
      out.push(block);
      continue;
    }
    if (hasMixedScriptWord(block.text))
      report.anomalies.push({
        source: UN_SOURCE,
        line: block.from,
        message: `${spec.lang} heading typed with Latin look-alike letters: "${block.text}" read as "${folded}"`,
        handling: 'folded',
      });
    const next = blocks[i + 1];
    if (match[2] === undefined && next && !spec.article.test(next.text) && !spec.chapter.test(next.text)) {
      out.push({ from: block.from, to: next.to, text: `${folded} ${next.text}` });
      i++;
    } else out.push({ ...block, text: folded });
  }
  return out;
}

function parseLanguage(
  lines: SourceLine[],
  spec: LanguageSpec,
  titles: TranslatedTitles,
  report: ImportReport,
): { drafts: ProvisionDraft[]; title: string } {
  const { lang } = spec;
  const blocks = asBlocks(lines);
  const index = (pattern: RegExp, from = 0, what = String(pattern)) => {
    const i = blocks.findIndex((b, k) => k >= from && pattern.test(b.text));
    if (i < 0) throw new Error(`UN source (${lang}): could not find ${what}`);
    return i;
  };
  const span = (bs: Block[], part: string) => ({
    file: UN_SOURCE,
    part: `${lang === 'ru' ? 'Russian' : 'Kazakh'} text: ${part}`,
    lines: [bs[0]!.from, bs.at(-1)!.to] as [number, number],
  });
  const stampEnd = index(spec.stampEnd, 0, 'the approval stamp');
  const assembly = index(spec.assembly, stampEnd, 'the General Assembly resolution');
  const annex = index(spec.annex, assembly, 'the annex holding the Convention');
  const notesAnnex = index(spec.annex, annex + 1, 'the annex holding the interpretative notes');
  const conventionTitle = index(spec.conventionTitle, annex, 'the Convention title');

  report.exclusions.push(
    {
      source: UN_SOURCE,
      lines: [blocks[0]!.from, blocks[1]!.to],
      reason: `${lang} decree title and publication line: held as the decree's title and citation`,
    },
    {
      source: UN_SOURCE,
      lines: [blocks[stampEnd + 1]!.from, blocks[assembly - 1]!.to],
      reason: `${lang} heading of the annexed text (the Convention's name): held as the resolution's title`,
    },
    {
      source: UN_SOURCE,
      lines: [blocks[annex]!.from, blocks[conventionTitle]!.to],
      reason: `${lang} annex heading and Convention title: held as the instrument's title`,
    },
  );
  // The signature block, the approval stamp and the resolution's session and date lines are blocks of
  // their own, not the end of the last operative paragraph.
  const signature = index(spec.signature, 2, 'the decree’s signature block');
  const session = index(spec.session, assembly, 'the resolution’s session line');
  const decree: ProvisionDraft = {
    instrument: 'kz-2025-un-signature-decree',
    number: 'text',
    type: 'act-text',
    lang,
    order: 1,
    source: span(blocks.slice(2, stampEnd + 1), 'the decree, its signature and the approval stamp'),
    paragraphs: blocks.slice(2, signature).map((b) => b.text),
    closing: blocks.slice(signature, stampEnd + 1).map((b) => b.text),
  };
  const resolutionBlocks = blocks.slice(assembly, annex);
  const resolution: ProvisionDraft = {
    instrument: 'un',
    number: 'resolution',
    type: 'resolution',
    title: blocks
      .slice(stampEnd + 1, assembly)
      .map((b) => b.text)
      .join(' '),
    lang,
    order: -1,
    source: span(resolutionBlocks, 'General Assembly resolution of 24 December 2024'),
    paragraphs: blocks.slice(assembly, session).map((b) => b.text),
    closing: blocks.slice(session, annex).map((b) => b.text),
  };

  const conventionBlocks = normaliseHeadings(blocks.slice(conventionTitle, notesAnnex), spec, report);
  const part = segmentTreaty(conventionBlocks, {
    dateline: spec.conventionTitle,
    preamble: spec.preamble,
    chapter: spec.chapter,
    article: spec.article,
    final: spec.final,
  });
  assertSequence(
    `UN Convention (${lang})`,
    part.articles.map((a) => a.number),
    ARTICLES,
  );
  const drafts: ProvisionDraft[] = [decree, resolution];
  drafts.push({
    instrument: 'un',
    number: 'preamble',
    type: 'preamble',
    title: part.preambleHeading!.text,
    lang,
    order: 0,
    source: span([part.preambleHeading!, ...part.preamble], 'preamble'),
    paragraphs: part.preamble.map((b) => b.text),
  });
  for (const article of part.articles) {
    if (!article.title || /[.:;]$/.test(article.title))
      throw new Error(`UN Convention (${lang}) Article ${article.number}: no title found (line ${article.heading.from})`);
    const structure = article.structure.map((level) => {
      const number = latinLabel(level.number.toLowerCase()).toUpperCase();
      const english = titles.chapters[number];
      if (!english || !level.title) throw new Error(`UN Convention (${lang}): Chapter ${number} lacks a title or an English title`);
      return {
        level: level.level,
        number,
        title: level.title,
        translatedTitles: [{ lang: 'en' as const, text: english, official: false }],
      };
    });
    const english = titles.articles[article.number];
    if (!english) throw new Error(`un-english-titles.yaml: no English title for Article ${article.number}`);
    drafts.push({
      instrument: 'un',
      number: article.number,
      title: article.title,
      lang,
      structure,
      order: Number(article.number),
      translatedTitles: [{ lang: 'en', text: english, official: false }],
      source: span([article.heading, ...article.blocks], `Article ${article.number}`),
      paragraphs: article.blocks.map((b) => b.text),
    });
  }

  // Final formula; the footnote it carries stands after a rule, here or (in Kazakh) at the very end.
  const trailing = blocks.slice(notesAnnex);
  const lastRule = trailing.findIndex(isRule);
  const footnote = lastRule >= 0 ? trailing.slice(lastRule + 1) : [];
  const finalBlocks = part.final.filter((b) => !isRule(b));
  for (const rule of [...part.final, ...trailing].filter(isRule))
    report.exclusions.push({ source: UN_SOURCE, lines: [rule.from, rule.to], reason: 'layout: rule above a footnote' });
  drafts.push({
    instrument: 'un',
    number: 'final',
    type: 'final',
    lang,
    order: ARTICLES + 1,
    // Where the footnote stands far from the formula (Kazakh: after the notes), its lines are a range of their own.
    source: {
      ...span(finalBlocks, 'final formula and its footnote'),
      ...(footnote.length ? { continued: [[footnote[0]!.from, footnote.at(-1)!.to] as [number, number]] } : {}),
    },
    paragraphs: [...finalBlocks, ...footnote].map((b) => b.text),
  });

  // Interpretative notes: a heading naming the articles, then numbered notes.
  const notesTitle = trailing[1]!;
  const noteBlocks = trailing.slice(2, lastRule >= 0 ? lastRule : undefined);
  let group: Block | undefined;
  for (const block of noteBlocks) {
    const number = /^(\d+)\. /.exec(block.text)?.[1];
    if (!number) {
      group = block;
      continue;
    }
    if (!group) throw new Error(`UN notes (${lang}): note ${number} has no heading`);
    const articles = [...foldLatinInCyrillicWords(group.text).matchAll(/\d+/g)].map((m) => m[0]).filter((n) => Number(n) <= ARTICLES);
    drafts.push({
      instrument: 'un',
      number: `note-${number}`,
      type: 'note',
      title: group.text,
      lang,
      structure: [
        {
          level: 'annex',
          number: trailing[0]!.text,
          title: notesTitle.text,
          translatedTitles: [{ lang: 'en', text: 'Interpretative notes', official: false }],
        },
      ],
      order: 100 + Number(number),
      concerns: articles.map((n) => `un/${n}`),
      source: span([group, block], `interpretative note ${number}`),
      paragraphs: [block.text],
    });
  }
  return { drafts, title: blocks[conventionTitle]!.text };
}

export function importUn(
  text: string,
  corrections: Correction[],
  titles: TranslatedTitles,
  metadata: InstrumentMetadata,
  alignments: AnchorAlignment[] = [],
): ImportResult {
  const all = sourceLines(text);
  const report = emptyReport();
  const raw = all.map((l) => l.raw);
  for (const c of applyCorrections(UN_SOURCE, raw, corrections))
    report.anomalies.push({
      source: UN_SOURCE,
      line: c.line,
      message: `"${c.found}" corrected to "${c.replace}": ${c.reason.replace(/\s+/g, ' ')}`,
      handling: 'corrected',
    });
  const lines = sourceLines(raw.join('\n'));
  const kazakh = findLine(lines, /^Біріккен Ұлттар Ұйымының Киберқылмысқа қарсы; ақпараттық/, 2, 'the Kazakh decree');
  const russian = parseLanguage(lines.slice(0, kazakh.n - 1), RUSSIAN, titles, report);
  const kazakhText = parseLanguage(lines.slice(kazakh.n - 1), KAZAKH, titles, report);
  const drafts = [...russian.drafts, ...kazakhText.drafts];
  const files = [
    instrumentOutput('un', metadata, {
      titles: { ru: russian.title, kk: kazakhText.title },
      source: [{ file: UN_SOURCE, part: `Russian text (lines 1–${kazakh.n - 1}) and Kazakh text (lines ${kazakh.n}–${lines.length})` }],
    }),
    instrumentOutput('kz-2025-un-signature-decree', metadata, {
      titles: { ru: lines[0]!.text, kk: kazakh.text },
      source: [{ file: UN_SOURCE, part: `the decree in Russian (lines 1–15) and Kazakh (from line ${kazakh.n})` }],
      note: `${lines[2]!.text}`,
    }),
    ...drafts.map((draft) => provisionOutput(draft, alignments)),
  ];
  return {
    name: 'UN Convention against Cybercrime and Kazakhstan’s signature decree',
    source: UN_SOURCE,
    files,
    owned: ['content/provisions/un', 'content/provisions/kz-2025-un-signature-decree'],
    report,
  };
}
