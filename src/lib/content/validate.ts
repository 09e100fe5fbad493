/**
 * Checks the whole content tree: every file against its schema, and every id and cross-reference
 * against what exists. Each problem names the file and the field. Pure: it takes the parsed tree
 * and returns the problems and the validated entries the corpus is built from.
 */
import type { z } from 'astro/zod';
import { concordanceSchema, GAP_RELATIONS, type ConcordanceRow } from '../../schemas/concordance.ts';
import { concordanceRowsFileSchema, fileRowSchema } from '../../schemas/concordance-rows.ts';
import { concordanceTableSchema, type ConcordanceTable } from '../../schemas/concordance-table.ts';
import { instrumentSchema, RESERVED_KEYS, type Instrument } from '../../schemas/instrument.ts';
import { officialActSchema } from '../../schemas/official-act.ts';
import { provisionSchema, type Provision } from '../../schemas/provision.ts';
import { sourceDocumentSchema } from '../../schemas/source.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { unresolvedCitationSchema } from '../../schemas/unresolved-citation.ts';
import { checkCitations } from '../citations/check.ts';
import { parseRef, provisionId, versionEntryId } from '../ids/index.ts';
import { anchorsIn } from './anchors.ts';
import { markupProblems } from './markup.ts';
import { formatProblems, type ContentProblem } from './problems.ts';
import { keyFromFile, OFFICIAL_DIR, type ContentFile, type ContentTree } from './read.ts';
import type { CorpusInput, Entry } from './records.ts';

export { formatProblems, type ContentProblem };

function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') ||
    '(root)'
  );
}

/** Validates data against a schema, adding one problem per issue; null when invalid. */
export function parseWith<S extends z.ZodType>(schema: S, file: string, data: unknown, problems: ContentProblem[]): z.output<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, field: fieldPath(issue.path), message: issue.message });
  return null;
}

/** Validates data against a schema or throws every problem as `file: field: message` (for editorial inputs read by scripts). */
export function parseOrThrow<S extends z.ZodType>(schema: S, file: string, data: unknown): z.output<S> {
  const problems: ContentProblem[] = [];
  const parsed = parseWith(schema, file, data, problems);
  if (parsed === null) throw new Error(formatProblems(problems));
  return parsed;
}

/** Sort key of a row key: "3#1-a" → 3.1… so paragraph rows follow their article. */
function rowOrder(key: string): number {
  const [article = '0', anchor] = key.split('#');
  return Number(article) + (anchor ? anchor.split('-').reduce((n, part, i) => n + (part.charCodeAt(0) % 100) / 100 ** (i + 1), 0) / 10 : 0);
}

/** The rows of a table kept as one YAML file, as row entries with the ids Markdown rows would have. */
function rowsOfFile(entry: ContentFile, table: ConcordanceTable, problems: ContentProblem[]): { file: string; id: string; data: unknown }[] {
  const parsed = parseWith(concordanceRowsFileSchema, entry.file, entry.data, problems);
  if (!parsed) return [];
  return Object.entries(parsed.rows).flatMap(([key, targets]) => {
    const file = `${entry.file}: rows["${key}"]`;
    const row = parseWith(fileRowSchema, file, { targets }, problems);
    return row ? [{ file, id: `${table.id}/${table.from}-${key.replace('#', '-')}`, data: { from: `${table.from}/${key}`, ...row, order: rowOrder(key) } }] : [];
  });
}

/** The longest body one provision may have (characters): the longest article held is a tenth of it. */
export const MAX_BODY = 200_000;

export interface ValidatedContent {
  problems: ContentProblem[];
  /** The entries that passed their schemas, ready for the corpus. */
  input: CorpusInput;
  /** References into official texts that are not loaded (no law pack): accepted unchecked, listed so that a check can say so. */
  unchecked: string[];
}

/** Validates the parsed content tree; returns every problem found (empty when all is well) and the valid entries. */
export function validateContent(tree: ContentTree): ValidatedContent {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const hasSourceFile = (name: string) => tree.sourceFiles.has(name);
  const input: CorpusInput = { sources: [], instruments: [], provisions: [], concordanceTables: [], concordance: [], topics: [], officialActs: [] };

  for (const entry of tree.sources) {
    const source = parseWith(sourceDocumentSchema, entry.file, entry.data, problems);
    if (!source) continue;
    if (input.sources.some((s) => s.id === source.id)) add(entry.file, 'id', `duplicate source id "${source.id}"`);
    else input.sources.push({ id: source.id, data: source });
    if (!hasSourceFile(source.file)) add(entry.file, 'file', `no file content/sources/${source.file}`);
  }
  const sourceIds = new Set(input.sources.map((s) => s.id));

  const instruments = new Map<string, Instrument>();
  for (const entry of tree.instruments) {
    const key = keyFromFile(entry.file);
    const instrument = parseWith(instrumentSchema, entry.file, entry.data, problems);
    if (RESERVED_KEYS.includes(key)) add(entry.file, '(file name)', `"${key}" is a reserved path on the site`);
    if (!instrument) continue;
    instruments.set(key, instrument);
    input.instruments.push({ id: key, data: instrument });
    instrument.source.forEach((s, i) => {
      if (!hasSourceFile(s.file)) add(entry.file, `source[${i}].file`, `no file content/sources/${s.file}`);
    });
  }
  for (const { id, data } of input.instruments)
    data.concerns.forEach((key, i) => {
      if (!instruments.has(key)) add(`content/instruments/${id}.yaml`, `concerns[${i}]`, `unknown instrument "${key}"`);
    });

  const topics: [ContentFile, z.output<typeof topicSchema>][] = [];
  for (const entry of tree.topics) {
    const topic = parseWith(topicSchema, entry.file, entry.data, problems);
    if (!topic) continue;
    topics.push([entry, topic]);
    input.topics.push({ id: keyFromFile(entry.file), data: topic });
  }

  const checkMarkup = (entry: ContentFile) => {
    for (const m of markupProblems(entry.body)) add(entry.file, `body (line ${m.line + (entry.bodyLine ?? 1) - 1})`, `${m.construct}: content is text, never markup`);
  };
  /** Instruments with an official text read from a law pack that this read did not load. */
  const loaded = new Set(tree.provisions.filter((p) => p.file.startsWith(`${OFFICIAL_DIR}/`)).map((p) => String(p.data['instrument'])));
  const unloaded = new Set([...instruments].filter(([key, i]) => i.officialText && !loaded.has(key)).map(([key]) => key));
  /** References into official texts this read did not load, which could not be checked. */
  const unchecked: string[] = [];
  /** Anchors per provision id, union over languages. */
  const anchors = new Map<string, Set<string>>();
  const orders = new Map<string, number>();
  const checkRef = (ref: string, file: string, field: string): void => {
    const parsed = parseRef(ref);
    const id = parsed && provisionId(parsed.instrument, parsed.number);
    const message = !parsed
      ? `"${ref}" is not a reference of the form <instrument>/<number>[#anchor]`
      : !instruments.has(parsed.instrument)
        ? `unknown instrument "${parsed.instrument}" in "${ref}"`
        : unloaded.has(parsed.instrument) && (!anchors.has(id!) || (parsed.anchor !== undefined && !anchors.get(id!)!.has(parsed.anchor)))
          ? (unchecked.push(`${file} ${field}: ${ref}`), null) // its official text is not loaded: checked in a build that loads it
          : !anchors.has(id!)
            ? `unknown provision "${id}"`
            : parsed.anchor && !anchors.get(id!)?.has(parsed.anchor)
            ? `provision "${id}" has no paragraph "#${parsed.anchor}"`
            : null;
    if (message) add(file, field, message);
  };

  const provisions: [ContentFile, Provision][] = [];
  for (const entry of tree.provisions) {
    const provision = parseWith(provisionSchema, entry.file, entry.data, problems);
    if (!provision) continue;
    const official = provision.source.pack !== undefined;
    const expected = `${official ? OFFICIAL_DIR : 'content'}/provisions/${provision.instrument}/${provision.lang}/${provision.number}${provision.version && !provision.version.current ? `@${provision.version.date}` : ''}.md`;
    if (entry.file !== expected) add(entry.file, 'instrument/lang/number', `frontmatter says this file should be ${expected}`);
    const instrument = instruments.get(provision.instrument);
    if (!instrument) {
      add(entry.file, 'instrument', `unknown instrument "${provision.instrument}"`);
      continue;
    }
    provisions.push([entry, provision]);
    checkMarkup(entry);
    input.provisions.push({ id: versionEntryId(provision), data: provision, body: entry.body });
    if (!instrument.languages.some((l) => l.lang === provision.lang))
      add(entry.file, 'lang', `instrument "${provision.instrument}" does not list language "${provision.lang}"`);
    if (!official && !hasSourceFile(provision.source.file)) add(entry.file, 'source.file', `no file content/sources/${provision.source.file}`);
    const id = provisionId(provision.instrument, provision.number);
    const declared = anchorsIn(entry.body);
    if (!entry.body.trim() && provision.status === 'in-force') add(entry.file, 'body', 'no text: a provision holds the words of its source');
    if (entry.body.length > MAX_BODY) add(entry.file, 'body', `${entry.body.length} characters, over the limit of ${MAX_BODY} for one provision: split it or check the import`);
    const seen = new Set<string>();
    for (const anchor of declared) {
      if (seen.has(anchor)) add(entry.file, 'body', `paragraph anchor "#${anchor}" appears twice`);
      seen.add(anchor);
    }
    anchors.set(id, new Set([...(anchors.get(id) ?? []), ...declared]));
    const order = orders.get(id);
    if (order !== undefined && order !== provision.order) add(entry.file, 'order', `order ${provision.order} differs from another language version's ${order}`);
    orders.set(id, provision.order);
  }
  for (const [entry, provision] of provisions) provision.concerns.forEach((ref, i) => checkRef(ref, entry.file, `concerns[${i}]`));
  for (const [entry, topic] of topics) topic.provisions.forEach((ref, i) => checkRef(ref, entry.file, `provisions[${i}]`));

  const tables = new Map<string, ConcordanceTable>();
  for (const entry of tree.concordanceTables) {
    const table = parseWith(concordanceTableSchema, entry.file, entry.data, problems);
    if (!table) continue;
    tables.set(table.id, table);
    input.concordanceTables.push({ id: table.id, data: table });
    if (!instruments.has(table.from)) add(entry.file, 'from', `unknown instrument "${table.from}"`);
    if (table.source && !sourceIds.has(table.source)) add(entry.file, 'source', `unknown source "${table.source}"`);
  }
  for (const entry of tree.concordanceTables) {
    const table = tables.get(String(entry.data['id']));
    for (const key of ['first', 'then'] as const)
      if (table?.derived && !tables.has(table.derived[key])) add(entry.file, `derived.${key}`, `unknown table "${table.derived[key]}"`);
  }

  const rowEntries: { file: string; id: string; table: ConcordanceTable | undefined; data: unknown }[] = [];
  for (const entry of tree.concordance) {
    checkMarkup(entry);
    const folder = /^content\/concordance\/([a-z0-9-]+)\/[^/]+\.md$/.exec(entry.file)?.[1];
    if (!folder) add(entry.file, '(path)', 'a concordance row must live in content/concordance/<table>/');
    const table = folder ? tables.get(folder) : undefined;
    if (folder && !table) add(entry.file, '(path)', `no table "${folder}" in content/concordance/tables.yaml`);
    if (table?.derived) add(entry.file, '(path)', `table "${folder}" is derived; its rows are computed, not written`);
    const id = entry.file.replace(/^content\/concordance\//, '').replace(/\.md$/, '');
    rowEntries.push({ file: entry.file, id, table, data: { ...entry.data, body: entry.body } });
  }
  for (const entry of tree.concordanceRowFiles) {
    const key = keyFromFile(entry.file);
    const table = tables.get(key);
    if (!table) add(entry.file, '(path)', `no table "${key}" in content/concordance/tables.yaml`);
    else if (table.derived) add(entry.file, '(path)', `table "${key}" is derived; its rows are computed, not written`);
    else if (rowEntries.some((r) => r.table?.id === key)) add(entry.file, '(path)', `table "${key}" also has Markdown rows; keep its rows in one place`);
    else rowEntries.push(...rowsOfFile(entry, table, problems).map((r) => ({ ...r, table })));
  }
  const rowsByTable = new Map<string, Set<string>>();
  const rowFroms = new Set<string>();
  for (const { file, id, table, data } of rowEntries) {
    const { body = '', ...fields } = data as Record<string, unknown> & { body?: string };
    const row = parseWith(concordanceSchema, file, fields, problems);
    if (!row) continue;
    input.concordance.push({ id, data: row, body } satisfies Entry<ConcordanceRow>);
    if (table && parseRef(row.from)?.instrument !== table.from) add(file, 'from', `rows of table "${table.id}" start from ${table.from}, not "${row.from}"`);
    if (table && rowFroms.has(`${table.id} ${row.from}`)) add(file, 'from', `a second row for "${row.from}" in table "${table.id}": one provision, one row`);
    if (table) rowFroms.add(`${table.id} ${row.from}`);
    if (table) rowsByTable.set(table.id, (rowsByTable.get(table.id) ?? new Set()).add(parseRef(row.from)?.number ?? ''));
    checkRef(row.from, file, 'from');
    row.targets.forEach((target, i) => {
      const at = `targets[${i}]`;
      const gap = GAP_RELATIONS.includes(target.relation);
      if (target.to === null && !gap) add(file, `${at}.to`, `a target without a provision must have relation "none" or "not-assessed"`);
      if (target.to !== null && gap) add(file, `${at}.relation`, `relation "${target.relation}" cannot name a provision`);
      if (target.to !== null) checkRef(target.to, file, `${at}.to`);
      if (target.to !== null && row.targets.findIndex((t) => t.to === target.to) !== i) add(file, `${at}.to`, `"${target.to}" is listed twice in this row; one claim, one target`);
      if (gap && row.targets.length > 1) add(file, `${at}.relation`, `"${target.relation}" must be the row's only target`);
      target.via?.forEach((via, j) => checkRef(via, file, `${at}.via[${j}]`));
      if (target.source !== 'editorial' && !sourceIds.has(target.source))
        add(file, `${at}.source`, `unknown source "${target.source}" (expected "editorial" or an id in content/sources/sources.yaml)`);
    });
    row.commentary.forEach((c, i) => {
      if (!sourceIds.has(c.source)) add(file, `commentary[${i}].source`, `unknown source "${c.source}"`);
    });
  }
  for (const table of tables.values()) {
    if (!table.complete) continue;
    const covered = rowsByTable.get(table.id) ?? new Set();
    const missing = provisions.filter(([, p]) => p.instrument === table.from && p.type === 'article' && !covered.has(p.number)).map(([, p]) => p.number);
    if (missing.length)
      add(`content/concordance/tables.yaml`, `${table.id}.complete`, `no row for ${table.from} Article(s) ${[...new Set(missing)].join(', ')}; map each article or mark it "none"`);
  }

  for (const entry of tree.officialActs) {
    const act = parseWith(officialActSchema, entry.file, entry.data, problems);
    if (act && !instruments.has(act.instrument)) add(entry.file, 'instrument', `unknown instrument "${act.instrument}"`);
    else if (act) input.officialActs.push({ id: act.instrument, data: act });
  }

  const unresolved = tree.unresolvedCitations.flatMap((entry) => {
    const citation = parseWith(unresolvedCitationSchema, entry.file, entry.data, problems);
    return citation ? [{ file: entry.file, citation }] : [];
  });
  problems.push(...checkCitations(input, unresolved));
  return { problems, input, unchecked };
}
