/**
 * Stable identifiers.
 *
 * A provision is named `<instrument>/<number>` (e.g. `budapest/2`, `penal-code/121-1`) whatever its
 * language; one language version of it is `<instrument>/<number>/<lang>`. A reference may pin a
 * paragraph with an anchor: `cis/3#1-a`. Anchors are the same in every language version.
 */

export interface ProvisionRef {
  instrument: string;
  number: string;
  /** Paragraph anchor, e.g. `1-a-ii`. */
  anchor?: string;
}

/** Anchor segments may carry a dotted number (`2.1` for part 2-1 of a code). */
const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([0-9a-z]+(?:-[0-9a-z]+)*)(?:#([0-9a-z]+(?:\.[0-9]+)*(?:-[0-9a-z]+(?:\.[0-9]+)*)*))?$/;

/** Parses `budapest/2` or `cis/3#1-a`; returns null when the string is not a reference. */
export function parseRef(ref: string): ProvisionRef | null {
  const match = REF.exec(ref);
  if (!match) return null;
  const [, instrument = '', number = '', anchor] = match;
  return anchor === undefined ? { instrument, number } : { instrument, number, anchor };
}

/** `budapest/2`: the language-independent id of a provision. */
export function provisionId(instrument: string, number: string): string {
  return `${instrument}/${number}`;
}

/** The provision id a reference names, without its anchor (`cis/3#1-a` → `cis/3`); null when it is not a reference. */
export function refId(ref: string | null | undefined): string | null {
  const parsed = ref ? parseRef(ref) : null;
  return parsed ? provisionId(parsed.instrument, parsed.number) : null;
}

/** `budapest/2#1-a`, or `budapest/2` without anchor. */
export function formatRef(ref: ProvisionRef): string {
  const id = provisionId(ref.instrument, ref.number);
  return ref.anchor ? `${id}#${ref.anchor}` : id;
}

/** The id of one language version: `budapest/2/en`. */
export function versionId(instrument: string, number: string, lang: string): string {
  return `${instrument}/${number}/${lang}`;
}

/** The entry id of a provision version: `budapest/2/en`, or `kz-penal-code/205/ru@2020-01-01` for a version that is no longer the latest held. */
export function versionEntryId(v: {
  instrument: string;
  number: string;
  lang: string;
  version?: { date: string; current: boolean } | undefined;
}): string {
  const id = versionId(v.instrument, v.number, v.lang);
  return v.version && !v.version.current ? `${id}@${v.version.date}` : id;
}

/** Site path of an instrument page: `/budapest/`. */
export function instrumentPath(instrument: string): string {
  return `/${instrument}/`;
}

/** Site path of a provision page, with its paragraph anchor if any: `/budapest/6/#1-a-ii`. */
export function provisionPath(ref: ProvisionRef): string {
  const path = `/${ref.instrument}/${ref.number}/`;
  return ref.anchor ? `${path}#${ref.anchor}` : path;
}

/** Site path of an earlier dated version of a provision: `/kz-penal-code/205/2020-01-01/`. */
export function versionPath(provisionId: string, date: string): string {
  return `/${provisionId}/${date}/`;
}

/** Site path of a concordance table: `/concordance/budapest-kz/`. */
export function concordanceTablePath(table: string): string {
  return `/concordance/${table}/`;
}

/** Splits a concordance entry id `budapest-kz/budapest-2` into its table and row names. */
export function concordanceRowParts(entryId: string): { table: string; row: string } {
  const slash = entryId.indexOf('/');
  if (slash < 1) throw new Error(`concordance entry "${entryId}" is not inside a table folder (content/concordance/<table>/)`);
  return { table: entryId.slice(0, slash), row: entryId.slice(slash + 1) };
}

/** Fragment id of a concordance row on its table page: `row-budapest-2`. */
export function rowAnchor(rowId: string): string {
  return `row-${concordanceRowParts(rowId).row}`;
}

/** Site path of a concordance row: `/concordance/budapest-kz/#row-budapest-2`. */
export function rowPath(rowId: string): string {
  return `${concordanceTablePath(concordanceRowParts(rowId).table)}#${rowAnchor(rowId)}`;
}
