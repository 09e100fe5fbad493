/**
 * Resolution: which held provision (and paragraph) a citation names, from where it is cited.
 * What cannot be resolved is never linked; it is returned so the content check can report it.
 */
import { provisionId, provisionPath } from '../ids/index.ts';
import type { Citation, CitationPart, Scope } from './types.ts';

/** Where the citing text stands. */
export interface CitingContext {
  instrument: string;
  number: string;
}

/** What exists: provision ids and their paragraph anchors. */
export interface Holdings {
  has(id: string): boolean;
  hasAnchor(id: string, anchor: string): boolean;
}

export interface ResolvedPart {
  part: CitationPart;
  id: string;
  /** Kept only when the paragraph exists. */
  anchor?: string;
  href: string;
}

export interface Resolution {
  links: ResolvedPart[];
  /** Every provision cited, ranges included, that exists. */
  cited: string[];
  /** Why the citation (or part of it) could not be resolved, if it could not. */
  unresolved?: string;
}

/** The instrument a scope word names, seen from the citing instrument; null when not held or not known. */
export function instrumentFor(scope: Scope, from: string): string | null {
  switch (scope) {
    case 'this':
    case 'this-article':
      return from;
    case 'convention':
      return from === 'budapest-protocol' || from === 'lv-2006-ratification-law' || from === 'budapest' ? 'budapest' : from === 'un' || from === 'kz-2025-un-signature-decree' ? 'un' : null;
    case 'protocol':
      return from === 'lv-2006-ratification-law' || from === 'budapest' ? 'budapest-protocol' : from === 'csto' ? 'csto' : null;
    case 'constitution':
      return 'kz-constitution';
    case 'other':
      return null;
  }
}

export function resolveCitation(citation: Citation, context: CitingContext, holdings: Holdings): Resolution {
  const instrument = instrumentFor(citation.scope, context.instrument);
  if (!instrument) return { links: [], cited: [], unresolved: `cites an instrument not held here ("${citation.text}")` };
  const number = (part: CitationPart) => (citation.scope === 'this-article' ? context.number : part.number);
  const links: ResolvedPart[] = [];
  const missing: string[] = [];
  for (const part of citation.parts) {
    const id = provisionId(instrument, number(part));
    if (!holdings.has(id)) {
      missing.push(id);
      continue;
    }
    const anchor = part.anchor && holdings.hasAnchor(id, part.anchor) ? part.anchor : undefined;
    links.push({ part, id, ...(anchor ? { anchor } : {}), href: provisionPath({ instrument, number: number(part), ...(anchor ? { anchor } : {}) }) });
  }
  const numbers = citation.scope === 'this-article' ? [context.number] : citation.numbers;
  const cited = numbers.map((n) => provisionId(instrument, n)).filter((id) => holdings.has(id));
  return { links, cited: [...new Set(cited)], ...(missing.length ? { unresolved: `no provision ${missing.join(', ')} is held ("${citation.text}")` } : {}) };
}
