import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { concordanceCsv, concordanceJson } from '../../../src/lib/api/open-data.ts';
import { provisionsJson } from '../../helpers/open-data.ts';
import { realCorpus } from '../../helpers/corpus.ts';

describe('open data', () => {
  const corpus = realCorpus();

  it('describes every provision with the contract fields', () => {
    const provisions = provisionsJson(corpus);
    expect(provisions.length).toBe(corpus.provisions.size);
    for (const p of provisions) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['id', 'instrument', 'kind', 'jurisdiction', 'act', 'number', 'url', 'versions']),
      );
      expect(p.id).toBe(`${p.instrument}/${p.number}`);
      expect(p.url).toBe(`/${p.instrument}/${p.number}/`);
      for (const v of Object.values(p.versions)) {
        expect(v.text.length).toBeGreaterThan(0);
        expect(v.text).not.toMatch(/\{#|<\/?[a-z]+>/);
      }
    }
  });

  it('splits the provisions per instrument without losing or repeating one', () => {
    const whole = provisionsJson(corpus);
    const split = [...corpus.instruments.keys()].flatMap((key) => provisionsJson(corpus, key));
    expect(split.map((p) => p.id).sort()).toEqual(whole.map((p) => p.id).sort());
    for (const key of corpus.instruments.keys())
      expect(new Set(provisionsJson(corpus, key).map((p) => p.instrument))).toEqual(
        new Set(provisionsJson(corpus, key).length ? [key] : []),
      );
    // The citation readers see travels with each record.
    expect(whole.find((p) => p.id === 'cis/3')?.citation).toBe('CIS Agreement, Art. 3');
  });

  it('gives Penal Code Art. 205 as a Kazakh domestic provision with its quoted text', () => {
    const art205 = provisionsJson(corpus).find((p) => p.id === 'kz-penal-code/205');
    expect(art205).toMatchObject({ kind: 'domestic', jurisdiction: 'KZ', act: 'Penal Code of the Republic of Kazakhstan', number: '205' });
    expect(art205?.versions['en']?.official).toBe(false);
    expect(art205?.versions['en']?.text).toMatch(/^1\. Intentional illegal access of information/);
    expect(art205?.versions['en']?.text).toMatch(/for the term of up to three years or without it\.$/);
  });

  it('lists each mapping once with who claims it', () => {
    const rows = concordanceJson(corpus);
    const expected = corpus.rows.reduce((n, row) => n + row.targets.length, 0);
    expect(rows).toHaveLength(expected);
    expect(rows).toContainEqual(
      expect.objectContaining({ from: 'budapest/2', to: 'kz-penal-code/205', source: 'coe-kz-profile-2020', table: 'budapest-kz' }),
    );
    const derived = rows.filter((row) => 'via' in row);
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.filter((row) => !row.via)).toEqual([]);
  });

  it('writes CSV with one line per mapping that a CSV parser reads back', () => {
    const rows = concordanceJson(corpus);
    const csv = concordanceCsv(corpus, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(rows.length);
    expect(records[0]).toMatchObject({ from: rows[0]!.from, to: rows[0]!.to ?? '', relation: rows[0]!.relation, note: rows[0]!.note });
  });
});
