/**
 * `npm run import:official`: reads the official law pack(s) that instruments name in their
 * `officialText` (never committed; see locatePack) and writes one provision per article, language
 * and version into the git-ignored `.official-law/` folder, which the site builds from. Without the
 * pack the folder is emptied and the site says the official text is not loaded. Deterministic: the
 * same pack gives the same files; anything the pack gets wrong fails the import naming file and
 * article, or is reported in the summary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citingTexts, holdingsOf, scanCitations } from '../../src/lib/citations/scan.ts';
import { loadContent, loadValidContent } from '../../src/lib/content/load-content.ts';
import type { Instrument } from '../../src/schemas/instrument.ts';
import type { OfficialAct } from '../../src/schemas/official-act.ts';
import type { Language } from '../../src/schemas/common.ts';
import { markdownFile, toYaml, writeOutputs, type OutputFile } from '../lib/write.ts';
import { unitsToMarkdown } from '../lib/markdown.ts';
import { articleOrder, segmentArticles, type Anomaly, type RawArticle } from './official/articles.ts';
import { parseBody } from './official/body.ts';
import { locatePack, readPack, type PackFile } from './official/pack.ts';
import { hasMixedScriptWord } from '../../src/lib/text/lookalikes.ts';

/** The folder the official texts are written to (git-ignored), relative to the project root. */
export const OFFICIAL_DIR = '.official-law';

const LANGS: Record<string, Language> = { rus: 'ru', kaz: 'kk' };

export interface OfficialReport {
  pack: string;
  dir: string | null;
  /** Provisions written per `instrument/lang/version`. */
  counts: Record<string, number>;
  anomalies: Anomaly[];
  /** Acts in the pack that no instrument names. */
  unmapped: string[];
}

const REPEALED = /исключена|исключен\b|алып тасталды|алынып тасталды/iu;
/** An amendment note bringing an article into force later, without a date ("по истечении шести месяцев…"). */
const LATER = /вводится в действие по истечении|өткен соң қолданысқа енгізіледі/iu;
const NOT_YET = /вводится в действие с (\d{2})\.(\d{2})\.(\d{4})|(\d{2})\.(\d{2})\.(\d{4}) бастап қолданысқа енгізіледі/u;

function status(article: RawArticle, text: string, version: string): 'in-force' | 'repealed' | 'not-yet-in-force' {
  if ((article.title && REPEALED.test(article.title)) || (!text.trim() && article.body.some((l) => REPEALED.test(l)))) return 'repealed';
  // A heading with no text whose note defers its entry into force: the version holds no text yet.
  if (!text.trim() && article.body.some((l) => LATER.test(l))) return 'not-yet-in-force';
  const m = NOT_YET.exec(article.title ?? '');
  const date = m && (m[3] ? `${m[3]}-${m[2]}-${m[1]}` : `${m[6]}-${m[5]}-${m[4]}`);
  return date && date > version ? 'not-yet-in-force' : 'in-force';
}

/**
 * Within one part file, an article number may only step by one (or add a sub-number): a skip means
 * a heading was missed, unless what stands between says a chapter or section was repealed whole.
 */
function checkSequence(articles: RawArticle[], anomalies: Anomaly[]): void {
  const seen = new Map<string, RawArticle>();
  articles.forEach((a, i) => {
    const twice = seen.get(a.number);
    if (twice) throw new Error(`${a.file}: Article ${a.number} appears twice (lines ${twice.lines[0]} and ${a.lines[0]})`);
    seen.set(a.number, a);
    const before = articles[i - 1];
    if (before && before.file === a.file) {
      const gap = Math.floor(articleOrder(a.number)) - Math.floor(articleOrder(before.number));
      const explained = gap > 1 && a.preceding.some((line) => REPEALED.test(line));
      if (explained)
        anomalies.push({
          file: a.file,
          line: a.lines[0],
          message: `Articles between ${before.number} and ${a.number} are not printed: ${a.preceding.join(' ').replace(/[#*>]/g, '').trim().slice(0, 120)}`,
        });
      else if (gap < 0 || gap > 1)
        throw new Error(
          `${a.file}: Article ${a.number} follows Article ${before.number} (line ${a.lines[0]}): a gap or disorder in the numbering`,
        );
    }
  });
}

export function officialOutputs(
  files: PackFile[],
  instruments: Map<string, Instrument>,
  packName: string,
): { outputs: OutputFile[]; counts: Record<string, number>; anomalies: Anomaly[]; unmapped: string[] } {
  const byAct = new Map(
    [...instruments].filter(([, i]) => i.officialText?.pack === packName).map(([key, i]) => [i.officialText!.act, key]),
  );
  const outputs: OutputFile[] = [];
  const counts: Record<string, number> = {};
  const anomalies: Anomaly[] = [];
  const unmapped = [...new Set(files.map((f) => f.act).filter((act) => !byAct.has(act)))];
  const groups = new Map<string, PackFile[]>();
  for (const f of files.filter((f) => byAct.has(f.act)))
    groups.set(`${f.act}\u0000${f.lang}\u0000${f.version_date}`, [
      ...(groups.get(`${f.act}\u0000${f.lang}\u0000${f.version_date}`) ?? []),
      f,
    ]);
  const latest = new Map<string, string>();
  for (const f of files)
    latest.set(`${f.act}\u0000${f.lang}`, [latest.get(`${f.act}\u0000${f.lang}`) ?? '', f.version_date].sort().at(-1)!);
  /** Anchors of each article per `act/version/number`, by language, to compare the two languages. */
  const anchorsByArticle = new Map<string, Map<string, { anchors: string; file: string; line: number }>>();
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const [act, packLang, version] = key.split('\u0000') as [string, string, string];
    const instrument = byAct.get(act)!;
    const lang = LANGS[packLang]!;
    const current = latest.get(`${act}\u0000${packLang}`) === version;
    const segmented = segmentArticles(group.map((f) => ({ file: f.file, text: f.text })));
    checkSequence(segmented.articles, anomalies);
    anomalies.push(...segmented.anomalies);
    // Latin letters typed inside Cyrillic words of a title are kept as the portal prints them (search
    // folds them), but never silently: one line per act, language and version names them.
    const mixed = segmented.articles.filter((a) => a.title && hasMixedScriptWord(a.title));
    if (mixed.length)
      anomalies.push({
        file: mixed[0]!.file,
        line: mixed[0]!.lines[0],
        message: `${mixed.length} article title(s) of ${act} (${packLang}, ${version}) have Latin look-alike letters inside Cyrillic words, kept as printed: Art. ${mixed.map((a) => a.number).join(', ')}`,
      });
    for (const article of segmented.articles) {
      const source = group.find((f) => f.file === article.file)!;
      const body = parseBody(article.body);
      for (const label of body.repeated)
        anomalies.push({
          file: article.file,
          line: article.lines[0],
          message: `Article ${article.number}: "${label}" is printed twice; both texts kept, the anchor on the first`,
        });
      const markdown = unitsToMarkdown(body.units.map((u) => ({ anchor: u.anchor, depth: u.depth, text: u.text })));
      const articleKey = `${act}/${version}/${article.number}`;
      anchorsByArticle.set(
        articleKey,
        (anchorsByArticle.get(articleKey) ?? new Map()).set(lang, {
          anchors: body.units.flatMap((u) => (u.anchor ? [u.anchor] : [])).join(' '),
          file: article.file,
          line: article.lines[0],
        }),
      );
      const frontmatter = {
        instrument,
        number: article.number,
        ...(article.title ? { title: article.title } : {}),
        lang,
        ...(article.structure.length ? { structure: article.structure } : {}),
        order: articleOrder(article.number),
        source: { pack: packName, file: article.file, url: source.official_source, lines: article.lines },
        version: { date: version, current },
        status: status(article, markdown, version),
        ...(body.amendments.length ? { amendments: body.amendments } : {}),
      };
      outputs.push({
        path: `${OFFICIAL_DIR}/provisions/${instrument}/${lang}/${article.number}${current ? '' : `@${version}`}.md`,
        content: markdownFile(frontmatter, markdown),
      });
      counts[`${instrument}/${lang}/${version}`] = (counts[`${instrument}/${lang}/${version}`] ?? 0) + 1;
    }
  }
  // An article held in one language only, or whose parts and items differ between the languages, is reported.
  const languagesOf = (act: string, version: string) =>
    new Set(files.filter((f) => f.act === act && f.version_date === version).map((f) => LANGS[f.lang]));
  for (const [key, byLang] of anchorsByArticle) {
    const [act, version, number] = key.split('/') as [string, string, string];
    const [first] = [...byLang.values()];
    if (byLang.size < languagesOf(act, version).size)
      anomalies.push({
        file: first!.file,
        line: first!.line,
        message: `Article ${number} (${version}) is held in ${[...byLang.keys()].join(', ')} only`,
      });
    else if (new Set([...byLang.values()].map((v) => v.anchors)).size > 1)
      anomalies.push({
        file: first!.file,
        line: first!.line,
        message: `Article ${number} (${version}): parts and items differ between the languages (${[...byLang].map(([l, v]) => `${l}: ${v.anchors.split(' ').filter(Boolean).length}`).join(', ')}); kept as each gives them`,
      });
  }
  return { outputs, counts, anomalies, unmapped };
}

/** The first heading of the latest whole-version index file of an act in one language, or undefined. */
function heldTitle(files: PackFile[], act: string, lang: string): string | undefined {
  const index = files
    .filter((f) => f.act === act && f.lang === lang && /\/(rus|kaz)\.md$/.test(f.file))
    .sort((a, b) => b.version_date.localeCompare(a.version_date))[0];
  return index ? /^# (.+)$/m.exec(index.text)?.[1]?.trim() : undefined;
}

/**
 * What the pack's act data says of each imported act: its title now and its requisite, with a notice
 * where its standing differs from the text held (a new title; a requisite saying it ceased to apply).
 */
export function actsOutput(
  files: PackFile[],
  acts: { act: string; title?: Partial<Record<'rus' | 'kaz', string>> | undefined; requisite?: string | undefined }[],
  instruments: Map<string, Instrument>,
  packName: string,
): OutputFile {
  const records = [...instruments]
    .filter(([, i]) => i.officialText?.pack === packName)
    .flatMap(([key, i]) => {
      const act = acts.find((a) => a.act === i.officialText!.act);
      if (!act || !files.some((f) => f.act === act.act)) return [];
      const notices: OfficialAct['notices'] = [];
      for (const [packLang, title] of Object.entries(act.title ?? {})) {
        const held = heldTitle(files, act.act, packLang);
        if (held && title && held !== title) notices.push({ kind: 'renamed', lang: LANGS[packLang] as 'ru' | 'kk', title, held });
      }
      // The requisite is printed in Russian; a sentence saying the act ceased to apply is shown as it stands.
      const ceased = act.requisite?.split(/(?<=\.)\s+/).find((sentence) => /Прекратил/u.test(sentence));
      if (ceased) notices.push({ kind: 'ceased', lang: 'ru', text: ceased });
      const titles = Object.fromEntries(Object.entries(act.title ?? {}).map(([l, t]) => [LANGS[l], t]));
      return [{ instrument: key, titles, ...(act.requisite ? { requisite: act.requisite } : {}), notices }];
    });
  return { path: `${OFFICIAL_DIR}/acts.yaml`, content: toYaml(records) };
}

/** The instruments of the committed content, by key, from the project's one validated read of content/. */
function instrumentsOf(root: string): Map<string, Instrument> {
  return new Map(loadValidContent(root, { official: false }).instruments.map((e) => [e.id, e.data]));
}

/** Imports every pack the instruments name; writes `.official-law/` (emptied when no pack is there). */
export function importOfficial(root: string, env: NodeJS.ProcessEnv = process.env): OfficialReport[] {
  const instruments = instrumentsOf(root);
  const packs = [...new Set([...instruments.values()].flatMap((i) => (i.officialText ? [i.officialText.pack] : [])))].sort();
  const reports: OfficialReport[] = [];
  const outputs: OutputFile[] = [];
  for (const name of packs) {
    const location = locatePack(root, name, env);
    if (!location.dir) {
      reports.push({ pack: name, dir: null, counts: {}, anomalies: [], unmapped: [] });
      continue;
    }
    const { files, acts } = readPack(location.dir);
    const result = officialOutputs(files, instruments, name);
    outputs.push(...result.outputs, actsOutput(files, acts, instruments, name));
    reports.push({ pack: name, dir: location.dir, counts: result.counts, anomalies: result.anomalies, unmapped: result.unmapped });
  }
  // The list of unresolved citations (.txt) is written after the texts and goes with them.
  writeOutputs(root, [OFFICIAL_DIR], outputs, ['.md', '.txt']);
  return reports;
}

/**
 * The citations in the official texts that do not resolve to a held provision (another act, an
 * article of an act held only in part…), each with the reason, written beside the texts
 * (`.official-law/citations-unresolved.txt`): like the committed list, nothing unresolved is linked.
 */
export function unresolvedOfficialCitations(root: string): string[] {
  const { input } = loadContent(root);
  const all = citingTexts(input);
  const holdings = holdingsOf(all, input);
  const official = citingTexts({ provisions: input.provisions.filter((p) => p.data.source.pack) });
  return scanCitations(official, holdings)
    .filter((c) => c.resolution.unresolved)
    .map((c) => `${c.from.instrument}/${c.from.number} (${c.from.lang}): "${c.citation.text}": ${c.resolution.unresolved}`);
}

function main(): void {
  const root = join(import.meta.dirname, '..', '..');
  let reports: OfficialReport[];
  try {
    reports = importOfficial(root);
  } catch (error) {
    console.error(`Official-law import failed, nothing written: ${(error as Error).message}`);
    process.exit(1);
  }
  for (const r of reports) {
    if (!r.dir) {
      console.log(
        `Law pack "${r.pack}": not found (set ${r.pack.replace(/-/g, '_').toUpperCase()}_PACK or place it at ../shared/${r.pack}); the official text is not loaded in this build.`,
      );
      continue;
    }
    console.log(`Law pack "${r.pack}" (${r.dir}): provisions per instrument, language and version:`);
    for (const [key, n] of Object.entries(r.counts)) console.log(`  ${key.padEnd(48)} ${n}`);
    if (r.unmapped.length) console.log(`  acts in the pack that no instrument names (not imported): ${r.unmapped.join(', ')}`);
    console.log(`  anomalies (read through and kept as the source has them): ${r.anomalies.length}`);
    for (const a of r.anomalies) console.log(`  - ${a.file}:${a.line} ${a.message}`);
  }
  if (reports.some((r) => r.dir)) {
    const unresolved = unresolvedOfficialCitations(root);
    writeFileSync(join(root, OFFICIAL_DIR, 'citations-unresolved.txt'), `${unresolved.join('\n')}\n`);
    const reasons = new Map<string, number>();
    for (const line of unresolved) {
      const reason = line.slice(line.indexOf('": ') + 3).replace(/ \(".*"\)$/, '');
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    console.log(
      `Citations in the official texts left unlinked (listed with their reasons in ${OFFICIAL_DIR}/citations-unresolved.txt): ${unresolved.length}`,
    );
    for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${String(n).padStart(5)}  ${reason}`);
  }
}

if (process.argv[1] === import.meta.filename) main();
