/**
 * Official texts held over time: which dated versions a provision has, what was in force on a
 * given date, which amending laws a version names, and which of them came after a date (a source's,
 * e.g. the profile that quoted the article). Everything is read from the versions themselves.
 */
import type { Language } from '../../schemas/common.ts';
import { languageLabel } from '../i18n/languages.ts';
import type { InstrumentRecord, ProvisionRecord, ProvisionVersion } from './records.ts';

export interface AmendingLaw {
  number: string;
  date: string;
}

/** Every dated version of a provision (latest and earlier), newest first. */
export function datedVersions(p: ProvisionRecord): ProvisionVersion[] {
  return [...p.versions, ...p.history].filter((v) => v.data.version).sort((a, b) => b.data.version!.date.localeCompare(a.data.version!.date));
}

/** The distinct version dates held, newest first. */
export function versionDates(p: ProvisionRecord): string[] {
  return [...new Set(datedVersions(p).map((v) => v.data.version!.date))];
}

/** The versions in force on one date, by language. */
export function versionsOf(p: ProvisionRecord, date: string): ProvisionVersion[] {
  return datedVersions(p).filter((v) => v.data.version!.date === date);
}

/** The version of one language in force on a date: the newest held that entered into force by then, or undefined. */
export function inForceOn(p: ProvisionRecord, lang: Language, date: string): ProvisionVersion | undefined {
  return datedVersions(p).find((v) => v.data.lang === lang && v.data.version!.date <= date);
}

/** The amending laws the latest official versions name, oldest first, each once. */
export function amendingLaws(p: ProvisionRecord): AmendingLaw[] {
  const laws = new Map<string, AmendingLaw>();
  for (const v of p.versions) for (const note of v.data.amendments) for (const law of note.laws) laws.set(law.number, law);
  return [...laws.values()].sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number));
}

/** The amending laws dated after `date` (e.g. the date of the source that quoted the provision). */
export function amendedSince(p: ProvisionRecord, date: string): AmendingLaw[] {
  return amendingLaws(p).filter((law) => law.date > date);
}

/** Languages the instrument holds officially from a law pack, for which this build has no text of the provision. */
export function officialTextMissing(p: ProvisionRecord): Language[] {
  if (!p.instrument.officialText) return [];
  return p.instrument.languages.filter((l) => l.official && !p.versions.some((v) => v.data.lang === l.lang)).map((l) => l.lang);
}

/** "16.07.2025" from "2025-07-16", as the laws themselves print dates. */
export function printedDate(date: string): string {
  return date.split('-').reverse().join('.');
}

/**
 * What an act's page says of its official text: per language, the date the latest version held
 * entered into force ("up to date to"), or that it is not loaded in this build.
 */
export function officialCurrency(provisions: ProvisionRecord[], instrument: InstrumentRecord): [string, string][] {
  if (!instrument.officialText) return [];
  return instrument.languages
    .filter((l) => l.official)
    .map((l) => {
      const dates = provisions.flatMap((p) => p.versions.filter((v) => v.data.lang === l.lang && v.data.version).map((v) => v.data.version!.date));
      const latest = dates.sort().at(-1);
      return [
        `Official text (${languageLabel(l.lang)})`,
        latest ? `up to date to ${printedDate(latest)} (the latest version held)` : `not loaded in this build; see ${instrument.officialText!.url}`,
      ];
    });
}
