/**
 * Russian: "статьи 5", "статьями 7-10 настоящей Конвенции", "статьях 29 и 30", "пункта 1 статьи 17",
 * "подпункте (е) (ii) статьи 2", "пункте 22 статьи 40 настоящей Конвенции"; a law or another
 * convention named after the number ("статьи 8 Закона…") is another instrument.
 */
import { latinLabel } from '../text/lookalikes.ts';
import { citationOf, scopeAfter, type Citation, type Scope } from './types.ts';

const TRIGGER = /(?:(?:(?:под)?пункт\p{L}*)\s+(?:\(\p{L}{1,4}\)\s*)*(?:\d+\)?\s+)?(?:\(\p{L}{1,4}\)\s*)*)*стат\p{L}*\s+(?=\d)/gu;
const SEPARATOR = /^(\s*[-–]\s*|\s+и\s+|,\s*)(?=\d)/u;
const SCOPES: [RegExp, Scope][] = [
  [/^\s+настоящ\p{L}*\s+(?:Конвенции|Протокола|Соглашения|Кодекса|Закона)/u, 'this'],
  [/^\s+Конвенции\s+(?:Организации|о\s|об\s|против|Совета)/u, 'other'],
  [/^\s+Конвенции\b/u, 'convention'],
  [/^\s+Конституции\b/u, 'constitution'],
  [/^\s+(?:Закона|Кодекса|Протокола|Устава|Соглашения|Договора)/u, 'other'],
];

/** The pinpoint written before "статьи": "пункта 1" → 1; "подпункте (е) (ii)" → e-ii; both → 1-e-ii. */
function pinpoint(prefix: string): string | undefined {
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
      const m = /^\d+/.exec(text.slice(at));
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
