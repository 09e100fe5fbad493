/**
 * Kazakh: "5-бабын", "7 - 10-баптарына", "29 және 30-баптарында", "41-46-баптарының",
 * "17-бабының 1-тармағы (b) тармақшасының (іі) тармақшасына", "2-баптың (е) (іі) тармақшасындағы";
 * in codes, parts and items after the article: "207-бабының екінші бөлігі", "125-бабының үшінші
 * бөлігінің 2) тармағы"; "121-1-бабы" is one article (the second number smaller), "41-46-" a range.
 * Scope before the number: "осы Конвенцияның" / "осы Кодекстің" (this one), "…Заңының" (another act).
 */
import { latinLabel } from '../text/lookalikes.ts';
import { citationOf, scopeOrDefault, type Citation, type Scope } from './types.ts';

const TRIGGER = /(\d+(?:\s*(?:,|және|и)\s*\d+)*)(?:\s*[-–]\s*(\d+))?-ба[пб]\p{L}*/gu;
const PARAGRAPH = /^\s*(\d+)-тармағ\p{L}*/u;
/** A part of a code's article, by ordinal or number, and an item of it: "екінші бөлігінің 2) тармағы". */
const PART =
  /^\s*(бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы|\d+(?:-\d+)?-?)\s*бөлі\p{L}*(?:\s+(\d+(?:-\d+)?)\)\s*тармағ\p{L}*)?/u;
const PART_ORDINALS = ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы', 'оныншы'];
const SUBPARAGRAPHS = /^(?:\s*\((\p{L}{1,4})\))+\s*тармақша\p{L}*/u;

function scopeWord(before: string): Scope | null {
  if (/осы\s+(?:Конвенция|Хаттама|Кодекс|Заң)\p{L}*\s+$/u.test(before)) return 'this';
  if (/(?:Заң|Кодекс|Конституция|Шарт|Келісім)\p{L}*\s+$/u.test(before))
    return /Конституция/u.test(before.slice(-30)) ? 'constitution' : 'other';
  if (/Конвенция\p{L}*\s+$/u.test(before)) return 'convention';
  return null;
}

export function findKazakh(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(TRIGGER)) {
    const listed = [...m[1]!.matchAll(/\d+/g)].map((x) => ({ number: x[0], offset: m.index + x.index }));
    const parts: { start: number; end: number; number: string; anchor?: string; rangeFrom?: boolean }[] = listed.map((x) => ({
      start: x.offset,
      end: x.offset + x.number.length,
      number: x.number,
    }));
    const last = parts.at(-1)!;
    if (m[2] && Number(m[2]) < Number(last.number)) {
      // "121-1-бабы": the article's own sub-number, not a range.
      last.number = `${last.number}-${m[2]}`;
    } else if (m[2]) {
      const offset = m.index + m[0].indexOf(m[2], m[1]!.length);
      parts.push({ start: offset, end: offset + m[2].length, number: m[2], rangeFrom: false });
    }
    let at = m.index + m[0].length;
    const anchorParts: string[] = [];
    const paragraph = PARAGRAPH.exec(text.slice(at));
    const part = paragraph ? null : PART.exec(text.slice(at));
    if (paragraph) {
      anchorParts.push(paragraph[1]!);
      at += paragraph[0].length;
    } else if (part) {
      const ordinal = PART_ORDINALS.indexOf(part[1]!);
      anchorParts.push(ordinal >= 0 ? String(ordinal + 1) : part[1]!.replace(/-$/, '').replace(/-/g, '.'));
      if (part[2]) anchorParts.push(part[2].replace(/-/g, '.'));
      at += part[0].length;
    }
    for (let sub = SUBPARAGRAPHS.exec(text.slice(at)); sub; sub = SUBPARAGRAPHS.exec(text.slice(at))) {
      anchorParts.push(...[...sub[0].matchAll(/\((\p{L}{1,4})\)/gu)].map((x) => latinLabel(x[1]!.toLowerCase())));
      at += sub[0].length;
    }
    parts.at(-1)!.end = m.index + m[0].length;
    if (anchorParts.length && parts.length === 1) parts[0]!.anchor = anchorParts.join('-');
    out.push(citationOf(text, m.index, at, parts, scopeOrDefault(scopeWord(text.slice(Math.max(0, m.index - 60), m.index)))));
  }
  return out;
}
