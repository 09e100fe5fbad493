/**
 * Importer for `coe-kz-cybercrime-profile-2020-05-01.en.txt`, the Council of Europe (C-PROC)
 * profile "Kazakhstan — Cybercrime legislation — Domestic equivalent to the provisions of the
 * Budapest Convention" (1 May 2020): a two-column table converted from PDF.
 *
 * rows (profile/rows.ts) → columns, the Convention's text recognised against the imported English
 * Convention (profile/columns.ts) → page breaks stitched and quotations read (profile/quotes.ts)
 * → one provision per quoted Kazakh article (the fullest quotation held, differing ones recorded)
 * and one concordance row per Budapest article, graded from scripts/import/profile-grades.yaml.
 */
import { instrumentOutput, provisionOutput, type ImportResult, type ProvisionDraft } from '../lib/emit.ts';
import type { InstrumentMetadata } from '../../src/schemas/instrument-metadata.ts';
import type { MappingGrades } from '../../src/schemas/mapping-grades.ts';
import { sourceLines } from '../lib/lines.ts';
import { parseUnits } from '../lib/paragraphs.ts';
import { emptyReport } from '../lib/report.ts';
import { markdownFile, type OutputFile } from '../lib/write.ts';
import { ACTS } from './profile/acts.ts';
import { splitColumns, type Paragraph } from './profile/columns.ts';
import { readRow, stitch, UNNUMBERED, type Quote } from './profile/quotes.ts';
import { CARRIED_OVER, PROFILE_ROWS, segmentRows } from './profile/rows.ts';

export const PROFILE_SOURCE = 'coe-kz-cybercrime-profile-2020-05-01.en.txt';
const CLAIMANT = 'coe-kz-profile-2020';

export interface ProfileReading {
  row: string;
  quotes: Quote[];
  commentary: string[];
}

/** Reads the whole table: for each Budapest row, its quotations and the profile's commentary. */
export function readProfile(text: string, convention: Map<string, string>): { rows: ProfileReading[]; tableStart: number } {
  const lines = sourceLines(text);
  const tableStart = lines.find((l) => /^BUDAPEST CONVENTION\tDOMESTIC LEGISLATION$/.test(l.raw))?.n;
  if (!tableStart) throw new Error('profile: the table header "BUDAPEST CONVENTION / DOMESTIC LEGISLATION" was not found');
  const { rows } = segmentRows(lines, tableStart);
  const around = (i: number) => [rows[i - 1], rows[i], rows[i + 1]].map((r) => (r ? (convention.get(r.article) ?? '') : '')).join('\n');
  const stitched = stitch(rows.map((row, i) => splitColumns(row.pieces, around(i))));
  const moves = carryOver(
    rows.map((r) => r.article),
    stitched.rows,
  );
  let open: Quote | undefined;
  const readings = rows.map((row, i) => {
    const carried = stitched.carried[i] && !moves.some((m) => m.from === i);
    const reading = readRow(stitched.rows[i]!, carried ? open : undefined);
    open = reading.open;
    return { row: row.article, quotes: reading.quotes, commentary: reading.commentary };
  });
  return { tableStart, rows: readings };
}

/** Moves the domestic paragraphs of a row that belong to the row before it (see `CARRIED_OVER`); fails if the layout has changed. */
function carryOver(articles: string[], paragraphs: Paragraph[][]): { from: number; into: number }[] {
  return CARRIED_OVER.map(({ row, into, until }) => {
    const from = articles.indexOf(row);
    const to = articles.indexOf(into);
    const cut = from < 0 ? -1 : paragraphs[from]!.findIndex((p) => p.column === 'domestic' && until.test(p.text));
    if (cut < 0 || to < 0)
      throw new Error(`profile: the domestic column of Article ${row} no longer reaches ${String(until)}; check CARRIED_OVER`);
    const moved = paragraphs[from]!.slice(0, cut).filter((p) => p.column === 'domestic');
    paragraphs[from] = paragraphs[from]!.filter((p) => !moved.includes(p));
    paragraphs[to]!.push(...moved);
    return { from, into: to };
  });
}

const idOf = (q: Quote) => `${q.act}/${q.number}`;
const textOf = (q: Quote) => q.paragraphs.join('\n\n');

/** True when the quotation is not the whole article: no heading, or numbered parts that do not run 1, 2, 3… */
function isExcerpt(quote: Quote): boolean {
  if (quote.number.startsWith(UNNUMBERED)) return true;
  const parts = parseUnits(quote.paragraphs).flatMap((u) => (u.anchor && !u.anchor.includes('-') ? [Number(u.anchor)] : []));
  return parts.some((n, i) => n !== i + 1);
}

export function importProfile(
  text: string,
  convention: Map<string, string>,
  grades: MappingGrades,
  metadata: InstrumentMetadata,
): ImportResult {
  const report = emptyReport();
  const { rows, tableStart } = readProfile(text, convention);
  report.exclusions.push({
    source: PROFILE_SOURCE,
    lines: [1, tableStart],
    reason:
      'the profile’s cover, table of contents, disclaimer and header table (the profile is described in content/sources/sources.yaml)',
  });

  // One provision per quoted article: the fullest quotation, with the others recorded where they differ.
  const quotes = new Map<string, { quote: Quote; row: string }[]>();
  for (const { row, quotes: list } of rows)
    for (const quote of list) quotes.set(idOf(quote), [...(quotes.get(idOf(quote)) ?? []), { quote, row }]);
  const drafts: ProvisionDraft[] = [];
  for (const [, all] of [...quotes].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const held = all.reduce((best, q) => (textOf(q.quote).length > textOf(best.quote).length ? q : best));
    const { quote } = held;
    const others = all.filter((q) => q !== held && (textOf(q.quote) !== textOf(quote) || q.quote.title !== quote.title));
    drafts.push({
      instrument: quote.act,
      number: quote.number,
      ...(quote.title ? { title: quote.title } : {}),
      lang: 'en',
      // The act's heading above the quotation ("Section 12. …") is printed with one of its quotations; keep it from whichever has it.
      structure: all.find((q) => q.quote.structure.length > 0)?.quote.structure ?? quote.structure,
      // Quotations without an article number come first, in the order the profile gives them.
      order: quote.number.startsWith(UNNUMBERED) ? (Number(quote.number.split('-')[1] ?? 1) - 1) / 100 : Number(quote.number.split('-')[0]),
      source: {
        file: PROFILE_SOURCE,
        part: `quoted under Budapest Article ${held.row}${quote.key ? `, under the profile's key “${quote.key}”` : ''}${all.length > 1 ? ` (also under ${[...new Set(all.filter((q) => q !== held).map((q) => q.row))].map((r) => `Article ${r}`).join(', ')})` : ''}`,
        lines: quote.lines,
      },
      excerpt: isExcerpt(quote),
      variants: others.map((q) => ({
        part: `quoted under Budapest Article ${q.row}`,
        lines: q.quote.lines,
        ...(q.quote.title && q.quote.title !== quote.title ? { title: q.quote.title } : {}),
        text: textOf(q.quote),
      })),
      paragraphs: quote.paragraphs,
    });
  }

  const missing: string[] = [];
  const rowFiles: OutputFile[] = rows.map(({ row, quotes: list, commentary }) => {
    const ids = [...new Set(list.map(idOf))];
    const grade = grades[row] ?? {};
    const targets = ids.length
      ? ids.map((to) => {
          const g = grade.targets?.[to];
          if (!g) missing.push(`Article ${row} → ${to}`);
          return { to, relation: g?.relation ?? 'related', source: CLAIMANT, rationale: g?.rationale ?? '' };
        })
      : [
          // Quoting nothing is not a finding: only where the source says there is none is the row "none".
          grade.none
            ? { to: null, relation: 'none', source: CLAIMANT, rationale: grade.none }
            : {
                to: null,
                relation: 'not-assessed',
                source: CLAIMANT,
                rationale: grade.notAssessed ?? 'The profile quotes no Kazakh provision for this article and says nothing of one.',
              },
        ];
    for (const graded of Object.keys(grade.targets ?? {}))
      if (!ids.includes(graded)) missing.push(`Article ${row}: graded ${graded} is not quoted in this row`);
    const frontmatter = {
      from: `budapest/${row}`,
      targets,
      ...(commentary.length ? { commentary: commentary.map((c) => ({ source: CLAIMANT, text: c })) } : {}),
      order: Number(row),
    };
    return {
      path: `content/concordance/budapest-kz/budapest-${row}.md`,
      content: markdownFile(frontmatter, grade.note ? `${grade.note.trim()}\n` : ''),
    };
  });
  if (missing.length)
    throw new Error(
      `profile-grades.yaml: every mapping needs an editorial grade and rationale; missing or stray:\n  ${missing.join('\n  ')}`,
    );
  if (rows.map((r) => r.row).join() !== PROFILE_ROWS.join()) throw new Error('profile: rows out of order');

  const used = new Set(drafts.map((d) => d.instrument));
  const files = [
    ...ACTS.filter((a) => used.has(a.key)).map((a) =>
      instrumentOutput(a.key, metadata, { source: [{ file: PROFILE_SOURCE, part: 'quoted in the domestic-legislation column' }] }),
    ),
    ...drafts.map((d) => provisionOutput(d)),
    ...rowFiles,
  ];
  return {
    name: 'Kazakh law as quoted in the Council of Europe profile, and the Budapest → Kazakhstan concordance',
    source: PROFILE_SOURCE,
    files,
    owned: [...ACTS.map((a) => `content/provisions/${a.key}`), 'content/concordance/budapest-kz'],
    report,
  };
}
