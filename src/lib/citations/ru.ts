/**
 * Russian: "статьи 5", "статьями 7-10 настоящей Конвенции", "статьях 29 и 30", "пункта 1 статьи 17",
 * "подпункте (е) (ii) статьи 2", "пункте 22 статьи 40 настоящей Конвенции"; in codes, parts and
 * items: "частью второй статьи 207", "пунктом 2) части третьей статьи 125", "статьей 121-1
 * настоящего Кодекса". A law or another convention named after the number ("статьи 8 Закона…") is
 * another instrument. "7-10" is a range; "121-1" (the second number smaller) is one article.
 */
import { latinLabel } from '../text/lookalikes.ts';
import { citationOf, scopeAfter, type Citation, type Scope } from './types.ts';

/** Ordinal numbers of parts, by stem: "второй" → 2. */
const ORDINALS: [RegExp, string][] = [
  [/^перв/u, '1'],
  [/^втор/u, '2'],
  [/^трет/u, '3'],
  [/^четв[её]рт/u, '4'],
  [/^пят/u, '5'],
  [/^шест/u, '6'],
  [/^седьм/u, '7'],
  [/^восьм/u, '8'],
  [/^девят/u, '9'],
  [/^десят/u, '10'],
];
const ORDINAL = String.raw`(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\p{L}*`;
const TRIGGER = new RegExp(
  String.raw`(?:(?:(?:под)?пункт\p{L}*\s+(?:\(\p{L}{1,4}\)\s*)*(?:\d+(?:-\d+)?\)?\s+)?(?:\(\p{L}{1,4}\)\s*)*)|(?:част\p{L}*\s+(?:${ORDINAL}|\d+(?:-\d+)?)\s+))*стат\p{L}*\s+(?=\d)`,
  'gu',
);
const SEPARATOR = /^(\s*[-–]\s*|\s+и\s+|,\s*)(?=\d)/u;
const SCOPES: [RegExp, Scope][] = [
  [/^\s+настоящ\p{L}*\s+(?:Конвенции|Протокола|Соглашения|Кодекса|Закона)/u, 'this'],
  [/^\s+Конвенции\s+(?:Организации|о\s|об\s|против|Совета)/u, 'other'],
  [/^\s+Конвенции\b/u, 'convention'],
  [/^\s+Конституции\b/u, 'constitution'],
  [/^\s+(?:Закона|Кодекса|Протокола|Устава|Соглашения|Договора)/u, 'other'],
];

/** A part's number as an anchor segment: "второй" → 2, "2-1" → 2.1. */
function partNumber(word: string): string {
  return ORDINALS.find(([stem]) => stem.test(word))?.[1] ?? word.replace(/-/g, '.');
}

/**
 * The pinpoint written before "статьи": "пункта 1" → 1; "подпункте (е) (ii)" → e-ii; both → 1-e-ii;
 * in codes, "части второй" → 2 and "пунктом 2) части третьей" → 3-2.
 */
function pinpoint(prefix: string): string | undefined {
  const part = new RegExp(String.raw`част\p{L}*\s+(${ORDINAL}|\d+(?:-\d+)?)`, 'u').exec(prefix)?.[1];
  if (part) {
    const item = /пункт\p{L}*\s+(\d+(?:-\d+)?)\)/u.exec(prefix)?.[1];
    return [partNumber(part), item?.replace(/-/g, '.')].filter(Boolean).join('-');
  }
  const number = /пункт\p{L}*\s+(\d+)(?!\))/u.exec(prefix.replace(/подпункт\p{L}*\s+(?:\(\p{L}+\)\s*)*/gu, ''))?.[1];
  const letters = [...prefix.matchAll(/\((\p{L}{1,4})\)/gu)].map((m) => latinLabel(m[1]!.toLowerCase()));
  const parts = [number, ...letters].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join('-') : undefined;
}

export function findRussian(text: string): Citation[] {
  const out: Citation[] = [];
  for (const trigger of text.matchAll(TRIGGER)) {
    const keyword = /стат\p{L}*\s+$/u.exec(trigger[0])!;
    const anchor = pinpoint(trigger[0].slice(0, keyword.index));
    let at = trigger.index + trigger[0].length;
    const parts: { start: number; end: number; number: string; anchor?: string; rangeFrom?: boolean }[] = [];
    let range = false;
    for (;;) {
      // "121-1" is one article; "7-10" (the second number larger) starts a range, read below.
      const whole = /^\d+(?:-\d+)+/.exec(text.slice(at));
      const sub = whole && whole[0].split('-').every((n, i, all) => i === 0 || Number(n) < Number(all[0]));
      const m = sub ? whole : /^\d+/.exec(text.slice(at));
      if (!m) break;
      parts.push({
        start: parts.length === 0 ? trigger.index : at,
        end: at + m[0].length,
        number: m[0],
        ...(anchor && parts.length === 0 ? { anchor } : {}),
        ...(range ? { rangeFrom: false } : {}),
      });
      at += m[0].length;
      const sep = SEPARATOR.exec(text.slice(at));
      if (!sep) break;
      range = /[-–]/.test(sep[1]!);
      at += sep[0].length;
    }
    const { scope, defaultScope, end } = scopeAfter(text, at, SCOPES, (s) => s === 'this' || s === 'convention');
    out.push(citationOf(text, trigger.index, end, parts, { scope, ...(defaultScope ? { defaultScope } : {}) }));
  }
  return out;
}
