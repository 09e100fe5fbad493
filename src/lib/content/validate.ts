/**
 * Checks the whole content tree: every frontmatter field against its schema, and every id and
 * cross-reference against what exists. Each problem names the file and the field.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { concordanceSchema } from '../../schemas/concordance.ts';
import { concordanceTableSchema } from '../../schemas/concordance-table.ts';
import { instrumentSchema, RESERVED_KEYS } from '../../schemas/instrument.ts';
import { provisionSchema } from '../../schemas/provision.ts';
import { sourceDocumentSchema } from '../../schemas/source.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { instrumentFacts } from '../citations/resolve.ts';
import { holdingsOf, scanCitations, type CitingText } from '../citations/scan.ts';
import { parseRef, provisionId } from '../ids/index.ts';
import { anchorsIn } from './anchors.ts';
import type { ContentFile, ContentTree } from './read.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Formats problems one per line: `file: field: message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(root)';
}

function parseWith<S extends z.ZodType>(schema: S, entry: ContentFile, problems: ContentProblem[]): z.output<S> | null {
  const result = schema.safeParse(entry.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file: entry.file, field: fieldPath(issue.path), message: issue.message });
  return null;
}

/** The name a YAML entry gets from its file: `content/topics/illegal-access.yaml` → `illegal-access`. */
export function keyFromFile(file: string): string {
  return (file.split('/').pop() ?? '').replace(/\.(yaml|md)$/, '');
}

/** Validates the content tree under `root`; returns every problem found (empty when all is well). */
export function validateContent(root: string, tree: ContentTree): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceFileExists = (name: string) => existsSync(join(root, 'content', 'sources', name));

  const sourceIds = new Set<string>();
  for (const entry of tree.sources) {
    const source = parseWith(sourceDocumentSchema, entry, problems);
    if (!source) continue;
    if (sourceIds.has(source.id)) problems.push({ file: entry.file, field: 'id', message: `duplicate source id "${source.id}"` });
    sourceIds.add(source.id);
    if (!sourceFileExists(source.file)) problems.push({ file: entry.file, field: 'file', message: `no file content/sources/${source.file}` });
  }

  const instruments = new Map<string, z.output<typeof instrumentSchema>>();
  for (const entry of tree.instruments) {
    const key = keyFromFile(entry.file);
    const instrument = parseWith(instrumentSchema, entry, problems);
    if (RESERVED_KEYS.includes(key)) problems.push({ file: entry.file, field: '(file name)', message: `"${key}" is a reserved path on the site` });
    if (!instrument) continue;
    instruments.set(key, instrument);
    instrument.source.forEach((s, i) => {
      if (!sourceFileExists(s.file)) problems.push({ file: entry.file, field: `source[${i}].file`, message: `no file content/sources/${s.file}` });
    });
  }
  for (const entry of tree.instruments) {
    const instrument = instruments.get(keyFromFile(entry.file));
    instrument?.concerns.forEach((key, i) => {
      if (!instruments.has(key)) problems.push({ file: entry.file, field: `concerns[${i}]`, message: `unknown instrument "${key}"` });
    });
  }

  const topicKeys = new Set<string>();
  const topics: [ContentFile, z.output<typeof topicSchema>][] = [];
  for (const entry of tree.topics) {
    const topic = parseWith(topicSchema, entry, problems);
    if (!topic) continue;
    topicKeys.add(keyFromFile(entry.file));
    topics.push([entry, topic]);
  }

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
        : !anchors.has(id!)
          ? `unknown provision "${id}"`
          : parsed.anchor && !anchors.get(id!)?.has(parsed.anchor)
            ? `provision "${id}" has no paragraph "#${parsed.anchor}"`
            : null;
    if (message) problems.push({ file, field, message });
  };

  const provisions: [ContentFile, z.output<typeof provisionSchema>][] = [];
  for (const entry of tree.provisions) {
    const provision = parseWith(provisionSchema, entry, problems);
    if (!provision) continue;
    provisions.push([entry, provision]);
    const expected = `content/provisions/${provision.instrument}/${provision.lang}/${provision.number}.md`;
    if (entry.file !== expected) problems.push({ file: entry.file, field: 'instrument/lang/number', message: `frontmatter says this file should be ${expected}` });
    const instrument = instruments.get(provision.instrument);
    if (!instrument) {
      problems.push({ file: entry.file, field: 'instrument', message: `unknown instrument "${provision.instrument}"` });
      continue;
    }
    if (!instrument.languages.some((l) => l.lang === provision.lang))
      problems.push({ file: entry.file, field: 'lang', message: `instrument "${provision.instrument}" does not list language "${provision.lang}"` });
    if (!sourceFileExists(provision.source.file)) problems.push({ file: entry.file, field: 'source.file', message: `no file content/sources/${provision.source.file}` });
    provision.topics.forEach((topic, i) => {
      if (!topicKeys.has(topic)) problems.push({ file: entry.file, field: `topics[${i}]`, message: `unknown topic "${topic}"` });
    });
    const id = provisionId(provision.instrument, provision.number);
    const declared = anchorsIn(entry.body);
    const seen = new Set<string>();
    for (const anchor of declared) {
      if (seen.has(anchor)) problems.push({ file: entry.file, field: 'body', message: `paragraph anchor "#${anchor}" appears twice` });
      seen.add(anchor);
    }
    anchors.set(id, new Set([...(anchors.get(id) ?? []), ...declared]));
    const order = orders.get(id);
    if (order !== undefined && order !== provision.order)
      problems.push({ file: entry.file, field: 'order', message: `order ${provision.order} differs from another language version's ${order}` });
    orders.set(id, provision.order);
  }
  for (const [entry, provision] of provisions) provision.concerns.forEach((ref, i) => checkRef(ref, entry.file, `concerns[${i}]`));
  const tagged = new Map<string, Set<string>>();
  for (const [entry, topic] of topics)
    topic.provisions.forEach((ref, i) => {
      checkRef(ref, entry.file, `provisions[${i}]`);
      const parsed = parseRef(ref);
      if (parsed) tagged.set(provisionId(parsed.instrument, parsed.number), (tagged.get(provisionId(parsed.instrument, parsed.number)) ?? new Set()).add(keyFromFile(entry.file)));
    });
  for (const [entry, provision] of provisions) {
    const expected = [...(tagged.get(provisionId(provision.instrument, provision.number)) ?? [])].sort().join(', ');
    if ([...provision.topics].sort().join(', ') !== expected)
      problems.push({ file: entry.file, field: 'topics', message: `topics [${provision.topics.join(', ')}] differ from the topic files, which tag it [${expected}] (run npm run import)` });
  }

  const tables = new Map<string, z.output<typeof concordanceTableSchema>>();
  for (const entry of tree.concordanceTables) {
    const table = parseWith(concordanceTableSchema, entry, problems);
    if (!table) continue;
    tables.set(table.id, table);
    if (!instruments.has(table.from)) problems.push({ file: entry.file, field: 'from', message: `unknown instrument "${table.from}"` });
    if (table.source && !sourceIds.has(table.source)) problems.push({ file: entry.file, field: 'source', message: `unknown source "${table.source}"` });
  }
  for (const entry of tree.concordanceTables) {
    const table = tables.get(String(entry.data['id']));
    for (const key of ['first', 'then'] as const)
      if (table?.derived && !tables.has(table.derived[key])) problems.push({ file: entry.file, field: `derived.${key}`, message: `unknown table "${table.derived[key]}"` });
  }
  for (const entry of tree.concordance) {
    const folder = /^content\/concordance\/([a-z0-9-]+)\/[^/]+\.md$/.exec(entry.file)?.[1];
    if (!folder) problems.push({ file: entry.file, field: '(path)', message: 'a concordance row must live in content/concordance/<table>/' });
    const table = folder ? tables.get(folder) : undefined;
    if (folder && !table) problems.push({ file: entry.file, field: '(path)', message: `no table "${folder}" in content/concordance/tables.yaml` });
    if (table?.derived) problems.push({ file: entry.file, field: '(path)', message: `table "${folder}" is derived; its rows are computed, not written` });
    const row = parseWith(concordanceSchema, entry, problems);
    if (!row) continue;
    if (table && parseRef(row.from)?.instrument !== table.from) problems.push({ file: entry.file, field: 'from', message: `rows of table "${table.id}" start from ${table.from}, not "${row.from}"` });
    checkRef(row.from, entry.file, 'from');
    row.targets.forEach((target, i) => {
      const at = `targets[${i}]`;
      if (target.to === null && target.relation !== 'none') problems.push({ file: entry.file, field: `${at}.to`, message: `a target without a provision must have relation "none"` });
      if (target.to !== null && target.relation === 'none') problems.push({ file: entry.file, field: `${at}.relation`, message: `relation "none" cannot name a provision` });
      if (target.to !== null) checkRef(target.to, entry.file, `${at}.to`);
      if (target.via !== undefined) checkRef(target.via, entry.file, `${at}.via`);
      if (target.source !== 'editorial' && !sourceIds.has(target.source))
        problems.push({ file: entry.file, field: `${at}.source`, message: `unknown source "${target.source}" (expected "editorial" or an id in content/sources/sources.yaml)` });
    });
    row.commentary.forEach((c, i) => {
      if (!sourceIds.has(c.source)) problems.push({ file: entry.file, field: `commentary[${i}].source`, message: `unknown source "${c.source}"` });
    });
  }
  checkCitations(provisions, instruments, tree.unresolvedCitations, problems);
  return problems;
}

/** Every citation resolves, or is listed in content/citations-unresolved.yaml with its reason. */
function checkCitations(
  provisions: [ContentFile, z.output<typeof provisionSchema>][],
  instruments: Map<string, z.output<typeof instrumentSchema>>,
  allowEntries: ContentFile[],
  problems: ContentProblem[],
): void {
  const texts: CitingText[] = provisions.map(([entry, p]) => ({ file: entry.file, instrument: p.instrument, number: p.number, lang: p.lang, title: p.title, body: entry.body }));
  const allowed = new Map<string, ContentFile>();
  for (const entry of allowEntries) {
    const { provision, text, reason } = entry.data as { provision?: unknown; text?: unknown; reason?: unknown };
    if (typeof provision !== 'string' || typeof text !== 'string' || typeof reason !== 'string' || !reason.trim())
      problems.push({ file: entry.file, field: 'provision/text/reason', message: 'each entry needs a provision id, the citation text and a reason' });
    else allowed.set(`${provision}\u0000${text}`, entry);
  }
  const used = new Set<string>();
  for (const { from, citation, resolution } of scanCitations(texts, holdingsOf(texts, instrumentFacts(instruments)))) {
    if (!resolution.unresolved) continue;
    const key = `${provisionId(from.instrument, from.number)}\u0000${citation.text}`;
    if (allowed.has(key)) used.add(key);
    else problems.push({ file: from.file, field: 'body', message: `unresolved citation: ${resolution.unresolved}; fix the text or grammar, or list it in content/citations-unresolved.yaml with a reason` });
  }
  for (const [key, entry] of allowed) if (!used.has(key)) problems.push({ file: entry.file, field: 'text', message: `"${key.split('\u0000')[1]}" is no longer an unresolved citation of ${key.split('\u0000')[0]}; remove the entry` });
}
