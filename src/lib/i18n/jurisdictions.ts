/** Names of jurisdictions from their ISO 3166 codes, so no country is named in code. */
const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Kazakhstan" for `KZ`; the code itself when the runtime knows no name for it. */
export function jurisdictionName(code: string): string {
  return names.of(code) ?? code;
}
