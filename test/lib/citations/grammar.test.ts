/**
 * The citation grammar on real strings cut from the corpus, in all four languages. Each case gives
 * the citations expected: the articles cited (ranges expanded), the paragraph pinpoints of the
 * linked parts, and the scope word. Negative cases expect no citation at all.
 */
import { LANGUAGES } from '../../../src/lib/i18n/languages.ts';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/lib/citations/index.ts';
import type { Language } from '../../../src/schemas/common.ts';

type Expected = { numbers: string[]; anchors?: (string | undefined)[]; scope?: string };
const CASES: [Language, string, Expected[]][] = [
  // English — Budapest Convention, Additional Protocol, CIS, CSTO, Kazakh law as quoted
  [
    'en',
    'offences established in accordance with Articles 2 through 10 of the present Convention',
    [{ numbers: ['2', '3', '4', '5', '6', '7', '8', '9', '10'], scope: 'this' }],
  ],
  [
    'en',
    'any offence established in accordance with Articles 3 through 5, 7, 8, and 9.1.a and c of this Convention',
    [{ numbers: ['3', '4', '5', '7', '8', '9'], scope: 'this' }],
  ],
  [
    'en',
    'criminal offences established in accordance with Articles 2 through 11 are punishable',
    [{ numbers: ['2', '3', '4', '5', '6', '7', '8', '9', '10', '11'] }],
  ],
  ['en', 'a legal person held liable in accordance with Article 12 shall be subject to effective', [{ numbers: ['12'] }]],
  ['en', 'the powers and procedures referred to in Article 21', [{ numbers: ['21'] }]],
  ['en', 'the measures referred to in Articles 20 and 21 to communications', [{ numbers: ['20', '21'] }]],
  ['en', 'shall be subject to Articles 14 and 15.', [{ numbers: ['14', '15'] }]],
  ['en', 'the offences referred to in Article 24, paragraph 1, of this Convention', [{ numbers: ['24'], anchors: ['1'], scope: 'this' }]],
  ['en', 'in accordance with Article 25, paragraph 4, refuse assistance if', [{ numbers: ['25'], anchors: ['4'] }]],
  ['en', 'as provided for in Articles 27 through 35', [{ numbers: ['27', '28', '29', '30', '31', '32', '33', '34', '35'] }]],
  [
    'en',
    'reservation(s) provided for in Article 4, paragraph 2, Article 6, paragraph 3, Article 9, paragraph 4',
    [
      { numbers: ['4'], anchors: ['2'] },
      { numbers: ['6'], anchors: ['3'] },
      { numbers: ['9'], anchors: ['4'] },
    ],
  ],
  [
    'en',
    'Articles 1, 12, 13, 22, 41, 44, 45 and 46 of the Convention shall apply, mutatis mutandis, to this Protocol.',
    [{ numbers: ['1', '12', '13', '22', '41', '44', '45', '46'], scope: 'convention' }],
  ],
  [
    'en',
    'measures defined in Articles 14 to 21 and Articles 23 to 35 of the Convention, to Articles 2 to 7 of this Protocol',
    [
      { numbers: ['14', '15', '16', '17', '18', '19', '20', '21'], scope: 'convention' },
      { numbers: ['23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35'], scope: 'convention' },
      { numbers: ['2', '3', '4', '5', '6', '7'], scope: 'this' },
    ],
  ],
  [
    'en',
    'the provisions of Article 22, paragraph 2, and Article 41, paragraph 1, of the Convention',
    [
      { numbers: ['22'], anchors: ['2'], scope: 'convention' },
      { numbers: ['41'], anchors: ['1'], scope: 'convention' },
    ],
  ],
  ['en', 'the reservation referred to in paragraph 1 of this article', [{ numbers: ['1'], anchors: ['1'], scope: 'this-article' }]],
  [
    'en',
    'Upon receipt of operational information about impending crimes listed in Article 3 of this Protocol',
    [{ numbers: ['3'], scope: 'this' }],
  ],
  ['en', 'in accordance with the procedure provided for in Article 16 of this Protocol.', [{ numbers: ['16'], scope: 'this' }]],
  ['en', 'defined in article 1 (paragraphs (a) and (b)) of the Agreement.', [{ numbers: ['1'] }]],
  ['en', 'the principles of justice provided by Article 77 of the Constitution', [{ numbers: ['77'], scope: 'constitution' }]],
  ['en', 'in the manner provided by Article 220 of this Code', [{ numbers: ['220'], scope: 'this' }]],
  [
    'en',
    'Joint participants are responsible for the same article of this Code without reference to Article 28 of this Code',
    [{ numbers: ['28'], scope: 'this' }],
  ],
  ['en', 'the European Convention on Mutual Assistance in Criminal Matters, opened for signature in Strasbourg', []],
  ['en', 'For the purpose of paragraph 1 above, the term "child pornography" shall include', []],
  ['en', 'Article-based approaches are not used here', []],
  ['en', 'Done at Budapest, this 23rd day of November 2001, in English and in French', []],
  ['en', 'for a period not less than sixty days, in order to enable the requesting Party', []],
  ['en', 'imprisonment for the term of up to two years', []],
  // Russian — UN Convention, Kazakhstan's decree
  ['ru', 'признанных таковыми в соответствии со статьями 7-10 настоящей Конвенции', [{ numbers: ['7', '8', '9', '10'], scope: 'this' }]],
  ['ru', 'преступлений, признанных таковыми в соответствии со статьей 14 настоящей Конвенции', [{ numbers: ['14'], scope: 'this' }]],
  ['ru', 'в соответствии со статьями 7-16 настоящей Конвенции', [{ numbers: ['7', '8', '9', '10', '11', '12', '13', '14', '15', '16'] }]],
  ['ru', 'в статье 17 настоящей Конвенции', [{ numbers: ['17'] }]],
  ['ru', 'при условии соблюдения статьи 5 настоящей Конвенции', [{ numbers: ['5'] }]],
  ['ru', 'в соответствии с подпунктом (b) (ii) пункта 1 статьи 17 настоящей Конвенции', [{ numbers: ['17'], anchors: ['1-b-ii'] }]],
  ['ru', 'для целей пункта 11 статьи 37 настоящей Конвенции', [{ numbers: ['37'], anchors: ['11'] }]],
  ['ru', 'меры, указанные в статьях 29 и 30 настоящей Конвенции', [{ numbers: ['29', '30'] }]],
  ['ru', 'в соответствии со статьями 14-16 настоящей Конвенции', [{ numbers: ['14', '15', '16'] }]],
  [
    'ru',
    'соответствующие пункты статьи 40 и статей 41-46 настоящей Конвенции',
    [{ numbers: ['40'] }, { numbers: ['41', '42', '43', '44', '45', '46'] }],
  ],
  ['ru', 'в соответствии с пунктом 22 статьи 40 настоящей Конвенции', [{ numbers: ['40'], anchors: ['22'] }]],
  ['ru', 'В определение термина "поставщик услуг" в подпункте (е) (ii) статьи 2 включены', [{ numbers: ['2'], anchors: ['e-ii'] }]],
  [
    'ru',
    'в соответствии с подпунктом 1) статьи 8 Закона Республики Казахстан "О международных договорах"',
    [{ numbers: ['8'], scope: 'other' }],
  ],
  [
    'ru',
    'статьи 2 Конвенции Организации Объединенных Наций против транснациональной организованной преступности',
    [{ numbers: ['2'], scope: 'other' }],
  ],
  ['ru', 'ссылаясь на свою резолюцию 74/247 от 27 декабря 2019 года', []],
  ['ru', 'в течение 30 дней с момента получения', []],
  ['ru', 'Генеральная Ассамблея, принимает Конвенцию', []],
  // Kazakh — UN Convention, Kazakhstan's decree (look-alike Latin letters included)
  ['kk', 'осы Конвенцияның 7 - 10-баптарына сәйкес қылмыстар деп танылған', [{ numbers: ['7', '8', '9', '10'], scope: 'this' }]],
  ['kk', 'осы Конвенцияның 14-бабына сәйкес', [{ numbers: ['14'], scope: 'this' }]],
  ['kk', 'осы Конвенцияның 5-бабын сақтай отырып', [{ numbers: ['5'], scope: 'this' }]],
  ['kk', 'осы Конвенцияның 17-бабының 1-тармағы (b) тармақшасының (іі) тармақшасына сәйкес', [{ numbers: ['17'], anchors: ['1-b-ii'] }]],
  ['kk', 'осы Конвенцияның 37-бабы 11-тармағының мақсаттары үшін', [{ numbers: ['37'], anchors: ['11'] }]],
  ['kk', 'осы Конвенцияның 29 және 30-баптарында көзделген', [{ numbers: ['29', '30'] }]],
  ['kk', 'осы Конвенцияның 23 и 35-баптарында көзделгендей', [{ numbers: ['23', '35'] }]],
  [
    'kk',
    'осы Конвенцияның 40-бабының және 41-46-баптарының тиісті тармақтары',
    [{ numbers: ['40'] }, { numbers: ['41', '42', '43', '44', '45', '46'] }],
  ],
  ['kk', '2-баптың (е) (іі) тармақшасындағы "көрсетілетін қызметтерді жеткізуші"', [{ numbers: ['2'], anchors: ['e-ii'] }]],
  ['kk', 'Қатысушы мемлекет 29-бапта көрсетілген шараларды', [{ numbers: ['29'] }]],
  [
    'kk',
    '"Қазақстан Республикасының халықаралық шарттары туралы" Қазақстан Республикасы Заңының 8-бабының 1) тармақшасына сәйкес',
    [{ numbers: ['8'], scope: 'other' }],
  ],
  ['kk', 'осы Конвенцияның 14-бaбына сәйкес', [{ numbers: ['14'], scope: 'this' }]],
  ['kk', 'Бас Ассамблеяның 2019 жылғы 27 желтоқсандағы 74/247 қарары', []],
  ['kk', '10-бaп', [{ numbers: ['10'] }]],
  ['kk', 'алпыс күннен кем болмайтын мерзімге', []],
  // Latvian — Convention and Protocol translations, the ratification law
  [
    'lv',
    'kas noteikti saskaņā ar šīs Konvencijas 2. - 10. pantu, izdarīšanu ar nodomu',
    [{ numbers: ['2', '3', '4', '5', '6', '7', '8', '9', '10'], scope: 'this' }],
  ],
  ['lv', 'kas noteikti saskaņā ar 2.-11.pantu, tiktu sodīti', [{ numbers: ['2', '3', '4', '5', '6', '7', '8', '9', '10', '11'] }]],
  ['lv', 'ir pakļauti 14. un 15. panta noteikumiem', [{ numbers: ['14', '15'] }]],
  ['lv', 'saskaņā ar 25. panta 4. daļā minētajiem atteikuma pamatiem', [{ numbers: ['25'], anchors: ['4'] }]],
  [
    'lv',
    'attiecībā uz Konvencijas 22.panta pirmās daļas “d” punktu par ārpus Latvijas',
    [{ numbers: ['22'], anchors: ['1-d'], scope: 'convention' }],
  ],
  [
    'lv',
    'Saskaņā ar Protokola 8.panta pirmo daļu Latvijas Republika izdara atrunu',
    [{ numbers: ['8'], anchors: ['1'], scope: 'protocol' }],
  ],
  ['lv', 'attiecībā uz Konvencijas 29.panta ceturto daļu', [{ numbers: ['29'], anchors: ['4'], scope: 'convention' }]],
  ['lv', 'Konvencijas 24.panta izpratnē atbildīgā institūcija ir Ģenerālprokuratūra.', [{ numbers: ['24'], scope: 'convention' }]],
  ['lv', 'kas minēti šīs Konvencijas 27.-35. pantā', [{ numbers: ['27', '28', '29', '30', '31', '32', '33', '34', '35'], scope: 'this' }]],
  ['lv', 'Katra Puse var izdarīt atrunu nepiemērot šī panta 1. daļu', [{ numbers: ['1'], anchors: ['1'], scope: 'this-article' }]],
  [
    'lv',
    'Konvencijas 22. panta otrajā daļā un 41. panta pirmajā daļā',
    [
      { numbers: ['22'], anchors: ['2'], scope: 'convention' },
      { numbers: ['41'], anchors: ['1'], scope: 'convention' },
    ],
  ],
  ['lv', '2006. gada 5. oktobrī', []],
  ['lv', 'Rīgā 2006.gada 26.oktobrī', []],
  ['lv', 'Latvijas Vēstnesis, 26.10.2006., Nr. 171', []],
  // Codes: parts and items, hyphenated article numbers (phrases in the form the Kazakh codes use).
  ['ru', 'частью второй статьи 207 настоящего Кодекса', [{ numbers: ['207'], anchors: ['2'], scope: 'this' }]],
  ['ru', 'пунктом 2) части третьей статьи 125 настоящего Кодекса', [{ numbers: ['125'], anchors: ['3-2'], scope: 'this' }]],
  ['ru', 'статьей 121-1 настоящего Кодекса', [{ numbers: ['121-1'], scope: 'this' }]],
  ['ru', 'части 2-1 статьи 206', [{ numbers: ['206'], anchors: ['2.1'] }]],
  ['kk', 'осы Кодекстің 207-бабының екінші бөлігінде', [{ numbers: ['207'], anchors: ['2'], scope: 'this' }]],
  ['kk', 'осы Кодекстің 125-бабының үшінші бөлігінің 2) тармағында', [{ numbers: ['125'], anchors: ['3-2'], scope: 'this' }]],
  ['kk', 'осы Кодекстің 121-1-бабында', [{ numbers: ['121-1'], scope: 'this' }]],
];

describe('citation grammar on real strings', () => {
  it('has cases in every language the grammar reads', () => {
    expect(new Set(CASES.map(([lang]) => lang))).toEqual(new Set(LANGUAGES));
  });

  it.each(CASES)('[%s] %s', (lang, text, expected) => {
    const found = findCitations(text, lang);
    expect(found.map((c) => c.numbers)).toEqual(expected.map((e) => e.numbers));
    expected.forEach((e, i) => {
      // A case that names no anchors expects none; the scope is checked where the case names one.
      expect(found[i]!.parts.map((p) => p.anchor).filter(Boolean)).toEqual(e.anchors ?? []);
      if (e.scope) expect(found[i]!.scope).toBe(e.scope);
    });
  });

  it('keeps offsets pointing into the original text when look-alike letters are folded', () => {
    const text = 'осы Конвенцияның 14-бaбына сәйкес';
    const [citation] = findCitations(text, 'kk');
    expect(text.slice(citation!.start, citation!.end)).toBe('14-бaбына');
  });
});
