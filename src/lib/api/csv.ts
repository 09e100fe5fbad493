/**
 * How every CSV the site offers is written (open data and course-pack exports): UTF-8 with a
 * byte-order mark so spreadsheets detect the encoding, a header row, one line ending (LF) for
 * records and inside fields alike — so a field reads back exactly as the JSON has it — and quotes
 * around any field a reader could otherwise split or trim: commas, quotes, line breaks, leading
 * or trailing spaces.
 */
export const CSV_OPTIONS: { header: true; record_delimiter: 'unix'; quoted_match: RegExp[] } = {
  header: true,
  record_delimiter: 'unix',
  quoted_match: [/[\r\n",]/, /^\s|\s$/],
};

/** The byte-order mark that opens every CSV. */
export const CSV_BOM = '\uFEFF';
