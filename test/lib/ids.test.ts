import { describe, expect, it } from 'vitest';
import { concordanceRowParts, formatRef, parseRef, provisionPath, versionId } from '../../src/lib/ids/index.ts';

describe('ids', () => {
  it('parses a provision reference with and without a paragraph anchor', () => {
    expect(parseRef('budapest/2')).toEqual({ instrument: 'budapest', number: '2' });
    expect(parseRef('cis/3#1-a')).toEqual({ instrument: 'cis', number: '3', anchor: '1-a' });
    expect(parseRef('kz-penal-code/205')).toEqual({ instrument: 'kz-penal-code', number: '205' });
  });

  it('rejects strings that are not references', () => {
    for (const bad of ['budapest', 'Budapest/2', 'budapest/2#', '/2', 'budapest/2/en', 'budapest/ 2']) expect(parseRef(bad)).toBeNull();
  });

  it('round-trips references and builds site paths', () => {
    expect(formatRef(parseRef('budapest/6#1-a-ii')!)).toBe('budapest/6#1-a-ii');
    expect(provisionPath({ instrument: 'budapest', number: '6', anchor: '1-a-ii' })).toBe('/budapest/6/#1-a-ii');
    expect(versionId('un', '7', 'kk')).toBe('un/7/kk');
  });

  it('splits a concordance entry id into table and row, and refuses one outside a table', () => {
    expect(concordanceRowParts('budapest-kz/budapest-2')).toEqual({ table: 'budapest-kz', row: 'budapest-2' });
    expect(() => concordanceRowParts('budapest-2')).toThrow(/table folder/);
  });
});
