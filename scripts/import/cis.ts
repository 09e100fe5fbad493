/**
 * Importer for `cis-2001-agreement.en.md`: the CIS Agreement of 1 June 2001 in the UN's English
 * translation (Markdown): title with footnote markers, preamble, Articles 1–17 under `###`/`####`
 * headings "Article N — Title", the translator's notes (after a rule, between Articles 2 and 3),
 * the final formula and signatures, Ukraine's reservations, and the status as at 15 January 2008.
 */
import { stripEmphasis, unescapeMarkdown } from '../lib/clean.ts';
import { instrumentOutput, provisionOutput, type ImportResult, type ProvisionDraft } from '../lib/emit.ts';
import type { InstrumentMetadata } from '../../src/schemas/instrument-metadata.ts';
import { findLine, sourceLines, textBetween, type SourceLine } from '../lib/lines.ts';
import { assertSequence, emptyReport } from '../lib/report.ts';
import type { StatusEvent } from '../../src/schemas/instrument.ts';

export const CIS_SOURCE = 'cis-2001-agreement.en.md';
const ARTICLES = 17;
const HEADING = /^#{2,4} \*\*Article (\d+) — (.+)\*\*$/;

/** Idempotent: a Markdown source line as plain text (no heading marks, emphasis or escapes). */
export function cisPlainLine(line: string): string {
  const ESCAPED_STAR = '\u0000';
  const withoutEscapedStars = line.replace(/^#{1,6} /, '').replace(/\\\*/g, ESCAPED_STAR);
  const withoutEmphasis = stripEmphasis(withoutEscapedStars)
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1');
  return unescapeMarkdown(withoutEmphasis.replaceAll(ESCAPED_STAR, '*')).trim();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "14 March 2002" → "2002-03-14". */
export function isoFromDayMonthYear(text: string): string {
  const m = /(\d{1,2}) (\w+) (\d{4})/.exec(text);
  const month = m ? MONTHS.indexOf(m[2]!) + 1 : 0;
  if (!m || month === 0) throw new Error(`not a date: "${text}"`);
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Status events from the "Status of the Agreement" section. */
export function parseCisStatus(lines: SourceLine[]): StatusEvent[] {
  const events: StatusEvent[] = [];
  const signature = lines.find((l) => l.text.startsWith('Signature:'));
  for (const state of signature?.text
    .replace(/^Signature: /, '')
    .replace(/\.$/, '')
    .split(', ') ?? [])
    events.push({ state, event: 'signature', date: '2001-06-01' });
  let section = '';
  for (const line of lines) {
    if (/^Notifications:/.test(line.text)) section = 'notifications';
    else if (/^Entry into force in States parties:/.test(line.text)) section = 'entry';
    const item = /^- (.+?) — (.+?)[;.]?$/.exec(line.text);
    if (!item) continue;
    const [, state = '', rest = ''] = item;
    const note = /\(([^)]+)\)/.exec(rest)?.[1];
    if (section === 'notifications')
      events.push({
        state,
        event: 'accession',
        date: isoFromDayMonthYear(rest),
        note: note ? `instrument of accession deposited; ${note}` : 'instrument of accession deposited',
      });
    if (section === 'entry') events.push({ state, event: 'entry-into-force', date: isoFromDayMonthYear(rest) });
  }
  return events;
}

export function importCis(text: string, metadata: InstrumentMetadata): ImportResult {
  const lines = sourceLines(text);
  const report = emptyReport();
  const source = (from: number, to: number, part: string) => ({ file: CIS_SOURCE, part, lines: [from, to] as [number, number] });
  const plain = (from: number, to: number) => textBetween(lines, from, to).map((l) => cisPlainLine(l.text));

  const title = findLine(lines, /^## \*\*Agreement on cooperation/, 1, 'the title');
  const headings = lines.filter((l) => HEADING.test(l.text));
  assertSequence(
    'CIS Agreement (en)',
    headings.map((h) => HEADING.exec(h.text)![1]!),
    ARTICLES,
  );
  const rule = findLine(lines, /^---$/, headings[0]!.n, 'the rule above the translator’s notes');
  const notes = lines.filter((l) => /^(\\\*)+ \*Translator’s note:\*/.test(l.text));
  if (notes.length !== 2) throw new Error(`CIS Agreement: expected 2 translator’s notes, found ${notes.length}`);
  const done = findLine(lines, /^Done at Minsk/, headings.at(-1)!.n, 'the final formula');
  const reservations = findLine(lines, /^\*\*Reservations of Ukraine/, done.n, 'Ukraine’s reservations');
  const status = findLine(lines, /^\*\*Status of the Agreement/, reservations.n, 'the status section');
  const last = lines.length - [...lines].reverse().findIndex((l) => l.text !== '');

  const drafts: ProvisionDraft[] = [
    {
      instrument: 'cis',
      number: 'preamble',
      type: 'preamble',
      lang: 'en',
      order: 0,
      source: source(title.n + 1, headings[0]!.n - 1, 'preamble'),
      paragraphs: plain(title.n + 1, headings[0]!.n - 1),
    },
  ];
  headings.forEach((heading, i) => {
    const [, number = '', articleTitle = ''] = HEADING.exec(heading.text)!;
    let end = (headings[i + 1]?.n ?? done.n) - 1;
    if (rule.n > heading.n && rule.n < end) end = rule.n - 1; // the notes sit between Articles 2 and 3
    drafts.push({
      instrument: 'cis',
      number,
      title: articleTitle,
      lang: 'en',
      order: Number(number),
      source: source(heading.n, end, `Article ${number}`),
      paragraphs: plain(heading.n + 1, end),
    });
  });
  const noteConcerns = [['cis/1#a', 'cis/1#b'], ['cis/preamble']];
  notes.forEach((note, i) => {
    const marker = '*'.repeat(i + 1);
    drafts.push({
      instrument: 'cis',
      number: `note-${i + 1}`,
      type: 'note',
      title: `Translator’s note ${marker}`,
      lang: 'en',
      order: 100 + i,
      concerns: noteConcerns[i] ?? [],
      source: source(note.n, note.n, `translator’s note marked ${marker}`),
      paragraphs: [cisPlainLine(note.text)],
    });
  });
  report.exclusions.push({ source: CIS_SOURCE, lines: [rule.n, rule.n], reason: 'layout: horizontal rule above the translator’s notes' });
  drafts.push({
    instrument: 'cis',
    number: 'final',
    type: 'final',
    lang: 'en',
    order: ARTICLES + 1,
    source: source(done.n, reservations.n - 1, 'final formula and signatures'),
    paragraphs: plain(done.n, reservations.n - 1),
  });
  drafts.push({
    instrument: 'cis',
    number: 'ukraine-reservations',
    type: 'annex',
    title: cisPlainLine(reservations.text),
    lang: 'en',
    order: ARTICLES + 2,
    concerns: ['cis/5#e', 'cis/8'],
    source: source(reservations.n, status.n - 1, 'reservations of Ukraine'),
    paragraphs: plain(reservations.n + 1, status.n - 1),
  });
  drafts.push({
    instrument: 'cis',
    number: 'status',
    type: 'annex',
    title: `${cisPlainLine(status.text)} ${lines[status.n]!.text}`,
    lang: 'en',
    order: ARTICLES + 3,
    source: source(status.n, last, 'status of the Agreement as at 15 January 2008'),
    paragraphs: plain(status.n + 2, last),
  });

  const files = [
    instrumentOutput('cis', metadata, {
      titles: { en: cisPlainLine(title.text).replace(/\*+$/, '') },
      // The title's footnote marker ("*") points to the translator's note with that marker; it stays on the title.
      titleNotes: [...(/(\*+)$/.exec(cisPlainLine(title.text))?.slice(1) ?? [])].map((marker) => ({
        marker,
        note: `note-${marker.length}`,
      })),
      source: [{ file: CIS_SOURCE, part: 'the whole document' }],
      status: parseCisStatus(lines.slice(status.n - 1)),
    }),
    ...drafts.map((draft) => provisionOutput(draft)),
  ];
  return { name: 'CIS Agreement', source: CIS_SOURCE, files, owned: ['content/provisions/cis'], report };
}
