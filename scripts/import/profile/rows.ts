/**
 * Rows of the Council of Europe profile's table: one per Budapest article it covers. A row starts
 * on the line holding its bold heading ("<b>Article 2 – …" or "**Article 24 – …"), which may come
 * after other text on that line ("**Chapter III – …****Article 24 – Extradition**").
 */
import type { SourceLine } from '../../lib/lines.ts';

/** The Budapest articles the profile covers, in order: 1–22, 24–35 and 42. */
export const PROFILE_ROWS = [...Array.from({ length: 22 }, (_, i) => i + 1), ...Array.from({ length: 12 }, (_, i) => i + 24), 42].map(
  String,
);

export interface RowPiece {
  /** Source line. */
  n: number;
  /** The part of the line that belongs to this row. */
  text: string;
}

export interface ProfileRow {
  article: string;
  /** Line where the row's heading stands. */
  start: number;
  pieces: RowPiece[];
}

/**
 * Cuts the table into rows. Throws naming the first expected row whose heading cannot be found
 * after the previous one, so a missing or misordered row fails the import.
 */
export function segmentRows(lines: SourceLine[], firstLine: number): { rows: ProfileRow[]; before: RowPiece[] } {
  const starts: { article: string; n: number; at: number }[] = [];
  let from = firstLine;
  for (const article of PROFILE_ROWS) {
    const heading = new RegExp(`(?:<b>|\\*\\*)Article ${article} – `);
    const line = lines.slice(from - 1).find((l) => heading.test(l.raw));
    if (!line) throw new Error(`profile: no row for Budapest Article ${article} after line ${from}`);
    starts.push({ article, n: line.n, at: heading.exec(line.raw)!.index });
    from = line.n + 1;
  }
  const rows: ProfileRow[] = starts.map((s) => ({ article: s.article, start: s.n, pieces: [] }));
  const before: RowPiece[] = [];
  for (const line of lines.slice(firstLine - 1)) {
    // The row owning each part of the line: the last row started at or before it.
    let owner = -1;
    let cut = 0;
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i]!;
      if (s.n < line.n) owner = i;
      else if (s.n === line.n) {
        const head = line.raw.slice(0, s.at);
        if (head.trim()) (owner >= 0 ? rows[owner]!.pieces : before).push({ n: line.n, text: head });
        owner = i;
        cut = s.at;
      }
    }
    const text = line.raw.slice(cut);
    if (!text.trim()) continue;
    (owner >= 0 ? rows[owner]!.pieces : before).push({ n: line.n, text });
  }
  return { rows, before };
}

/**
 * Where the PDF's layout runs one row's domestic column on under the next row's heading. The
 * column of Article 20 continues past the heading of Article 21: the end of CPC Art. 244, the Law
 * on Operational Investigations Art. 11 (whose item 3 is covert seizure of information on
 * connections) and the "For reference" note on covert obtaining of information about connections,
 * which explains CPC Art. 244. The column of Article 21 starts at the heading of the Criminal
 * Procedure Code before Art. 245, and quotes Art. 11 again further down.
 */
export const CARRIED_OVER: { row: string; into: string; until: RegExp }[] = [
  { row: '21', into: '20', until: /^Criminal Procedure Code of the Republic of Kazakhstan$/ },
];
