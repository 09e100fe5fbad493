/**
 * Bodies of the large exports built record by record, as bytes: the same text as serialising the
 * whole list at once, without the whole list or the whole text ever held as one value (at 100× the
 * corpus, provisions.json is 90 MB: a string of that twice over in UTF-16, its records and its
 * encoded copy, for each export being written at the same time).
 */
import { stringify } from 'csv-stringify/sync';
import { CSV_BOM, CSV_OPTIONS } from './csv.ts';

/** A response body: Buffer.concat always gives a fresh (never shared) buffer. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** The bytes of `JSON.stringify([...records])`. */
export function jsonArrayBytes(records: Iterable<unknown>): Bytes {
  const parts: Buffer[] = [];
  for (const record of records) parts.push(Buffer.from(`${parts.length ? ',' : '['}${JSON.stringify(record)}`));
  parts.push(Buffer.from(parts.length ? ']' : '[]'));
  return Buffer.concat(parts) as Bytes;
}

/** The bytes of a CSV of `records` with `columns`, as every CSV of the site is written (see csv.ts). */
export function csvBytes(records: Iterable<Record<string, unknown>>, columns: readonly string[]): Bytes {
  const parts: Buffer[] = [Buffer.from(CSV_BOM)];
  let header = true;
  for (const record of records) {
    parts.push(Buffer.from(stringify([record], { ...CSV_OPTIONS, header, columns: [...columns] })));
    header = false;
  }
  // With no record, the header alone, as the whole list would give it.
  if (header) parts.push(Buffer.from(stringify([], { ...CSV_OPTIONS, columns: [...columns] })));
  return Buffer.concat(parts) as Bytes;
}
