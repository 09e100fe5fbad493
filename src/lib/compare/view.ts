/**
 * Draws the comparison the address asks for: the two texts word by word when they are in one
 * language; otherwise the texts side by side without marks, a sentence saying why, and the pairs
 * that share a language.
 */
import type { ProvisionDetailJson, VersionJson } from '../api/open-data.ts';
import { LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';
import { printedDate } from '../content/versions.ts';
import { compareWords, countChanges, sharedLanguage, type Segment } from './diff.ts';
import { pairHref, sameLanguagePairs } from './pairs.ts';
import { loadProvision } from './picker.ts';
import { el } from '../html/dom.ts';

const languageName = (lang: string) => (isLanguage(lang) ? LANGUAGE_NAMES[lang].english : lang);
const languages = (p: ProvisionDetailJson) => Object.keys(p.versions).map(languageName).join(' and ');

const mark = (segment: Segment) => {
  if (segment.kind === 'same') return document.createTextNode(segment.text);
  const node = el(segment.kind === 'inserted' ? 'ins' : 'del');
  const word = segment.kind === 'inserted' ? 'inserted' : 'deleted';
  node.append(el('span', { class: 'visually-hidden' }, ` [${word}: `), segment.text, el('span', { class: 'visually-hidden' }, '] '));
  return node;
};

const column = (heading: string, href: string, lang: string, content: Node[]) => {
  const section = el('section', { class: 'compare-column' });
  const h2 = el('h2');
  h2.append(el('a', { href }, heading));
  const body = el('div', { class: 'compare-text legal-text', lang });
  body.append(...content);
  section.append(h2, body);
  return section;
};

const name = (p: ProvisionDetailJson, v: VersionJson, lang: string) =>
  `${p.citation}${v.title ? ` – ${v.title}` : ''} (${languageName(lang)}${v.official ? '' : ', unofficial translation'}${v.inForceFrom ? `, in force from ${printedDate(v.inForceFrom)}` : ''})`;

export async function showComparison(params: URLSearchParams, result: HTMLElement): Promise<void> {
  const a = params.get('a');
  const b = params.get('b');
  if (!a || !b) return;
  const [pa, pb] = await Promise.all([loadProvision(a), loadProvision(b)]);
  if (!pa || !pb) {
    result.replaceChildren(
      el('p', { class: 'notice', role: 'alert' }, `No provision at ${!pa ? 'the first' : 'the second'} side's address.`),
    );
    return;
  }
  const shared = sharedLanguage(Object.keys(pa.versions), Object.keys(pb.versions));
  const la = params.get('la') || shared || Object.keys(pa.versions)[0]!;
  const lb = params.get('lb') || shared || Object.keys(pb.versions)[0]!;
  const va = pa.versions[la];
  const vb = pb.versions[lb];
  if (!va || !vb) {
    const [p, lang] = !va ? [pa, la] : [pb, lb];
    result.replaceChildren(
      el('p', { class: 'notice', role: 'alert' }, `${p.citation} is not held in ${languageName(lang)}; it is held in ${languages(p)}.`),
    );
    return;
  }
  const grid = el('div', { class: 'compare-grid' });
  if (la !== lb) {
    result.replaceChildren(differentLanguages(pa, pb, la, lb, shared));
    grid.append(
      column(name(pa, va, la), pa.url, la, [document.createTextNode(va.text)]),
      column(name(pb, vb, lb), pb.url, lb, [document.createTextNode(vb.text)]),
    );
    result.append(grid);
    return;
  }
  const segments = compareWords(va.text, vb.text, la);
  const { inserted, deleted } = countChanges(segments);
  result.replaceChildren(
    el(
      'p',
      { class: 'compare-summary' },
      `In ${languageName(la)}: ${inserted} word(s) only in the second text (inserted), ${deleted} word(s) only in the first (deleted).`,
    ),
    el(
      'p',
      { class: 'compare-legend' },
      'Deleted words are struck through and marked [deleted: …]; inserted words are underlined and marked [inserted: …].',
    ),
  );
  if (params.get('mode') === 'inline') grid.append(column(`${name(pa, va, la)} → ${name(pb, vb, lb)}`, pb.url, la, segments.map(mark)));
  else
    grid.append(
      column(name(pa, va, la), pa.url, la, segments.filter((s) => s.kind !== 'inserted').map(mark)),
      column(name(pb, vb, lb), pb.url, lb, segments.filter((s) => s.kind !== 'deleted').map(mark)),
    );
  result.append(grid);
}

/** Why no words are marked, and what can be compared instead. */
function differentLanguages(pa: ProvisionDetailJson, pb: ProvisionDetailJson, la: string, lb: string, shared: string | null): HTMLElement {
  const box = el('div', { class: 'notice compare-languages', role: 'note' });
  if (shared) {
    box.append(
      el(
        'p',
        {},
        `The two texts are in different languages (${languageName(la)} and ${languageName(lb)}), so no words are marked; they are shown side by side.`,
      ),
    );
    const p = el('p');
    p.append(el('a', { href: pairHref({ a: { id: pa.id }, b: { id: pb.id }, lang: shared }) }, `Compare both in ${languageName(shared)}`));
    box.append(p);
    return box;
  }
  box.append(
    el(
      'p',
      {},
      `These two provisions share no language: ${pa.citation} is held in ${languages(pa)}, ${pb.citation} in ${languages(pb)}. A word-by-word comparison across languages means nothing, so no words are marked; the texts are shown side by side.`,
    ),
  );
  const pairs = sameLanguagePairs({ ...pa, languages: Object.keys(pa.versions) }, { ...pb, languages: Object.keys(pb.versions) });
  if (pairs.length) {
    box.append(el('p', {}, 'Pairs that share a language, through the concordance tables:'));
    const list = el('ul');
    for (const pair of pairs) {
      const li = el('li');
      li.append(el('a', { href: pairHref(pair) }, `${pair.a.citation} with ${pair.b.citation}, in ${languageName(pair.lang)}`));
      list.append(li);
    }
    box.append(list);
  }
  return box;
}
