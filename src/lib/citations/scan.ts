/**
 * Runs the citation grammar over every provision text: what each cites, what it cannot resolve.
 * Shared by the content check (unresolved citations), the remark plugin's holdings and previews,
 * and the "cited by" backlinks.
 */
import type { Language } from '../../schemas/common.ts';
import { anchorsIn } from '../content/anchors.ts';
import { plainText } from '../content/plain-text.ts';
import type { CorpusInput } from '../content/records.ts';
import { provisionId } from '../ids/index.ts';
import { findCitations, type Citation } from './index.ts';
import { instrumentFacts, resolveCitation, type Holdings } from './resolve.ts';
import type { Resolution } from './resolve.ts';

/** One language version of a provision, as the scan needs it. */
export interface CitingText {
  instrument: string;
  number: string;
  lang: Language;
  title?: string | undefined;
  body: string;
  /** Its plain text (computed once by whoever holds the version). */
  text: string;
}

/** The citing texts of the validated collections, each with its plain text computed once. */
export function citingTexts(input: Pick<CorpusInput, 'provisions'>): CitingText[] {
  return input.provisions.map(({ data, body = '' }) => ({
    instrument: data.instrument,
    number: data.number,
    lang: data.lang,
    title: data.title,
    body,
    text: plainText(body),
  }));
}

/** What exists: every provision with its paragraph anchors, and the facts about each instrument. */
export function holdingsOf(texts: CitingText[], input: Pick<CorpusInput, 'instruments'>): Holdings {
  const anchors = new Map<string, Set<string>>();
  for (const t of texts) {
    const id = provisionId(t.instrument, t.number);
    anchors.set(id, new Set([...(anchors.get(id) ?? []), ...anchorsIn(t.body)]));
  }
  return {
    has: (id) => anchors.has(id),
    hasAnchor: (id, anchor) => anchors.get(id)?.has(anchor) ?? false,
    instruments: instrumentFacts(input.instruments.map((e) => [e.id, e.data])),
  };
}

/** A short preview of each provision per language: title, then the start of its text. */
export function previewsOf(texts: CitingText[], length = 220): Map<string, Map<string, string>> {
  const previews = new Map<string, Map<string, string>>();
  for (const t of texts) {
    const text = t.text.replace(/\s+/g, ' ');
    const preview = `${t.title ? `${t.title}: ` : ''}${text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, '')}…` : text}`;
    const id = provisionId(t.instrument, t.number);
    previews.set(id, (previews.get(id) ?? new Map()).set(t.lang, preview));
  }
  return previews;
}

export interface ScannedCitation {
  from: CitingText;
  citation: Citation;
  resolution: Resolution;
}

export function scanCitations(texts: CitingText[], holdings: Holdings): ScannedCitation[] {
  const out: ScannedCitation[] = [];
  for (const from of texts)
    for (const citation of findCitations(from.text, from.lang))
      out.push({ from, citation, resolution: resolveCitation(citation, from, holdings) });
  return out;
}
