/**
 * Segments one language version of an act, given as its part files, into articles. An article runs
 * from its heading to the next article heading, across file boundaries; the anchor line before a
 * heading (`<a id="st205">`) is a check, not the source of truth. Structure headings above articles
 * (part, section, chapter) are read as they come. Anomalies are returned, never silently fixed.
 */
import type { StructureLevelInput } from '../../../src/schemas/provision.ts';
import { anchorNumber, dropHeader, heading } from './clean.ts';

export interface SourceFile {
  /** Path inside the pack. */
  file: string;
  text: string;
}

export interface RawArticle {
  number: string;
  title: string | undefined;
  file: string;
  /** First and last line (1-based) of the article in its file. */
  lines: [number, number];
  /** Lines of the body, as in the file. */
  body: string[];
  structure: StructureLevelInput[];
  /** What stands between the previous article and this one (structure headings and their notes). */
  preceding: string[];
}

export interface Anomaly {
  file: string;
  line: number;
  message: string;
}

/** Words that introduce an article heading, per language: `Статья 205. …`, `205-бап. …`. */
const ARTICLE = [/^Статья\s+(\d+(?:-\d+)*)\.?\s*(.*)$/u, /^(\d+(?:-\d+)*)-бап\.?\s*(.*)$/u];
/** Structure headings: parts of a code, sections, chapters, in Russian and Kazakh. */
const LEVELS: { level: StructureLevelInput['level']; pattern: RegExp }[] = [
  {
    level: 'part',
    pattern: /^(ОБЩАЯ|ОСОБЕННАЯ|Общая|Особенная) ЧАСТЬ$|^(Общая|Особенная) часть$|^(Жалпы|Ерекше|ЖАЛПЫ|ЕРЕКШЕ) бөл[iі]к$/iu,
  },
  { level: 'section', pattern: /^(?:РАЗДЕЛ|Раздел)\s+([\dIVXLC]+)\.?\s*(.*)$|^(\d+)-БӨЛІМ\.?\s*(.*)$/u },
  { level: 'chapter', pattern: /^(?:Глава|ГЛАВА)\s+(\d+(?:-\d+)?)\.?\s*(.*)$|^(\d+(?:-\d+)?)-(?:тарау|ТАРАУ)\.?\s*(.*)$/u },
];
const RANK = { part: 0, section: 1, chapter: 2 } as Record<string, number>;

function articleHeading(text: string): { number: string; title: string | undefined } | null {
  for (const pattern of ARTICLE) {
    const m = pattern.exec(text);
    if (m) return { number: m[1]!, title: m[2]?.trim() || undefined };
  }
  return null;
}

function structureHeading(text: string): StructureLevelInput | null {
  for (const { level, pattern } of LEVELS) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (level === 'part') return { level, number: text };
    const number = m[1] ?? m[3] ?? '';
    const title = (m[2] ?? m[4] ?? '').trim();
    return { level, number, ...(title ? { title } : {}) };
  }
  return null;
}

/** The number of the first article a file holds, as a sortable value (files without one first). */
function firstArticle(text: string): number {
  for (const line of text.split('\n')) {
    const h = heading(line);
    const article = h && articleHeading(h.text);
    if (article) return articleOrder(article.number);
  }
  return -1;
}

/** Sort value of an article number: `121-1` → 121.01, so it follows 121 and precedes 122. */
export function articleOrder(number: string): number {
  const [base = '0', ...rest] = number.split('-');
  return rest.reduce((n, part, i) => n + Number(part) / 100 ** (i + 1), Number(base));
}

export function segmentArticles(files: SourceFile[]): { articles: RawArticle[]; anomalies: Anomaly[] } {
  const articles: RawArticle[] = [];
  const anomalies: Anomaly[] = [];
  let structure: StructureLevelInput[] = [];
  // Part files are read in the order of the articles they hold, whatever their names.
  const ordered = [...files].sort((a, b) => firstArticle(a.text) - firstArticle(b.text));
  for (const { file, text } of ordered) {
    const lines = dropHeader(text).split('\n');
    const offset = text.split('\n').length - lines.length;
    let pendingAnchor: { number: string; line: number } | null = null;
    let current: RawArticle | null = null;
    let between: string[] = [];
    // An article's lines end at its last line of text (its range names exactly what was read).
    const close = (_at: number) => {
      current = null;
    };
    lines.forEach((line, i) => {
      const n = i + 1 + offset;
      const anchor = anchorNumber(line);
      if (anchor) {
        if (pendingAnchor)
          anomalies.push({ file, line: pendingAnchor.line, message: `anchor st${pendingAnchor.number} has no article heading after it` });
        pendingAnchor = { number: anchor, line: n };
        return;
      }
      const h = heading(line);
      const article = h && articleHeading(h.text);
      // A heading right after an anchor that starts with the anchor's number is an article heading without its word ("214-2. …").
      const bare = h && !article && pendingAnchor && h.text.startsWith(`${pendingAnchor.number}.`) ? pendingAnchor.number : null;
      if (article || bare) {
        const number = article?.number ?? bare!;
        if (bare)
          anomalies.push({
            file,
            line: n,
            message: `Article ${number}: heading "${h!.text.slice(0, 40)}" lacks the word for "article"; read from its anchor`,
          });
        if (!pendingAnchor)
          anomalies.push({ file, line: n, message: `Article ${number}: heading without its anchor; read from the heading` });
        else if (pendingAnchor.number !== number)
          anomalies.push({ file, line: n, message: `Article ${number}: its anchor says st${pendingAnchor.number}` });
        close(n - 1);
        const title = article ? article.title : h!.text.slice(number.length + 1).trim() || undefined;
        current = { number, title, file, lines: [n, n], body: [], structure, preceding: between };
        between = [];
        articles.push(current);
        pendingAnchor = null;
        return;
      }
      const level = h && structureHeading(h.text);
      if (level) {
        close(n - 1);
        if (pendingAnchor)
          anomalies.push({ file, line: pendingAnchor.line, message: `anchor st${pendingAnchor.number} has no article heading after it` });
        pendingAnchor = null;
        structure = [...structure.filter((s) => RANK[s.level]! < RANK[level.level]!), level];
        between.push(line);
        return;
      }
      if (h) {
        // Other headings (the act's title, a table of contents) end the article they follow.
        close(n - 1);
        return;
      }
      if (current && line.trim()) {
        current.body.push(line);
        current.lines[1] = n;
      } else if (line.trim()) between.push(line);
    });
    if (pendingAnchor)
      anomalies.push({
        file,
        line: (pendingAnchor as { line: number }).line,
        message: `anchor st${(pendingAnchor as { number: string }).number} ends the file; its article is read from the next heading`,
      });
  }
  return { articles, anomalies };
}
