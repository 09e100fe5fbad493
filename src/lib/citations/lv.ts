/**
 * Latvian: "40. pantu", "2.-11. pantu", "2. - 10. pantu", "14. un 15. panta", "25. panta 4. daļā",
 * "22.panta pirmās daļas “d” punktu", "šī panta 1. daļu" (this article); scope before the number:
 * "Konvencijas" (the Convention), "Protokola" (the Protocol), "šīs Konvencijas" (this one).
 */
import { citationOf, scopeOrDefault, type Citation, type Scope } from './types.ts';

const TRIGGER = /(\d+)\.\s?((?:(?:\s?[-–]\s?|\s+un\s+|,\s*)\d+\.\s?)*)pant\p{L}*/gu;
const ORDINALS = ['pirm', 'otr', 'treš', 'ceturt', 'piekt', 'sest', 'septīt', 'astot', 'devīt', 'desmit'];
const PARAGRAPH = new RegExp(`^\\s+(?:(\\d+)\\.|(${ORDINALS.join('|')})\\p{L}*)\\s+daļ\\p{L}*`, 'u');
const POINT = /^\s+[“"„]?([a-z])[”"“]?\s+(?:apakš)?punkt\p{L}*/u;
const THIS_ARTICLE = /šī\s+panta\s+(\d+)\.\s+daļ\p{L}*/gu;

function scopeWord(before: string): Scope | null {
  if (/(?:šīs|šī)\s+(?:Konvencijas|Protokola|likuma)\s+$/u.test(before)) return 'this';
  if (/Konvencijas\s+$/u.test(before)) return 'convention';
  if (/Protokola\s+$/u.test(before)) return 'protocol';
  if (/(?:likuma|Kodeksa|Satversmes|līguma)\s+$/u.test(before)) return 'other';
  return null;
}

export function findLatvian(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(TRIGGER)) {
    const numbers = [...`${m[1]}. ${m[2]}`.matchAll(/(\d+)\.|([-–])|(un|,)/g)];
    const parts: { start: number; end: number; number: string; anchor?: string; rangeFrom?: boolean }[] = [];
    let range = false;
    let searchFrom = m.index;
    for (const token of numbers) {
      if (token[2]) range = true;
      else if (token[3]) range = false;
      else if (token[1]) {
        const offset = text.indexOf(token[1], searchFrom);
        parts.push({ start: offset, end: offset + token[1].length, number: token[1], ...(range ? { rangeFrom: false } : {}) });
        searchFrom = offset + token[1].length;
        range = false;
      }
    }
    let at = m.index + m[0].length;
    const anchor: string[] = [];
    const paragraph = PARAGRAPH.exec(text.slice(at));
    if (paragraph) {
      anchor.push(paragraph[1] ?? String(ORDINALS.indexOf(paragraph[2]!) + 1));
      at += paragraph[0].length;
      const point = POINT.exec(text.slice(at));
      if (point) {
        anchor.push(point[1]!);
        at += point[0].length;
      }
    }
    parts.at(-1)!.end = m.index + m[0].length;
    if (anchor.length && parts.length === 1) parts[0]!.anchor = anchor.join('-');
    out.push(citationOf(text, m.index, at, parts, scopeOrDefault(scopeWord(text.slice(Math.max(0, m.index - 40), m.index)))));
  }
  for (const m of text.matchAll(THIS_ARTICLE))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      parts: [{ start: m.index, end: m.index + m[0].length, number: '', anchor: m[1]! }],
      numbers: [m[1]!],
      scope: 'this-article',
    });
  return out.sort((a, b) => a.start - b.start);
}
