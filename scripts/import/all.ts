/**
 * `npm run import`: runs every importer on its source in content/sources/, writes content/
 * deterministically (a second run changes nothing), and prints a summary: provisions per
 * instrument and language, anomalies found, corrections applied, text left out and why.
 * Everything is parsed before anything is written; any importer error stops the run first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsIn } from '../../src/lib/content/anchors.ts';
import { plainText } from '../../src/lib/content/plain-text.ts';
import { decodeUtf8, parseMarkdown } from '../../src/lib/content/read.ts';
import { editorialInputs } from '../lib/editorial.ts';
import { countProvisions, type ImportResult } from '../lib/emit.ts';
import { writeOutputs } from '../lib/write.ts';
import { BUDAPEST_SOURCE, importBudapest } from './budapest.ts';
import { CIS_SOURCE, importCis } from './cis.ts';
import { CSTO_SOURCE, importCsto } from './csto.ts';
import { importProfile, PROFILE_SOURCE } from './profile.ts';
import { importUn, UN_SOURCE } from './un.ts';

/**
 * Paragraph anchors should be the same in every language version. Where a translation merges or
 * splits paragraphs they are not: each such provision is reported with the anchors one language
 * has and another lacks (kept as the source has it; the page shows each language's own paragraphs).
 */
export function anchorMismatches(results: ImportResult[]): string[] {
  const byProvision = new Map<string, Map<string, string[]>>();
  for (const file of results.flatMap((r) => r.files)) {
    const m = /^content\/provisions\/([^/]+)\/([^/]+)\/([^/]+)\.md$/.exec(file.path);
    if (!m) continue;
    const id = `${m[1]}/${m[3]}`;
    byProvision.set(id, (byProvision.get(id) ?? new Map()).set(m[2]!, anchorsIn(file.content)));
  }
  const out: string[] = [];
  for (const [id, langs] of byProvision) {
    const all = new Set([...langs.values()].flat());
    const lacking = [...langs].flatMap(([lang, anchors]) => {
      const missing = [...all].filter((a) => !anchors.includes(a));
      return missing.length ? [`${lang} lacks ${missing.map((a) => `#${a}`).join(', ')}`] : [];
    });
    if (lacking.length)
      out.push(
        `${id}: ${lacking.join('; ')} — kept as the sources give it; a citation to a missing anchor lands in the languages that have it`,
      );
  }
  return out;
}

/** The English Convention as imported (title and text per article), for recognising it in the profile. */
function englishConvention(budapest: ImportResult): Map<string, string> {
  const articles = new Map<string, string>();
  for (const file of budapest.files) {
    const m = /^content\/provisions\/budapest\/en\/(\d+)\.md$/.exec(file.path);
    if (!m) continue;
    const { data, body: content } = parseMarkdown(file.path, file.content);
    articles.set(m[1]!, `${String(data['title'] ?? '')}\n${plainText(content)}`);
  }
  return articles;
}

/** A source's text; fails naming the file when its bytes are not UTF-8 (never replaced silently by U+FFFD). */
export function readSource(root: string, file: string): string {
  return decodeUtf8(`content/sources/${file}`, readFileSync(join(root, 'content', 'sources', file)));
}

export function runImporters(root: string): ImportResult[] {
  const read = (file: string) => readSource(root, file);
  const { corrections, alignments, metadata, profileGrades, unEnglishTitles } = editorialInputs(root);
  const budapest = importBudapest(read(BUDAPEST_SOURCE), metadata, alignments);
  return [
    budapest,
    importUn(read(UN_SOURCE), corrections, unEnglishTitles, metadata, alignments),
    importCis(read(CIS_SOURCE), metadata),
    importCsto(read(CSTO_SOURCE), metadata),
    importProfile(read(PROFILE_SOURCE), englishConvention(budapest), profileGrades, metadata),
  ];
}

function main(): void {
  const root = join(import.meta.dirname, '..', '..');
  let results: ImportResult[];
  try {
    results = runImporters(root);
  } catch (error) {
    console.error(`Import failed, nothing written: ${(error as Error).message}`);
    process.exit(1);
  }
  const files = results.flatMap((r) => r.files);
  const written = writeOutputs(
    root,
    results.flatMap((r) => r.owned),
    files,
  );
  console.log('Provisions per instrument and language:');
  for (const [key, n] of Object.entries(countProvisions(files)).sort()) console.log(`  ${key.padEnd(40)} ${n}`);
  for (const r of results) {
    const corrected = r.report.anomalies.filter((a) => a.handling === 'corrected');
    const folded = r.report.anomalies.filter((a) => a.handling !== 'corrected');
    console.log(`\n${r.name} (${r.source})`);
    console.log(`  anomalies found: ${r.report.anomalies.length}; corrections applied: ${corrected.length}`);
    for (const a of [...corrected, ...folded]) console.log(`  - line ${a.line} [${a.handling}] ${a.message}`);
    for (const e of r.report.exclusions) console.log(`  - left out lines ${e.lines[0]}–${e.lines[1]}: ${e.reason}`);
  }
  const { alignments } = editorialInputs(root);
  console.log(`\nParagraph anchors aligned across languages (scripts/import/anchor-alignments.yaml): ${alignments.length}`);
  for (const a of alignments) console.log(`  - ${a.provision} (${a.lang}): ${a.reason.replace(/\s+/g, ' ')}`);
  const mismatches = anchorMismatches(results);
  console.log(`\nParagraph structure differing between language versions: ${mismatches.length}`);
  for (const m of mismatches) console.log(`  - ${m}`);
  console.log(`\n${written.written.length} file(s) written, ${written.unchanged} unchanged, ${written.deleted.length} deleted.`);
  for (const path of written.deleted) console.log(`  deleted ${path}`);
}

if (process.argv[1] === import.meta.filename) main();
