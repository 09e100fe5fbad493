/**
 * The relevance suite: queries people type, in four languages, each with the provisions that must
 * come first (`top`: within the first `within` results, default 3). Shared by the unit test
 * (engine in memory) and the browser test (the built site).
 */
export interface RelevanceCase {
  query: string;
  /** Provision ids (any language version) that must appear among the first `within` results. */
  top: string[];
  within?: number;
  /** Provision ids that must not appear at all (e.g. 2 must not match 20). */
  never?: string[];
}

export const RELEVANCE: RelevanceCase[] = [
  // Citations
  { query: '205', top: ['kz-penal-code/205'], within: 1 },
  { query: 'Art. 2 Budapest', top: ['budapest/2'], within: 1, never: ['budapest/20', 'budapest/22'] },
  { query: 'Article 2 Budapest', top: ['budapest/2'], within: 1 },
  { query: 'Penal Code 28', top: ['kz-penal-code/28'], within: 1 },
  { query: 'UN 41', top: ['un/41'], within: 1 },
  { query: 'ст. 7', top: ['un/7'], within: 1 },
  { query: 'CIS 3', top: ['cis/3'], within: 1 },
  { query: 'CSTO 6', top: ['csto/6'], within: 1 },
  { query: 'Budapest 35', top: ['budapest/35'], within: 1 },
  { query: 'UN 17', top: ['un/17'], within: 1 },
  { query: 'CPC 244', top: ['kz-criminal-procedure-code/244'], within: 1 },
  { query: '2', top: ['budapest/2'], within: 2, never: ['budapest/20', 'un/20', 'kz-penal-code/205'] },
  { query: '2-бап', top: ['un/2'], within: 4 },
  { query: '22. pants', top: ['budapest/22'], within: 2 },
  // Citation forms readers copy from documents, with pinpoints
  { query: 'ETS 185 Art. 2', top: ['budapest/2'], within: 1 },
  { query: 'ETS No. 185, Article 6(1)(a)', top: ['budapest/6'], within: 1 },
  { query: 'Art. 6(1)(a) Budapest', top: ['budapest/6'], within: 1 },
  { query: 'UNCC 7', top: ['un/7'], within: 1 },
  { query: 'UN Convention Art. 7', top: ['un/7'], within: 1 },
  { query: 'ст. 7 Конвенции ООН', top: ['un/7'], within: 1 },
  { query: 'CIS Art. 3(1)(a)', top: ['cis/3'], within: 1 },
  // Latvian inflections meet at one stem
  { query: 'kibernoziegumi', top: ['budapest/preamble'], within: 3 },
  { query: 'kibernoziegumiem', top: ['budapest/preamble'], within: 3 },
  // English
  { query: 'illegal access', top: ['budapest/2', 'un/7'], within: 4 },
  { query: 'illegal interception', top: ['budapest/3', 'un/8'], within: 4 },
  { query: 'data interference', top: ['budapest/4'], within: 3 },
  { query: 'system interference', top: ['budapest/5'], within: 3 },
  { query: 'misuse of devices', top: ['budapest/6', 'un/11'], within: 4 },
  { query: 'child pornography', top: ['budapest/9'], within: 3 },
  { query: 'grooming', top: ['un/15'], within: 2 },
  { query: 'extradition', top: ['budapest/24', 'un/37'], within: 4 },
  { query: '24/7 network', top: ['budapest/35', 'un/41'], within: 4 },
  { query: 'production order', top: ['budapest/18', 'un/27'], within: 4 },
  { query: 'corporate liability', top: ['budapest/12'], within: 3 },
  { query: 'money laundering', top: ['un/17'], within: 2 },
  { query: 'expedited preservation of stored computer data', top: ['budapest/16'], within: 3 },
  { query: 'hacking', top: ['budapest/2'], within: 4 },
  // Russian
  { query: 'незаконный доступ', top: ['un/7'], within: 2 },
  { query: 'незаконного доступа', top: ['un/7'], within: 2 },
  { query: 'незаконный перехват', top: ['un/8'], within: 2 },
  { query: 'выдача', top: ['un/37'], within: 2 },
  { query: 'отмывание доходов', top: ['un/17'], within: 2 },
  { query: 'интимных изображений', top: ['un/16'], within: 2 },
  { query: 'ответственность юридических лиц', top: ['un/18'], within: 2 },
  { query: 'сеть 24/7', top: ['un/41'], within: 3 },
  // Kazakh
  { query: 'Заңсыз қол жеткізу', top: ['un/7'], within: 2 },
  { query: 'Ұстап беру', top: ['un/37'], within: 2 },
  { query: 'Заңды тұлғалардың жауапкершілігі', top: ['un/18'], within: 2 },
  { query: 'Заңсыз қармау', top: ['un/8'], within: 2 },
  // Latvian (with and without diacritics)
  { query: 'patvaliga piekluve', top: ['budapest/2'], within: 2 },
  { query: 'Patvaļīga piekļūšana', top: ['budapest/2'], within: 2 },
  { query: 'izdosana', top: ['budapest/24'], within: 3 },
  { query: 'Juridisko personu atbildība', top: ['budapest/12'], within: 2 },
  { query: 'datu traucesana', top: ['budapest/4'], within: 3 },
];
