/**
 * The Kazakh acts the profile quotes, recognised by the headings it gives them, spelled several ways
 * ("The Law of the Republic of of Kazakhstan On Communications", "Law … on Communications"). Their
 * titles, citation forms and order are editorial metadata in `scripts/import/instruments.yaml`.
 */
export interface Act {
  key: string;
  /** Matches the act's heading at the start of a paragraph, after an optional list label ("a) "). */
  heading: RegExp;
}

const LABEL = String.raw`^(?:[a-z]\)\s*|[ivx]+\)\s*)*`;
const act = (pattern: string) => new RegExp(`${LABEL}${pattern}`, 'i');

export const ACTS: Act[] = [
  {
    key: 'kz-constitution',
    heading: act(String.raw`(?:The )?Constitution of the Republic of Kazakhstan\.?$`),
  },
  {
    key: 'kz-penal-code',
    heading: act(String.raw`(?:The )?Penal Code of the Republic of Kazakhstan\.?$`),
  },
  {
    key: 'kz-criminal-procedure-code',
    heading: act(String.raw`(?:The )?Criminal Procedure Code of the Republic of Kazakhstan\.?$`),
  },
  {
    key: 'kz-law-informatization',
    heading: act(String.raw`(?:The )?Law of the Republic of Kazakhstan on Informatization\.?$`),
  },
  {
    key: 'kz-law-personal-data',
    heading: act(String.raw`(?:The )?Law (?:of the Republic of Kazakhstan )?On Personal Data and Their Protection\.?$`),
  },
  {
    key: 'kz-law-communications',
    heading: act(String.raw`(?:The )?Law of the Republic of (?:of )?Kazakhstan On Communications\.?$`),
  },
  {
    key: 'kz-law-state-services',
    heading: act(String.raw`(?:The )?Law of the Republic of Kazakhstan on State Services\.?$`),
  },
  {
    key: 'kz-law-operational-investigations',
    heading: act(String.raw`(?:The )?Law of the Republic of Kazakhstan On Operational Investigations\.?$`),
  },
  {
    key: 'kz-government-resolution-246',
    heading: act(String.raw`Resolution 246 of the Government of the Republic of Kazakhstan\b.*$`),
  },
];

/** The act a heading paragraph names, or undefined. */
export function actOf(paragraph: string): Act | undefined {
  return ACTS.find((a) => a.heading.test(paragraph));
}
