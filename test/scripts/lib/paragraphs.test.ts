import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksBetween, sourceLines } from '../../../scripts/lib/lines.ts';
import { parseUnits, readLabel } from '../../../scripts/lib/paragraphs.ts';
import { alignAnchors } from '../../../scripts/lib/align.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'import', name), 'utf8');
const paragraphsOf = (text: string) => {
  const lines = sourceLines(text);
  return blocksBetween(lines, 1, lines.length).map((b) => b.text);
};

describe('paragraph labels', () => {
  it('reads numbers, letters and roman numerals in the forms the sources use', () => {
    expect(readLabel('1 Each Party shall')).toMatchObject({ label: '1', punctuated: false });
    expect(readLabel('2. Katra Puse')).toMatchObject({ label: '2', punctuated: true });
    expect(readLabel('(e) The creation of')).toMatchObject({ label: 'e' });
    expect(readLabel('ii) пароля')).toMatchObject({ label: 'ii' });
    expect(readLabel('1) осы Конвенцияның')).toMatchObject({ label: '1', closedNumber: true });
  });

  it('reads a numbered part printed without a space after its full stop (the profile quoting Penal Code Art. 206(2))', () => {
    expect(readLabel('2.The same actions, committed:')).toMatchObject({ label: '2', punctuated: true });
    const units = parseUnits([
      '1. Intentional illegal destruction or modification of information',
      '2.The same actions, committed:',
      '1) in relation of critically important facilities of information and communication infrastructure;',
      '2) by group of persons on previous concert,-',
      '3. The actions, provided by the first or second parts of this Article:',
    ]);
    expect(units.map((u) => u.anchor)).toEqual(['1', '2', '2-1', '2-2', '3']);
    expect(readLabel('2.5 million')).toBeNull();
  });

  it('does not read capitals, words or dates as labels', () => {
    expect(readLabel('A Party may, without the authorisation')).toBeNull();
    expect(readLabel('A. LUKASHENKO')).toBeNull();
    expect(readLabel('Each Party shall')).toBeNull();
    expect(parseUnits(['1. first', '24 декабря 2024 года'])[1]).toMatchObject({ anchor: null });
  });
});

describe('parseUnits on real text', () => {
  it('gives Budapest Art. 6 (English) the anchors 1, 1-a, 1-a-i, 1-a-ii, 1-b, 2, 3, keeping the continuation under 1(a)', () => {
    const paragraphs = paragraphsOf(fixture('budapest-en-article-6.txt')).slice(1);
    const units = parseUnits(paragraphs);
    expect(units.map((u) => u.anchor)).toEqual(['1', '1-a', '1-a-i', '1-a-ii', null, '1-b', '2', '3']);
    expect(units[4]).toMatchObject({ depth: 2, text: expect.stringMatching(/^with intent that it be used/) });
  });

  it('gives the Latvian Art. 6 the same anchors as the English', () => {
    const paragraphs = paragraphsOf(fixture('budapest-lv-article-6-and-title.txt')).slice(1, -2);
    expect(parseUnits(paragraphs).map((u) => u.anchor)).toEqual(['1', '1-a', '1-a-i', '1-a-ii', null, '1-b', '2', '3']);
  });

  it('reads the Kazakh "1)" under a lettered item as the roman-level item (i)', () => {
    const paragraphs = paragraphsOf(fixture('un-kk-article-11.txt')).slice(2);
    expect(parseUnits(paragraphs).map((u) => u.anchor)).toEqual(['1', '1-a', '1-a-i', null, '1-b', '2', '3']);
  });

  it('numbers the resolution’s operative paragraphs 1–12 and leaves its date unlabelled', () => {
    const units = parseUnits(paragraphsOf(fixture('un-ru-resolution.txt')));
    expect(units.filter((u) => u.anchor).map((u) => u.anchor)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(units.at(-1)).toMatchObject({ anchor: null, text: '24 декабря 2024 года' });
  });

  it("anchors sub-paragraphs printed after their parent's label: Budapest Art. 27(2)(a)–(d) (English)", () => {
    const units = parseUnits(paragraphsOf(fixture('budapest-en-article-27-para-2.txt')));
    expect(units.map((u) => u.anchor)).toEqual([null, '1', '2', '2-b', '2-c', '2-d', '3']);
    const two = units[2]!; // after the article heading
    expect(two.inline).toEqual([{ anchor: '2-a', at: 2 }]);
    expect(two.text.slice(two.inline![0]!.at)).toMatch(/^a Each Party shall designate/);
  });

  it('anchors UN Art. 17(1)(a)(i)–(ii) (Russian) where (i) is printed after (a)', () => {
    const units = parseUnits(paragraphsOf(fixture('un-ru-article-17-para-1.txt')));
    expect(units.flatMap((u) => [u.anchor, ...(u.inline ?? []).map((i) => i.anchor)])).toEqual([
      null,
      '1',
      '1-a',
      '1-a-i',
      '1-a-ii',
      '1-b',
      '1-b-i',
    ]);
  });

  it('reads no inline label where the text merely starts with a word', () => {
    expect(parseUnits(['1 Each Party', '2 a Party may', 'b then']).map((u) => u.inline)).toEqual([
      undefined,
      [{ anchor: '2-a', at: 2 }],
      undefined,
    ]);
    expect(parseUnits(['1 Each Party', '2 b Party may'])[1]!.inline).toBeUndefined();
  });

  it('reads the CIS lettered list with its unlabelled sub-items under (a)', () => {
    const units = parseUnits(paragraphsOf(fixture('cis-article-5.md')));
    expect(units.filter((u) => u.anchor).map((u) => u.anchor)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(units.filter((u) => !u.anchor && u.depth === 1)).toHaveLength(4);
  });
});

describe('aligning anchors across languages', () => {
  const latvian9 = [
    '1. Šis Protokols ir atvērts',
    'a. parakstu bez atrunas',
    'b. parakstu, kas pakļauts',
    '3. Valsts nedrīkst parakstīt',
    '4. Ratifikācijas dokumentus',
  ];
  const alignment = {
    provision: 'budapest-protocol/9',
    lang: 'lv' as const,
    paragraphs: [
      { starts: '3. Valsts nedrīkst parakstīt', anchor: '2' },
      { starts: '4. Ratifikācijas', anchor: '3' },
    ],
    reason: 'r',
    note: 'n',
  };

  it('gives the Latvian Protocol Art. 9 paragraphs "3." and "4." the anchors 2 and 3, keeping the printed labels', () => {
    expect(parseUnits(latvian9).map((u) => u.anchor)).toEqual(['1', '1-a', '1-b', '3', '4']);
    const aligned = alignAnchors(parseUnits(latvian9), alignment);
    expect(aligned.map((u) => u.anchor)).toEqual(['1', '1-a', '1-b', '2', '3']);
    expect(aligned[3]!.text).toBe('3. Valsts nedrīkst parakstīt');
  });

  it('renames the sub-paragraphs of a paragraph whose number is dropped, and can leave an inserted item unanchored', () => {
    const aligned = alignAnchors(parseUnits(['1. Осы Конвенция', 'a) бірінші', 'b) екінші']), {
      ...alignment,
      paragraphs: [{ starts: '1. Осы', anchor: null }],
    });
    expect(aligned.map((u) => [u.anchor, u.depth])).toEqual([
      [null, 0],
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('fails naming the alignment when the paragraph it names is not in the source', () => {
    expect(() => alignAnchors(parseUnits(latvian9), { ...alignment, paragraphs: [{ starts: '3. Valsts var', anchor: '2' }] })).toThrow(
      /anchor-alignments\.yaml: budapest-protocol\/9 \(lv\) paragraphs\[0\]\.starts: no paragraph starts with "3\. Valsts var"/,
    );
  });
});
