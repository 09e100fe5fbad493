/**
 * Editorial concordance tables between instruments (scripts/import/crosswalk/<table>.yaml):
 * UN → Budapest, CIS → Budapest, CSTO → CIS, Additional Protocol → Budapest. Writes one row file
 * per mapped provision under content/concordance/<table>/. Fails when an article of the
 * instrument heading the table has no row: every article is mapped or marked as having none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listFiles } from '../../src/lib/content/read.ts';
import type { ImportResult } from '../lib/emit.ts';
import { emptyReport } from '../lib/report.ts';
import { markdownFile } from '../lib/write.ts';

interface CrosswalkFile {
  table: string;
  from: string;
  rows: Record<string, { to: string | null; relation: string; rationale: string }[]>;
}

/** Articles each table must cover (its heading instrument's Articles 1–N). */
export const COVERAGE: Record<string, number> = { un: 68, cis: 17, csto: 18, 'budapest-protocol': 16 };

export function readCrosswalk(root: string): CrosswalkFile[] {
  return listFiles(join(root, 'scripts', 'import', 'crosswalk'), ['.yaml']).map(
    (path) => parse(readFileSync(path, 'utf8')) as CrosswalkFile,
  );
}

/** Sort key of a row key: "3#1-a" → 3.1… so paragraph rows follow their article. */
const orderOf = (key: string) => {
  const [article = '0', anchor] = key.split('#');
  return Number(article) + (anchor ? anchor.split('-').reduce((n, part, i) => n + (part.charCodeAt(0) % 100) / 100 ** (i + 1), 0) / 10 : 0);
};

export function importCrosswalk(files: CrosswalkFile[]): ImportResult {
  const out: ImportResult = {
    name: 'Editorial crosswalk between instruments',
    source: 'scripts/import/crosswalk/*.yaml',
    files: [],
    owned: [],
    report: emptyReport(),
  };
  for (const file of files) {
    const expected = COVERAGE[file.from];
    if (!expected) throw new Error(`crosswalk ${file.table}: no coverage rule for instrument "${file.from}"`);
    const covered = new Set(Object.keys(file.rows).map((k) => k.split('#')[0]));
    const missing = Array.from({ length: expected }, (_, i) => String(i + 1)).filter((n) => !covered.has(n));
    if (missing.length)
      throw new Error(
        `crosswalk ${file.table}: no row for ${file.from} Article(s) ${missing.join(', ')}; map each article or mark it "none"`,
      );
    out.owned.push(`content/concordance/${file.table}`);
    for (const [key, targets] of Object.entries(file.rows)) {
      const frontmatter = {
        from: `${file.from}/${key}`,
        targets: targets.map((t) => ({ to: t.to, relation: t.relation, source: 'editorial', rationale: t.rationale })),
        order: orderOf(key),
      };
      out.files.push({
        path: `content/concordance/${file.table}/${file.from}-${key.replace('#', '-')}.md`,
        content: markdownFile(frontmatter, ''),
      });
    }
  }
  return out;
}
