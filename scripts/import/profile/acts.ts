/**
 * The Kazakh acts the profile quotes, recognised by the headings it gives them (spelled several
 * ways: "The Law of the Republic of of Kazakhstan On Communications", "Law … on Communications").
 */
export interface Act {
  key: string;
  /** Matches the act's heading at the start of a paragraph, after an optional list label ("a) "). */
  heading: RegExp;
  form: string;
  title: string;
  shortTitle: string;
  order: number;
}

const LABEL = String.raw`^(?:[a-z]\)\s*|[ivx]+\)\s*)*`;
const act = (pattern: string) => new RegExp(`${LABEL}${pattern}`, 'i');

export const ACTS: Act[] = [
  {
    key: 'kz-constitution',
    heading: act(String.raw`(?:The )?Constitution of the Republic of Kazakhstan\.?$`),
    form: 'Constitution',
    title: 'Constitution of the Republic of Kazakhstan',
    shortTitle: 'Constitution (Kazakhstan)',
    order: 100,
  },
  {
    key: 'kz-penal-code',
    heading: act(String.raw`(?:The )?Penal Code of the Republic of Kazakhstan\.?$`),
    form: 'Code',
    title: 'Penal Code of the Republic of Kazakhstan',
    shortTitle: 'Penal Code (Kazakhstan)',
    order: 101,
  },
  {
    key: 'kz-criminal-procedure-code',
    heading: act(String.raw`(?:The )?Criminal Procedure Code of the Republic of Kazakhstan\.?$`),
    form: 'Code',
    title: 'Criminal Procedure Code of the Republic of Kazakhstan',
    shortTitle: 'Criminal Procedure Code (Kazakhstan)',
    order: 102,
  },
  {
    key: 'kz-law-informatization',
    heading: act(String.raw`(?:The )?Law of the Republic of Kazakhstan on Informatization\.?$`),
    form: 'Law',
    title: 'Law of the Republic of Kazakhstan on Informatization',
    shortTitle: 'Law on Informatization (Kazakhstan)',
    order: 110,
  },
  {
    key: 'kz-law-personal-data',
    heading: act(String.raw`(?:The )?Law (?:of the Republic of Kazakhstan )?On Personal Data and Their Protection\.?$`),
    form: 'Law',
    title: 'Law of the Republic of Kazakhstan on Personal Data and their Protection',
    shortTitle: 'Law on Personal Data (Kazakhstan)',
    order: 111,
  },
  {
    key: 'kz-law-communications',
    heading: act(String.raw`(?:The )?Law of the Republic of (?:of )?Kazakhstan On Communications\.?$`),
    form: 'Law',
    title: 'Law of the Republic of Kazakhstan on Communications',
    shortTitle: 'Law on Communications (Kazakhstan)',
    order: 112,
  },
  {
    key: 'kz-law-state-services',
    heading: act(String.raw`(?:The )?Law of the Republic of Kazakhstan on State Services\.?$`),
    form: 'Law',
    title: 'Law of the Republic of Kazakhstan on State Services',
    shortTitle: 'Law on State Services (Kazakhstan)',
    order: 113,
  },
  {
    key: 'kz-law-operational-investigations',
    heading: act(String.raw`(?:The )?Law of the Republic of Kazakhstan On Operational Investigations\.?$`),
    form: 'Law',
    title: 'Law of the Republic of Kazakhstan on Operational Investigations',
    shortTitle: 'Law on Operational Investigations (Kazakhstan)',
    order: 114,
  },
  {
    key: 'kz-government-resolution-246',
    heading: act(String.raw`Resolution 246 of the Government of the Republic of Kazakhstan\b.*$`),
    form: 'Government resolution',
    title:
      'Resolution No. 246 of the Government of the Republic of Kazakhstan: Rules for Communication Providers to Collect and Store Service Information about Subscribers',
    shortTitle: 'Government Resolution No. 246 (Kazakhstan)',
    order: 120,
  },
];

/** The act a heading paragraph names, or undefined. */
export function actOf(paragraph: string): Act | undefined {
  return ACTS.find((a) => a.heading.test(paragraph));
}
