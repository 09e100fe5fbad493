/**
 * What a course-pack item prints: a provision's texts in the chosen languages; a concordance row's
 * grades and rationales with the texts of both sides; a topic's provisions side by side. Each
 * builder says how many texts it printed, so the page can warn before printing nothing.
 */
import type { ConcordanceJson, ProvisionJson } from '../api/open-data.ts';
import { el } from '../html/dom.ts';
import { isLanguage, LANGUAGE_NAMES } from '../i18n/languages.ts';
import { RELATION_LABELS } from '../i18n/relations.ts';

export interface Built {
  node: HTMLElement;
  /** Texts printed in the chosen languages. */
  texts: number;
}

const languageName = (lang: string) => (isLanguage(lang) ? LANGUAGE_NAMES[lang].english : lang);

/** A provision's texts in the chosen languages, in columns; `heading` names it when several are printed together. */
export function provisionTexts(p: ProvisionJson, langs: string[], heading = false): Built {
  const block = el('section', { class: 'pack-provision' });
  if (heading) {
    const h = el('h3');
    h.append(el('a', { href: `${location.origin}${p.url}` }, p.citation));
    block.append(h);
  }
  const columns = el('div', { class: 'pack-versions' });
  const shown = Object.entries(p.versions).filter(([l]) => langs.includes(l));
  for (const [lang, v] of shown) {
    const section = el('section', { lang });
    section.append(
      el(
        heading ? 'h4' : 'h3',
        {},
        `${languageName(lang)}${v.official ? '' : ' · unofficial translation'}${v.title ? ` — ${v.title}` : ''}`,
      ),
    );
    for (const para of v.text.split('\n\n')) section.append(el('p', {}, para));
    columns.append(section);
  }
  if (shown.length === 0)
    columns.append(
      el(
        'p',
        { class: 'pack-nothing' },
        `Not held in the languages chosen; held in ${Object.keys(p.versions).map(languageName).join(', ')}.`,
      ),
    );
  block.append(columns);
  return { node: block, texts: shown.length };
}

/** A row's mappings as a table, then the texts of the provision it starts from and of each counterpart. */
export function rowView(
  rows: ConcordanceJson[],
  sides: Map<string, ProvisionJson>,
  langs: string[],
  sourceName: (id: string) => string,
): Built {
  const block = el('div', { class: 'pack-row' });
  const table = el('table', { class: 'pack-rows' });
  const head = el('thead');
  const headRow = el('tr');
  for (const label of ['From', 'To', 'Grade', 'Who maps it', 'Rationale']) headRow.append(el('th', { scope: 'col' }, label));
  head.append(headRow);
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    for (const cell of [
      r.fromLabel,
      r.toLabel ?? '—',
      RELATION_LABELS[r.relation].label,
      `${r.source === 'editorial' ? 'editorial' : sourceName(r.source)}${r.derived ? ' (derived)' : ''}`,
      r.note,
    ])
      tr.append(el('td', {}, cell));
    body.append(tr);
  }
  table.append(head, body);
  block.append(table);
  let texts = 0;
  const sideBySide = el('div', { class: 'pack-sides' });
  for (const p of sides.values()) {
    const built = provisionTexts(p, langs, true);
    texts += built.texts;
    sideBySide.append(built.node);
  }
  block.append(sideBySide);
  return { node: block, texts };
}

/** A topic's names and its provisions' texts side by side. */
export function topicView(names: Record<string, string>, provisions: ProvisionJson[], langs: string[]): Built {
  const block = el('div', { class: 'pack-topic' });
  block.append(el('p', {}, Object.values(names).join(' · ')));
  const sideBySide = el('div', { class: 'pack-sides' });
  let texts = 0;
  for (const p of provisions) {
    const built = provisionTexts(p, langs, true);
    texts += built.texts;
    sideBySide.append(built.node);
  }
  block.append(sideBySide);
  return { node: block, texts };
}
