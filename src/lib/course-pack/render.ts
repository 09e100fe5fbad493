/** Exports of a course pack: Markdown handout and the concordance rows it contains as CSV/JSON. */
import type { ConcordanceJson, ProvisionJson } from '../api/open-data.ts';
import { isLanguage, LANGUAGE_NAMES } from '../i18n/languages.ts';
import { RELATION_LABELS } from '../i18n/relations.ts';
import { itemPath, type Pack } from './pack.ts';

export interface LoadedItem {
  /** True when this build holds no such item. */
  missing?: boolean;
  provision?: ProvisionJson;
  rows?: ConcordanceJson[];
  topic?: { key: string; names: Record<string, string>; provisions: string[] };
  /** For a row, the provisions on both sides; for a topic, its provisions: their texts print with the item. */
  sides?: ProvisionJson[];
}

/** A provision's texts in the chosen languages, under headings of the given level. */
function versionsMarkdown(p: ProvisionJson, langs: string[], level: string): string[] {
  const out: string[] = [];
  for (const [lang, v] of Object.entries(p.versions).filter(([l]) => langs.includes(l)))
    out.push(
      `${level} ${isLanguage(lang) ? LANGUAGE_NAMES[lang].english : lang}${v.official ? '' : ' (unofficial translation)'}${v.title ? `: ${v.title}` : ''}`,
      '',
      v.text,
      '',
    );
  return out;
}

/** The texts of a row's or topic's provisions, each under its citation. */
function sidesMarkdown(sides: ProvisionJson[], langs: string[], origin: string): string[] {
  return sides.flatMap((p) => [`### ${p.citation}`, '', `<${origin}${p.url}>`, '', ...versionsMarkdown(p, langs, '####')]);
}

/** The pack as a Markdown handout: each item with its texts in the chosen languages, its source and the trainer's note. */
export function packMarkdown(pack: Pack, loaded: LoadedItem[], origin: string, sourceName: (file: string) => string): string {
  const out = [
    '# Course pack',
    '',
    `${pack.items.length} item(s) from the Cybercrime Law Concordance. Check the current official texts.`,
    '',
  ];
  pack.items.forEach((item, i) => {
    const data = loaded[i] ?? {};
    out.push(`## ${i + 1}. ${item.label}`, '', `<${origin}${itemPath(item.kind, item.ref)}>`, '');
    if (item.note.trim()) out.push(`> Note: ${item.note.trim().replace(/\n/g, '\n> ')}`, '');
    if (data.provision) {
      out.push(...versionsMarkdown(data.provision, pack.langs, '###'));
      out.push(`Source: ${sourceName(data.provision.source)}; text current to ${data.provision.asOf}.`, '');
    }
    if (data.rows) {
      out.push('| from | to | grade | who maps it | rationale |', '|---|---|---|---|---|');
      for (const r of data.rows)
        out.push(
          `| ${r.fromLabel} | ${r.toLabel ?? `(${RELATION_LABELS[r.relation].label.toLowerCase()})`} | ${RELATION_LABELS[r.relation].label} | ${r.source === 'editorial' ? 'editorial' : sourceName(r.source)}${r.derived ? ' (derived)' : ''} | ${r.note.replace(/\|/g, '\\|')} |`,
        );
      out.push('');
    }
    if (data.topic) out.push(Object.values(data.topic.names).join(' · '), '');
    if (data.sides) out.push(...sidesMarkdown(data.sides, pack.langs, origin));
  });
  return `${out.join('\n').trim()}\n`;
}

/** The concordance rows the pack contains (row items), flattened. */
export function packRows(loaded: LoadedItem[]): ConcordanceJson[] {
  return loaded.flatMap((l) => l.rows ?? []);
}
