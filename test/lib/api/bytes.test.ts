import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvBytes, jsonArrayBytes } from '../../../src/lib/api/bytes.ts';
import { CSV_BOM, CSV_OPTIONS } from '../../../src/lib/api/csv.ts';
import { provisionsJson } from '../../../src/lib/api/open-data.ts';
import { realCorpus } from '../../helpers/corpus.ts';

const hostile = [
  { a: 'plain', b: 'Кириллица, "quoted"\nand a line' },
  { a: ' leading space', b: '' },
  { a: 'trailing space ', b: 'ā ē ī ū; ұ қ ғ' },
];

describe('large exports written record by record', () => {
  it('are the bytes of the whole list serialised at once (JSON)', () => {
    const records = provisionsJson(realCorpus());
    expect(jsonArrayBytes(records).toString('utf8')).toBe(JSON.stringify(records));
    expect(jsonArrayBytes(hostile).toString('utf8')).toBe(JSON.stringify(hostile));
    expect(jsonArrayBytes([]).toString('utf8')).toBe('[]');
  });

  it('are the bytes of the whole list serialised at once (CSV: one header, the same quoting, the byte-order mark once)', () => {
    const whole = (records: Record<string, unknown>[]) => `${CSV_BOM}${stringify(records, { ...CSV_OPTIONS, columns: ['a', 'b'] })}`;
    expect(csvBytes(hostile, ['a', 'b']).toString('utf8')).toBe(whole(hostile));
    expect(csvBytes([], ['a', 'b']).toString('utf8')).toBe(whole([]));
  });
});
