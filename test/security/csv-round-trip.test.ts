/**
 * Downloads that round-trip: every CSV is read back by a standard CSV parser to exactly the
 * records of the matching JSON, whatever the fields hold (line breaks, quotes, commas, spaces).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_OPTIONS } from '../../src/lib/api/csv.ts';
import { concordanceCsv, concordanceJson } from '../../src/lib/api/open-data.ts';
import { provisionsCsv, provisionsJson } from '../helpers/open-data.ts';
import { realCorpus } from '../helpers/corpus.ts';

const corpus = realCorpus();
const read = (csv: string) => {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  expect(csv).not.toContain('\r');
  return parse(csv.slice(1), { columns: true, relax_quotes: false }) as Record<string, string>[];
};

describe('CSV downloads', () => {
  it('provisions.csv reads back to one record per language version, each text exactly as in provisions.json', () => {
    const json = provisionsJson(corpus).flatMap((p) =>
      Object.entries(p.versions).map(([lang, v]) => ({ id: p.id, lang, text: v.text, title: v.title ?? '' })),
    );
    const records = read(provisionsCsv(corpus));
    expect(records).toHaveLength(json.length);
    expect(records.map((r) => ({ id: r['id'], lang: r['lang'], text: r['text'], title: r['title'] }))).toEqual(json);
    // The texts hold line breaks: the test would not show anything if they did not.
    expect(json.some((r) => r.text.includes('\n'))).toBe(true);
  });

  it('concordance.csv reads back to the records of concordance.json', () => {
    const json = concordanceJson(corpus);
    const records = read(concordanceCsv(corpus, json));
    expect(records.map((r) => [r['table'], r['from'], r['to'], r['relation'], r['source'], r['via'], r['note']])).toEqual(
      json.map((m) => [m.table, m.from, m.to ?? '', m.relation, m.source, m.via ?? '', m.note]),
    );
  });

  it('quotes every field a reader could split or trim, and reads hostile values back unchanged', () => {
    const hostile = [
      { a: 'comma, inside', b: 'a "quoted" word', c: 'two\nlines' },
      { a: '  leading and trailing  ', b: '=cmd|', c: '' },
      { a: 'line\r\nbreak', b: '</script>', c: '\u2028' },
    ];
    const csv = `${CSV_BOM}${stringify(hostile, { ...CSV_OPTIONS, columns: ['a', 'b', 'c'] })}`;
    const back = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(back).toEqual(hostile);
    expect(csv).toContain('"  leading and trailing  "');
  });
});
