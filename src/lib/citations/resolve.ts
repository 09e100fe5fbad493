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

/** What exists: provision ids and their paragraph anchors, and the instruments that hold them. */
export interface Holdings {
  has(id: string): boolean;
  hasAnchor(id: string, anchor: string): boolean;
  /** Form, jurisdiction and the instruments it concerns, per instrument key. */
  instruments: Map<string, InstrumentFacts>;
}

export interface InstrumentFacts {
  form: string;
  jurisdiction: string | null;
  concerns: string[];
}

/** The facts resolution needs, from instrument records (schema output or corpus records). */
export function instrumentFacts(instruments: Iterable<[string, InstrumentFacts]>): Map<string, InstrumentFacts> {
  return new Map([...instruments].map(([key, i]) => [key, { form: i.form, jurisdiction: i.jurisdiction, concerns: i.concerns }]));
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

/**
 * The instrument a scope word names, seen from the citing instrument, read from the instruments'
 * own data: "the Convention" is the citing instrument if it is a Convention, else the Convention it
 * concerns (the Protocol and the Latvian law → Budapest; Kazakhstan's decree → the UN Convention);
 * likewise "the Protocol"; "the Constitution" is the Constitution of the citing instrument's
 * jurisdiction. Null when no held instrument fits.
 */
export function instrumentFor(scope: Scope, from: string, instruments: Map<string, InstrumentFacts>): string | null {
  const self = instruments.get(from);
  const ofForm = (form: string) =>
    self?.form === form ? from : (self?.concerns.find((key) => instruments.get(key)?.form === form) ?? null);
  switch (scope) {
    case 'this':
    case 'this-article':
      return from;
    case 'convention':
      return ofForm('Convention');
    case 'protocol':
      return ofForm('Protocol');
    case 'constitution':
      return [...instruments].find(([, i]) => i.form === 'Constitution' && i.jurisdiction === self?.jurisdiction)?.[0] ?? null;
    case 'other':
      return null;
  }
}

export function resolveCitation(citation: Citation, context: CitingContext, holdings: Holdings): Resolution {
  const instrument = instrumentFor(citation.scope, context.instrument, holdings.instruments);
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
    links.push({
      part,
      id,
      ...(anchor ? { anchor } : {}),
      href: provisionPath({ instrument, number: number(part), ...(anchor ? { anchor } : {}) }),
    });
  }
  const numbers = citation.scope === 'this-article' ? [context.number] : citation.numbers;
  const cited = numbers.map((n) => provisionId(instrument, n)).filter((id) => holdings.has(id));
  return {
    links,
    cited: [...new Set(cited)],
    ...(missing.length ? { unresolved: `no provision ${missing.join(', ')} is held ("${citation.text}")` } : {}),
  };
}
