/**
 * English: "Article 2", "Articles 2 through 5", "Articles 3 through 5, 7, 8, and 9", "Article 24,
 * paragraph 1, of this Convention", "Article 25, paragraph 4", "Articles 1, 12, 13, 22, 41, 44, 45
 * and 46 of the Convention", "paragraph 1 of this article".
 */
import { citationOf, scopeAfter, type Citation, type Scope } from './types.ts';

const TRIGGER = /\b(?:Articles?|articles?|Art\.)\s+(?=\d)/g;
const NUMBER = /^(\d+)(?:,?\s+paragraphs?\s+(\d+)(?:\.?\s?([a-z]))?)?/;
const SEPARATOR = /^(\s*(?:through|to)\s+|\s*[-–]\s*|,\s+and\s+|\s+and\s+|\s+or\s+|,\s+)(?=\d)/;
const SCOPES: [RegExp, Scope][] = [
  [/^,?\s+of\s+(?:this|the present)\s+(?:Convention|Protocol|Agreement|Code|Law)\b/, 'this'],
  [/^,?\s+of\s+the\s+Convention\b/, 'convention'],
  [/^,?\s+of\s+the\s+Protocol\b/, 'protocol'],
  [/^,?\s+of\s+the\s+Constitution\b/, 'constitution'],
  [/^,?\s+of\s+(?:the\s+)?[A-Z]/, 'other'],
];
const THIS_ARTICLE = /\bparagraphs?\s+(\d+)(?:\.([a-z]))?((?:\s+(?:and|or|through|to)\s+\d+)*)\s+of\s+this\s+article\b/g;

export function findEnglish(text: string): Citation[] {
  const out: Citation[] = [];
  for (const trigger of text.matchAll(TRIGGER)) {
    let at = trigger.index + trigger[0].length;
    const parts: { start: number; end: number; number: string; anchor?: string; rangeFrom?: boolean }[] = [];
    let range = false;
    for (;;) {
      const m = NUMBER.exec(text.slice(at));
      if (!m) break;
      const anchor = m[2] ? [m[2], m[3]].filter(Boolean).join('-') : undefined;
      parts.push({
        start: parts.length === 0 ? trigger.index : at,
        end: at + m[1]!.length,
        number: m[1]!,
        ...(anchor ? { anchor } : {}),
        ...(range ? { rangeFrom: false } : {}),
      });
      at += m[0].length;
      const sep = SEPARATOR.exec(text.slice(at));
      if (!sep) break;
      range = /through|to|[-–]/.test(sep[1]!) && !/,/.test(sep[1]!);
      at += sep[0].length;
    }
    if (!parts.length) continue;
    const { scope, defaultScope, end } = scopeAfter(text, at, SCOPES, (s) => s !== 'other');
    out.push(citationOf(text, trigger.index, end, parts, { scope, ...(defaultScope ? { defaultScope } : {}) }));
  }
  for (const m of text.matchAll(THIS_ARTICLE)) {
    const extra = [...(m[3] ?? '').matchAll(/\d+/g)].map((x) => x[0]);
    const anchor = [m[1], m[2]].filter(Boolean).join('-');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      parts: [{ start: m.index, end: m.index + m[0].length, number: '', anchor }],
      numbers: [anchor, ...extra],
      scope: 'this-article',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
