import { describe, expect, it } from 'vitest';
import { cleanLine, collapseSpaces, normalizeLineEnds, stripEmphasis, trimLine, unescapeMarkdown } from '../../../scripts/lib/clean.ts';
import { escapeMarkdown } from '../../../scripts/lib/markdown.ts';
import { plainText } from '../../../src/lib/content/plain-text.ts';
import { foldLatinInCyrillicWords, hasMixedScriptWord, latinLabel } from '../../../src/lib/text/lookalikes.ts';

const SAMPLES = [
  '\u00a0\u00a0\u00a0\u00a0\u00a0 1. Одобрить прилагаемый проект  Конвенции ',
  '### **Article 10 — Settlement of disputes**',
  '\\* *Translator’s note:* This is a literal translation',
  'Title 1 – Offences against the\r\n',
  '10-бaп',
];

describe('idempotent cleaning steps', () => {
  for (const step of [normalizeLineEnds, trimLine, collapseSpaces, cleanLine, stripEmphasis, foldLatinInCyrillicWords])
    it(`${step.name} gives the same result when run twice`, () => {
      for (const sample of SAMPLES) expect(step(step(sample))).toBe(step(sample));
    });

  it('strips non-breaking-space indentation and keeps the text', () => {
    expect(cleanLine(SAMPLES[0]!)).toBe('1. Одобрить прилагаемый проект Конвенции');
  });
});

describe('look-alike letters', () => {
  it('folds Latin letters typed inside Kazakh headings, and only there', () => {
    expect(foldLatinInCyrillicWords('10-бaп')).toBe('10-бап');
    expect(foldLatinInCyrillicWords('III таpay.')).toBe('III тарау.');
    expect(foldLatinInCyrillicWords('22-бan')).toBe('22-бап');
    expect(foldLatinInCyrillicWords('a) ICT system')).toBe('a) ICT system');
    expect(hasMixedScriptWord('24-бaп')).toBe(true);
    expect(hasMixedScriptWord('24-бап')).toBe(false);
  });

  it('reads Cyrillic look-alike labels as Latin', () => {
    expect(latinLabel('а')).toBe('a');
    expect(latinLabel('іі')).toBe('ii');
    expect(latinLabel('һ')).toBe('h');
  });
});

describe('Markdown escaping', () => {
  it('renders back to exactly the source text', () => {
    for (const text of [
      '* Translator’s note: see article 1 (paragraphs (a) and (b))',
      '- against the peace and security of mankind,',
      '2. Katra Puse',
      'a <b> & [c] _d_ `e` {#f}',
    ])
      expect(plainText(escapeMarkdown(text))).toBe(text);
  });

  it('undoes Markdown escapes in sources written as Markdown', () => {
    expect(unescapeMarkdown('(hereinafter: “the States”)\\*\\*')).toBe('(hereinafter: “the States”)**');
  });
});
