/**
 * How current the site's data is, from the data itself: the date each instrument's text is current
 * to (the newest dated official version held, else the date its source states), and the latest
 * dated events — assessments of tables and versions of texts — newest first.
 */
import { concordanceTablePath, instrumentPath } from '../ids/index.ts';
import { provisionsOf } from './corpus.ts';
import type { Corpus, InstrumentRecord } from './records.ts';

export interface Currency {
  date: string;
  /** `official`: the newest dated official version held; `source`: the date the source states. */
  basis: 'official' | 'source';
}

export function currencyOf(corpus: Corpus, instrument: InstrumentRecord): Currency {
  let newest = '';
  for (const p of provisionsOf(corpus, instrument.key))
    for (const v of p.versions) if (v.data.version && v.data.version.date > newest) newest = v.data.version.date;
  return newest ? { date: newest, basis: 'official' } : { date: instrument.asOf, basis: 'source' };
}

export interface DatedEvent {
  date: string;
  /** What happened, in words. */
  text: string;
  href: string;
}

/** The latest dated events in the data, newest first. */
export function latestEvents(corpus: Corpus, count: number): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const table of corpus.tables.values())
    if (table.assessed) events.push({ date: table.assessed, text: `${table.title}: assessed by the editors`, href: concordanceTablePath(table.id) });
  for (const instrument of corpus.instruments.values()) {
    const currency = currencyOf(corpus, instrument);
    if (currency.basis === 'official')
      events.push({ date: currency.date, text: `${instrument.shortTitle}: official text in force from this date held`, href: instrumentPath(instrument.key) });
  }
  return events.sort((a, b) => b.date.localeCompare(a.date) || a.text.localeCompare(b.text)).slice(0, count);
}
