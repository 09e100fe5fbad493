/**
 * The filter of a concordance table's rows, as the page and its address hold it. A row carries
 * its targets as `grade:instrument` words (`partial:kz-penal-code none:`); it is shown when one
 * target has a chosen grade and, if an instrument is chosen, belongs to it.
 */
import type { Relation } from '../../schemas/concordance.ts';
import { RELATION_LABELS } from '../i18n/relations.ts';

export interface RowFilter {
  grades: string[];
  /** Key of the counterpart's instrument, or '' for any. */
  instrument: string;
}

// The grades in their order, from the labels (this module runs in the browser, where the schema library is not loaded).
const ALL = Object.keys(RELATION_LABELS) as Relation[];

/** The `data-targets` words of a row. */
export function targetWords(targets: { relation: string; instrument?: string | undefined }[]): string {
  return targets.map((t) => `${t.relation}:${t.instrument ?? ''}`).join(' ');
}

export function rowMatches(words: string, grades: string[], instrument: string): boolean {
  return words
    .split(' ')
    .filter(Boolean)
    .some((word) => {
      const [grade = '', key = ''] = word.split(':');
      return grades.includes(grade) && (!instrument || key === instrument);
    });
}

/** The filter an address asks for (`?grade=partial,none&in=kz-penal-code`); every grade when none is named. */
export function readFilter(params: URLSearchParams): RowFilter {
  const named = (params.get('grade') ?? '').split(',').filter((g) => (ALL as readonly string[]).includes(g));
  return { grades: named.length ? named : [...ALL], instrument: params.get('in') ?? '' };
}

/** The address of a filtered view: the default (every grade, any instrument) leaves the address bare. */
export function writeFilter(url: URL, filter: RowFilter): string {
  const all = ALL.every((g) => filter.grades.includes(g));
  if (all) url.searchParams.delete('grade');
  else url.searchParams.set('grade', filter.grades.join(','));
  if (filter.instrument) url.searchParams.set('in', filter.instrument);
  else url.searchParams.delete('in');
  return `${url.pathname}${url.search}${url.hash}`;
}
