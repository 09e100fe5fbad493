import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBudapest } from '../../../scripts/import/budapest.ts';
import { importCis, parseCisStatus } from '../../../scripts/import/cis.ts';
import { importCsto } from '../../../scripts/import/csto.ts';
import { importUn } from '../../../scripts/import/un.ts';
import type { Correction } from '../../../scripts/lib/corrections.ts';
import { editorialInputs } from '../../../scripts/lib/editorial.ts';
import { sourceLines } from '../../../scripts/lib/lines.ts';
import { ROOT } from '../../helpers/corpus.ts';

const source = (file: string) => readFileSync(join(ROOT, 'content', 'sources', file), 'utf8');
const CSTO = source('kz-2016-csto-protocol-ratification-law.en.txt');
const UN = source('kz-2025-un-convention-signature-decree.ru-kk.txt');
const BUDAPEST = source('lv-2006-budapest-ratification-law.lv-en.txt');
const { corrections, alignments, metadata, unEnglishTitles: titles } = editorialInputs(ROOT);

describe('importers fail loudly on lost or misnumbered articles', () => {
  it('fails when an article heading is missing', () => {
    expect(() => importCsto(CSTO.replace('\nArticle 7\n', '\n'), metadata)).toThrow(
      /CSTO Protocol \(en\): expected Articles 1–18 in order; Article 7 is missing/,
    );
  });

  it('fails when an article appears twice', () => {
    expect(() => importCsto(CSTO.replace('\nArticle 6\n', '\nArticle 5\n'), metadata)).toThrow(
      /Article 6 is missing; Article 5 appears 2 times/,
    );
  });

  it('fails on the misnumbered Kazakh Article 44 without its correction', () => {
    expect(() => importUn(UN, [], titles, metadata)).toThrow(
      /UN Convention \(kk\): expected Articles 1–68 in order; Article 44 is missing; Article 4 appears 2 times/,
    );
  });

  it('fails when a correction no longer matches its line, naming the line it looked at', () => {
    const stale: Correction = { ...corrections[0]!, found: '5-бап' };
    expect(() => importUn(UN, [stale], titles, metadata)).toThrow(
      /correction for kz-2025-un-convention-signature-decree\.ru-kk\.txt .*: expected to find "5-бап" on line 2348, which reads "4-бап"/,
    );
    const lost: Correction = { ...corrections[0]!, followedBy: 'No such title' };
    expect(() => importUn(UN, [lost], titles, metadata)).toThrow(/"No such title" is on 0 lines, expected exactly one/);
  });

  it('fails naming source, lines and language when a labelled paragraph would get no anchor (Kazakh Art. 29 "j)" without its alignment)', () => {
    expect(() =>
      importUn(
        UN,
        corrections,
        titles,
        metadata,
        alignments.filter((a) => a.provision !== 'un/29'),
      ),
    ).toThrow(/kz-2025-un-convention-signature-decree\.ru-kk\.txt lines \d+–\d+ \(un\/29, kk\): the paragraph "j\) құзыретті органдармен/);
    expect(() => importUn(UN, corrections, titles, metadata, alignments)).not.toThrow();
  });

  it('keeps a correction on its words when lines are added above it', () => {
    const shifted = `Added line\n\n${UN}`;
    const result = importUn(shifted, corrections, titles, metadata, alignments);
    expect(result.report.anomalies).toContainEqual(expect.objectContaining({ line: 2350, handling: 'corrected' }));
  });

  it('fails when the Latvian text lacks the heading of a Title the English text has', () => {
    const broken = BUDAPEST.replace(
      '\n2. Ar datoru saistītie noziedzīgie\nnodarījumi\n',
      '\n3. Ar datoru saistītie noziedzīgie\nnodarījumi\n',
    );
    expect(() => importBudapest(broken, metadata)).toThrow(/expected the heading of Title 2 before Article 7/);
  });
});

describe('UN importer', () => {
  const result = importUn(UN, corrections, titles, metadata, alignments);

  it('reports every heading typed with Latin look-alike letters and the correction applied', () => {
    const folded = result.report.anomalies.filter((a) => a.handling === 'folded').map((a) => a.line);
    expect(folded).toEqual([1624, 1812, 1816, 1844, 1872, 2502, 2546, 2684]);
    expect(result.report.anomalies.filter((a) => a.handling === 'corrected')).toEqual([expect.objectContaining({ line: 2348 })]);
  });

  it('attaches each interpretative note to the articles it interprets', () => {
    const note4 = result.files.find((f) => f.path === 'content/provisions/un/ru/note-4.md')!;
    expect(note4.content).toContain('concerns: [un/23, un/35]');
    expect(result.files.find((f) => f.path === 'content/provisions/un/kk/note-4.md')!.content).toContain('concerns: [un/23, un/35]');
  });

  it('reads headings whose title stands on the next line', () => {
    const article3 = result.files.find((f) => f.path === 'content/provisions/un/ru/3.md')!;
    expect(article3.content).toMatch(/^title: Сфера применения$/m);
  });
});

describe('CIS importer', () => {
  it('records accessions and entry into force per state from the status section', () => {
    const lines = sourceLines(source('cis-2001-agreement.en.md'));
    const events = parseCisStatus(lines.slice(239));
    expect(events).toContainEqual({
      state: 'Republic of Kazakhstan',
      event: 'accession',
      date: '2002-09-18',
      note: 'instrument of accession deposited',
    });
    expect(events).toContainEqual({ state: 'Republic of Kazakhstan', event: 'entry-into-force', date: '2002-09-18' });
    expect(events).toContainEqual(
      expect.objectContaining({
        state: 'Russian Federation',
        event: 'accession',
        note: 'instrument of accession deposited; internal procedures are being carried out',
      }),
    );
  });

  it('puts Ukraine’s reservations on Articles 5(e) and 8', () => {
    const result = importCis(source('cis-2001-agreement.en.md'), metadata);
    expect(result.files.find((f) => f.path.endsWith('/ukraine-reservations.md'))!.content).toContain('concerns: [cis/5#e, cis/8]');
  });

  it('reads a date line as a date, never as paragraph 1, and keeps the title’s footnote marker on the title', () => {
    const result = importCis(source('cis-2001-agreement.en.md'), metadata);
    const reservations = result.files.find((f) => f.path.endsWith('/ukraine-reservations.md'))!.content;
    expect(reservations).not.toContain('{#1}');
    expect(reservations).toMatch(/^1 June 2001$/m);
    expect(result.files.find((f) => f.path === 'content/instruments/cis.yaml')!.content).toMatch(
      /titleNotes:\n {2}- marker: "\*"\n {4}note: note-1/,
    );
  });

  it('keeps the resolution’s session and date lines and the decree’s signature and approval stamp as blocks of their own', () => {
    const files = importUn(UN, corrections, titles, metadata, alignments).files;
    const body = (path: string) => files.find((f) => f.path === path)!.content;
    expect(body('content/provisions/un/ru/resolution.md')).toMatch(
      /\n\n55-е \(возобновленное\) пленарное заседание\n\n24 декабря 2024 года\n$/,
    );
    expect(body('content/provisions/kz-2025-un-signature-decree/ru/text.md')).toMatch(
      /со дня подписания\.\n\nПрезидент\n\nРеспублики Казахстан\n/,
    );
    expect(body('content/provisions/kz-2025-un-signature-decree/kk/text.md')).toMatch(/\n\nМАҚҰЛДАНҒАН\n$/);
  });
});
