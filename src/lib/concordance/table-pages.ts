/**
 * The full-text view of a concordance table, cut into pages that stay small: rows keep their
 * chapter groups and a page ends before its Markdown would pass TEXT_PER_PAGE characters (a
 * chapter longer than that continues on the next page). The compact view holds every row.
 */
import type { ConcordanceRecord, Corpus } from '../content/corpus.ts';
import { resolveRef } from '../content/corpus.ts';
import { articleLabel } from '../citations/format.ts';
import { concordanceTablePath, rowAnchor } from '../ids/index.ts';
import { groupRows, type RowGroup } from './group.ts';

/**
 * Characters of provision Markdown per full-text page: about 25–35 KB of gzipped HTML, inside
 * the 50 KB page budget the README states (checked by `npm run bench:pages`).
 */
export const TEXT_PER_PAGE = 60_000;

export interface TextPage {
  /** 1-based page number, as in the address. */
  number: number;
  groups: RowGroup[];
}

/** Characters of Markdown the row's full-text view prints (its own text and every target's). */
function rowWeight(corpus: Corpus, row: ConcordanceRecord): number {
  const refs = [row.from, ...row.targets.flatMap((t) => (t.to ? [t.to] : []))];
  const body = (ref: string) => resolveRef(corpus, ref)?.versions[0]?.body.length ?? 0;
  return refs.reduce((sum, ref) => sum + body(ref), row.body.length);
}

export function textPages(corpus: Corpus, rows: ConcordanceRecord[]): TextPage[] {
  const pages: TextPage[] = [];
  let weight = Infinity;
  for (const group of groupRows(corpus, rows))
    for (const row of group.rows) {
      const w = rowWeight(corpus, row);
      if (weight + w > TEXT_PER_PAGE) {
        pages.push({ number: pages.length + 1, groups: [] });
        weight = 0;
      }
      weight += w;
      const page = pages.at(-1)!;
      const last = page.groups.at(-1);
      if (last && last.heading === group.heading && last.rows.at(-1) === group.rows[group.rows.indexOf(row) - 1]) last.rows.push(row);
      else page.groups.push({ heading: group.heading, rows: [row] });
    }
  return pages;
}

/** Address of one full-text page of a table. */
export function textPagePath(table: string, page: number): string {
  return `${concordanceTablePath(table)}text/${page}/`;
}

/** Address of a row in the full-text view, from the pages `textPages` made. */
export function rowTextPath(pages: TextPage[], table: string, row: ConcordanceRecord): string {
  const page = pages.find((p) => p.groups.some((g) => g.rows.includes(row)));
  return `${textPagePath(table, page?.number ?? 1)}#${rowAnchor(row.id)}`;
}

/** A page's name in the pager: the provisions it holds ("Art. 8–20"); the chapters are in the page's title and headings. */
export function pageLabel(corpus: Corpus, page: TextPage): string {
  const rows = page.groups.flatMap((g) => g.rows);
  const provision = (row: ConcordanceRecord | undefined) => (row ? resolveRef(corpus, row.from) : undefined);
  const first = provision(rows[0]);
  const last = provision(rows.at(-1));
  if (!first || !last) return `Page ${page.number}`;
  if (first === last) return articleLabel(first.number, first.type);
  const bothArticles = articleLabel(first.number, first.type).startsWith('Art.') && articleLabel(last.number, last.type).startsWith('Art.');
  return bothArticles
    ? `Art. ${first.number}–${last.number}`
    : `${articleLabel(first.number, first.type)} to ${articleLabel(last.number, last.type)}`;
}
