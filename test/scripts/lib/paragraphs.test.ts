import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksBetween, sourceLines } from '../../../scripts/lib/lines.ts';
import { parseUnits, readLabel } from '../../../scripts/lib/paragraphs.ts';

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

  it('reads the CIS lettered list with its unlabelled sub-items under (a)', () => {
    const units = parseUnits(paragraphsOf(fixture('cis-article-5.md')));
    expect(units.filter((u) => u.anchor).map((u) => u.anchor)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(units.filter((u) => !u.anchor && u.depth === 1)).toHaveLength(4);
  });
});
