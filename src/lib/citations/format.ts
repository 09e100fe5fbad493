/**
 * Citation forms: how a reader cites an article or one of its paragraphs.
 * `Convention on Cybercrime (ETS No. 185), Art. 6(1)(a)(ii)`.
 */

/** `(1)(a)(ii)` from the anchor `1-a-ii`; `(2-1)(3)` from `2.1-3` (part 2-1 of a code, item 3). */
export function pinpoint(anchor: string): string {
  return anchor
    .split('-')
    .map((part) => `(${part.replace(/\./g, '-')})`)
    .join('');
}

/** "Art. 2", "Preamble", "Final clauses" — the part of a citation after the instrument. */
export function articleLabel(number: string, type: string = 'article'): string {
  if (type === 'preamble' || number === 'preamble') return 'Preamble';
  if (type === 'final' || number === 'final') return 'Final clauses';
  if (type === 'act-text') return 'Text';
  if (number === 'unnumbered') return 'Excerpts quoted without an article number';
  if (number.startsWith('unnumbered-')) return `Excerpts quoted without an article number (${number.slice('unnumbered-'.length)})`;
  if (type === 'resolution') return 'Resolution';
  if (type === 'note') return `Note ${number.replace(/^note-/, '')}`;
  // An annex is named by its key in words ("status" → "Status", "ukraine-reservations" → "Ukraine reservations"), never as an article.
  if (type === 'annex') return `${number.charAt(0).toUpperCase()}${number.slice(1).replace(/-/g, ' ')}`;
  return `Art. ${number}`;
}

/** Full citation of an article or paragraph in the short form readers use. */
export function citeProvision(instrumentCitation: string, number: string, type: string = 'article', anchor?: string): string {
  const label = articleLabel(number, type);
  return `${instrumentCitation}, ${label}${anchor && label.startsWith('Art.') ? pinpoint(anchor) : ''}`;
}

/** How a provision is named in labels, links and cells: "CIS Agreement, Art. 3(1)(a)". */
export function provisionLabel(shortTitle: string, number: string, type: string = 'article', anchor?: string): string {
  return citeProvision(shortTitle, number, type, anchor);
}

/** Heading of an article page: "Article 2" / "Preamble". */
export function articleHeading(number: string, type: string = 'article'): string {
  const label = articleLabel(number, type);
  return label.startsWith('Art. ') ? `Article ${number}` : label;
}

/**
 * The full citation: instrument, article and paragraph, the language version and its standing.
 * "Convention on Cybercrime (ETS No. 185), Art. 6(1)(a), English version (official text)".
 */
export function fullCitation(short: string, languageName: string, official: boolean, asQuotedIn?: string, inForceFrom?: string): string {
  const standing = official ? 'official text' : 'unofficial translation';
  const version = inForceFrom ? ` in force from ${inForceFrom}` : '';
  return `${short}, ${languageName} version${version} (${standing}${asQuotedIn ? `, as quoted in ${asQuotedIn}` : ''})`;
}
