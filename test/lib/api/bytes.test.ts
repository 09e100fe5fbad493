import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvBytes, jsonArrayBytes } from '../../../src/lib/api/bytes.ts';
import { CSV_BOM, CSV_OPTIONS } from '../../../src/lib/api/csv.ts';
import { provisionsJson } from '../../helpers/open-data.ts';
import { realCorpus } from '../../helpers/corpus.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

const hostile = [
  { a: 'plain', b: 'Кириллица, "quoted"\nand a line' },
  { a: ' leading space', b: '' },
  { a: 'trailing space ', b: 'ā ē ī ū; ұ қ ғ' },
];

describe('large exports written record by record', () => {
  it('are the bytes of the whole list serialised at once (JSON)', () => {
    const records = provisionsJson(realCorpus());
    expect(text(jsonArrayBytes(records))).toBe(JSON.stringify(records));
    expect(text(jsonArrayBytes(hostile))).toBe(JSON.stringify(hostile));
    expect(text(jsonArrayBytes([]))).toBe('[]');
  });

  it('are the bytes of the whole list serialised at once (CSV: one header, the same quoting, the byte-order mark once)', () => {
    const whole = (records: Record<string, unknown>[]) => `${CSV_BOM}${stringify(records, { ...CSV_OPTIONS, columns: ['a', 'b'] })}`;
    expect(text(csvBytes(hostile, ['a', 'b']))).toBe(whole(hostile));
    expect(text(csvBytes([], ['a', 'b']))).toBe(whole([]));
  });
});
