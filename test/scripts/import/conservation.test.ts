/**
 * Conservation: every line of every source either lands in the content written by its importer
 * (provision text, titles, structure headings, instrument titles and notes) or is left out with a
 * stated reason. Reports the share of source characters found per source (must be ≥ 99.5%) and
 * lists what was left out and why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/lib/content/plain-text.ts';
import { parseMarkdown } from '../../../src/lib/content/read.ts';
import { foldLatinInCyrillicWords } from '../../../src/lib/text/lookalikes.ts';
import { runImporters } from '../../../scripts/import/all.ts';
import type { ImportResult } from '../../../scripts/lib/emit.ts';
import { ROOT } from '../../helpers/corpus.ts';

/** Case, spacing, Markdown markup and look-alike letters do not count as differences. */
const normalise = (text: string) =>
  foldLatinInCyrillicWords(text.normalize('NFC'))
    .replace(/[*\\#_]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase();

/** Heading labels that the content holds as structure ("Article 2 –", "2. pants –", "Статья 20", "10-бап", "Chapter II –"). */
const HEADING_LABEL =
  /^(?:(?:article|chapter|section|title|статья|статьи|глава)\s+[\divxlc]+|\d+\.\s?(?:pants|nodaļa|apakšnodaļa)|\d+-бап|[ivxі]+ тарау|\d+\.?)\s*[.–—-]?\s*/iu;

function collectText(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectText(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectText(v, out));
}

interface Measure {
  share: number;
  total: number;
  leftOut: number;
  missing: string[];
}

function measure(result: ImportResult): Measure {
  const corpus: string[] = [];
  for (const file of result.files) {
    if (file.path.endsWith('.md')) {
      const { data, body: content } = parseMarkdown(file.path, file.content);
      corpus.push(plainText(content));
      collectText({ title: data['title'], structure: data['structure'] }, corpus);
    } else collectText(parse(file.content), corpus);
  }
  const haystack = normalise(corpus.join('\n'));
  const excluded = new Set<number>();
  for (const e of result.report.exclusions) for (let n = e.lines[0]; n <= e.lines[1]; n++) excluded.add(n);
  const lines = readFileSync(join(ROOT, 'content', 'sources', result.source), 'utf8').split('\n');
  const m: Measure = { share: 0, total: 0, leftOut: 0, missing: [] };
  let found = 0;
  lines.forEach((raw, i) => {
    const line = normalise(raw.replace(/^- /, ''));
    if (!line || /^-+$/.test(line)) return;
    if (excluded.has(i + 1)) {
      m.leftOut += line.length;
      return;
    }
    m.total += line.length;
    if (haystack.includes(line) || haystack.includes(line.replace(HEADING_LABEL, ''))) found += line.length;
    else m.missing.push(`line ${i + 1}: ${line.slice(0, 100)}`);
  });
  m.share = found / m.total;
  return m;
}

describe('conservation of the sources', () => {
  // The treaty sources. The Council of Europe profile is a table whose Convention column is a copy
  // of the Convention (held from the Latvian gazette); its Kazakh column has its own fidelity tests
  // in profile.test.ts.
  const TREATY_SOURCES = [
    'lv-2006-budapest-ratification-law.lv-en.txt',
    'kz-2025-un-convention-signature-decree.ru-kk.txt',
    'cis-2001-agreement.en.md',
    'kz-2016-csto-protocol-ratification-law.en.txt',
  ];
  const results = runImporters(ROOT).filter((r) => TREATY_SOURCES.includes(r.source));
  for (const result of results) {
    it(`${result.source}: ≥ 99.5% of the treaty text lands in content/`, () => {
      const m = measure(result);
      const reasons = result.report.exclusions.map((e) => `lines ${e.lines[0]}–${e.lines[1]}: ${e.reason}`);
      console.log(
        `${result.source}: ${(m.share * 100).toFixed(2)}% of ${m.total} characters found; ${m.leftOut} characters left out:\n  ${reasons.join('\n  ')}` +
          (m.missing.length ? `\n  not found:\n  ${m.missing.join('\n  ')}` : ''),
      );
      expect(m.share).toBeGreaterThanOrEqual(0.995);
    });
  }

  it('notices an article that never reaches the content', () => {
    const budapest = results.find((r) => r.source.startsWith('lv-2006'))!;
    const lost = { ...budapest, files: budapest.files.filter((f) => !/\/budapest\/(en|lv)\/9\.md$/.test(f.path)) };
    const m = measure(lost);
    expect(m.share).toBeLessThan(0.995);
    expect(m.missing.some((line) => line.includes('child pornography'))).toBe(true);
  });
});
