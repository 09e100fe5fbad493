/** What the citation grammar finds in a text, before resolution. */

/** Which instrument a citation names: this one, "the Convention"/"the Protocol" from outside, the Constitution, another act, or this article. */
export type Scope = 'this' | 'convention' | 'protocol' | 'constitution' | 'other' | 'this-article';

export interface CitationPart {
  /** Offsets of the text to link (the number, or the keyword and first number). */
  start: number;
  end: number;
  /** Article number cited. */
  number: string;
  /** Paragraph pinpoint as an anchor (`1-d`), if any. */
  anchor?: string;
}

export interface Citation {
  start: number;
  end: number;
  text: string;
  parts: CitationPart[];
  /** Every article number cited, ranges expanded ("2 through 5" → 2, 3, 4, 5). */
  numbers: string[];
  scope: Scope;
  /** True when no scope word was written and `scope` is the default ("this"). */
  defaultScope?: boolean;
}

/** Expands numbers joined by range words into every number of the range. */
export function expand(parts: { number: string; rangeFrom?: boolean }[]): string[] {
  const out: string[] = [];
  parts.forEach((p, i) => {
    const previous = parts[i - 1];
    if (p.rangeFrom === false && previous) {
      for (let n = Number(previous.number) + 1; n < Number(p.number); n++) out.push(String(n));
    }
    out.push(p.number);
  });
  return [...new Set(out)];
}

/** A scope word read before the numbers, or the default ("this", marked as not written). */
export function scopeOrDefault(scope: Scope | null): { scope: Scope; defaultScope?: boolean } {
  return scope ? { scope } : { scope: 'this', defaultScope: true };
}

/** The citation spanning `start`–`end` of `text`: its parts (range marks dropped), every number cited, and its scope. */
export function citationOf(
  text: string,
  start: number,
  end: number,
  parts: (CitationPart & { rangeFrom?: boolean })[],
  scope: { scope: Scope; defaultScope?: boolean },
): Citation {
  return {
    start,
    end,
    text: text.slice(start, end),
    parts: parts.map(({ rangeFrom: _r, ...p }) => p),
    numbers: expand(parts),
    scope: scope.scope,
    ...(scope.defaultScope ? { defaultScope: true } : {}),
  };
}

/**
 * Reads a scope phrase written after the numbers ("of this Convention", "настоящей Конвенции").
 * Returns the scope (default "this" when none is written) and where the citation ends: a scope
 * phrase is part of the citation when `consumes` says so.
 */
export function scopeAfter(
  text: string,
  at: number,
  scopes: [RegExp, Scope][],
  consumes: (scope: Scope) => boolean,
): { scope: Scope; defaultScope?: boolean; end: number } {
  for (const [pattern, scope] of scopes) {
    const m = pattern.exec(text.slice(at));
    if (m) return { scope, end: consumes(scope) ? at + m[0].length : at };
  }
  return { scope: 'this', defaultScope: true, end: at };
}
