/**
 * The official-law importer on a synthetic pack written in the pack's format (invented articles of
 * an invented code, test/fixtures/law-pack/), and on the real pack when it is present beside the
 * project (CI has it); without it, those tests are skipped and say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actsOutput, officialOutputs } from '../../../scripts/import/official.ts';
import { segmentArticles } from '../../../scripts/import/official/articles.ts';
import { parseBody } from '../../../scripts/import/official/body.ts';
import { locatePack, readPack, type PackFile } from '../../../scripts/import/official/pack.ts';
import { parseMarkdown, parseYamlText } from '../../../src/lib/content/read.ts';
import { instrumentSchema, type Instrument } from '../../../src/schemas/instrument.ts';
import { ROOT } from '../../helpers/corpus.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'law-pack');
const demo: Instrument = instrumentSchema.parse({
  kind: 'domestic',
  form: 'Code',
  jurisdiction: 'KZ',
  titles: { en: 'Demo Code' },
  shortTitle: 'Demo Code',
  citation: 'Demo Code',
  languages: [
    { lang: 'ru', official: true },
    { lang: 'kk', official: true },
  ],
  source: [{ file: 'none.txt' }],
  asOf: '2024-01-01',
  order: 1,
  officialText: { pack: 'demo', act: 'demo-code', url: 'https://zan.gov.kz/client/#!/doc/99999' },
});
const { files } = readPack(FIXTURE);
const group = (lang: string, date: string) => files.filter((f) => f.lang === lang && f.version_date === date);
const { outputs, anomalies, counts } = officialOutputs(files, new Map([['demo-code', demo]]), 'demo');
const provision = (path: string) => {
  const out = outputs.find((o) => o.path === `.official-law/provisions/demo-code/${path}`);
  if (!out) throw new Error(`no output ${path}`);
  return parseMarkdown(path, out.content);
};

describe('segmenting an act into articles', () => {
  it('reads every article from its heading, across the compilation header or front matter, with its structure', () => {
    for (const lang of ['rus', 'kaz']) {
      const { articles } = segmentArticles(group(lang, '2024-01-01'));
      expect(articles.map((a) => a.number)).toEqual(['1', '2', '2-1']);
      expect(articles[0]!.structure.map((s) => [s.level, s.number])).toEqual([
        ['part', lang === 'rus' ? 'ОБЩАЯ ЧАСТЬ' : 'ЖАЛПЫ БӨЛІК'],
        ['chapter', '1'],
      ]);
    }
  });

  it('reports a heading without its anchor, and reads it from the heading', () => {
    expect(anomalies).toContainEqual(
      expect.objectContaining({
        file: 'demo-code/kaz/2024-01-01/sec001.md',
        message: 'Article 2-1: heading without its anchor; read from the heading',
      }),
    );
  });
});

describe('reading an article body', () => {
  const ru = provision('ru/1.md');
  const kk = provision('kk/1.md');

  it('anchors parts, items and sub-items the same way in Russian and Kazakh, part 2-1 as 2.1', () => {
    const anchors = (body: string) => [...body.matchAll(/\{#([^}]+)\}/g)].map((m) => m[1]);
    expect(anchors(ru.body)).toEqual(['1', '2', '2-1', '2-1-a', '2-1-b', '2-2', '2.1', '2.1-3', 'note']);
    expect(anchors(kk.body)).toEqual(anchors(ru.body));
  });

  it('anchors lettered items under a part or an unnumbered lead-in by their place, an inserted "б-1)" as b.1', () => {
    const anchorsOf = (lines: string[]) => parseBody(lines).units.map((u) => u.anchor);
    expect(anchorsOf(['Вымышленный перечень обязанностей:', 'а) первая;', 'б) вторая;', 'б-1) вставленная;', 'в) третья.'])).toEqual([
      null,
      'a',
      'b',
      'b.1',
      'c',
    ]);
    expect(anchorsOf(['1. Основаниями являются:', 'а) первое;', 'б) второе.', '2. Вторая часть.'])).toEqual(['1', '1-a', '1-b', '2']);
    expect(anchorsOf(['Міндеттер:', 'а) бірінші;', 'б) екінші;', 'б-1) енгізілген;', 'в) үшінші.'])).toEqual([null, 'a', 'b', 'b.1', 'c']);
  });

  it('keeps the label as the source prints it (its Markdown escape read through) and reads the sanction as part of the part', () => {
    expect(ru.body).toContain('- {#1} 1. Первая вымышленная часть, –');
    expect(ru.body).toMatch(/\n {2}наказывается вымышленным арестом\./);
    expect(ru.body).toContain('Примечание. Вымышленное примечание к статье.');
  });

  it('keeps amendment notes apart from the law, with the laws they name (look-alike letters read through)', () => {
    expect(ru.body).not.toMatch(/Сноска/);
    expect(ru.data['amendments']).toEqual([
      {
        text: expect.stringMatching(/^Сноска\. Статья 1 с изменениями/),
        laws: [
          { number: '11-VII', date: '2021-02-02' },
          { number: '22-VII', date: '2023-03-03' },
        ],
      },
    ]);
    expect(kk.data['amendments']).toEqual([
      expect.objectContaining({
        laws: [
          { number: '11-VII', date: '2021-02-02' },
          { number: '22-VII', date: '2023-03-03' },
        ],
      }),
    ]);
    // An unmarked Kazakh amendment note is recognised by the dated law it names; the law's own note (Ескертпе) stays text.
    expect(provision('kk/2-1.md').data['amendments']).toEqual([
      expect.objectContaining({ laws: [{ number: '11-VII', date: '2021-02-02' }] }),
    ]);
    expect(kk.body).toContain('Ескертпе. Бапқа ойдан шығарылған ескертпе.');
  });

  it('shows repealed articles and items as such, never dropping them', () => {
    expect(provision('ru/2.md').data['status']).toBe('repealed');
    expect(provision('kk/2.md').data['status']).toBe('repealed');
    expect(ru.body).toContain('3) исключен Законом РК');
  });

  it('parses a part label written without a space or escaped, and keeps a repeated label once anchored', () => {
    const body = parseBody(['1\\.Часть без пробела.', '2. Часть.', '2. Повтор.']);
    expect(body.units.map((u) => u.anchor)).toEqual(['1', '2', null]);
    expect(body.repeated).toEqual(['2']);
  });
});

describe('versions, sources and checks', () => {
  it('writes the latest version as the provision and earlier ones beside it, dated, with the portal address', () => {
    expect(counts).toEqual({ 'demo-code/kk/2024-01-01': 3, 'demo-code/ru/2020-01-01': 2, 'demo-code/ru/2024-01-01': 3 });
    const old = provision('ru/1@2020-01-01.md');
    expect(old.data['version']).toEqual({ date: '2020-01-01', current: false });
    expect(provision('ru/1.md').data['version']).toEqual({ date: '2024-01-01', current: true });
    expect(old.data['source']).toEqual({
      pack: 'demo',
      file: 'demo-code/rus/2020-01-01/sec001.md',
      url: 'https://zan.gov.kz/client/#!/doc/99999/rus/01.01.2020',
      lines: [9, 15],
    });
  });

  it('reports an article whose parts differ between the languages, or that one language lacks', () => {
    expect(anomalies.filter((a) => /differ between|only$/.test(a.message))).toEqual([]);
    const edited = files.map((f) =>
      f.lang === 'kaz'
        ? { ...f, text: f.text.replace('2-1. Қосылған ойдан шығарылған бөлік.', '').replace('### 2-1-бап.', '### 2-2-бап.') }
        : f,
    );
    const { anomalies: found } = officialOutputs(edited, new Map([['demo-code', demo]]), 'demo');
    expect(found.map((a) => a.message)).toEqual(
      expect.arrayContaining([
        'Article 1 (2024-01-01): parts and items differ between the languages (kk: 8, ru: 9); kept as each gives them',
        'Article 2-1 (2024-01-01) is held in ru only',
        'Article 2-2 (2024-01-01) is held in kk only',
      ]),
    );
  });

  it('fails naming the file and article on a duplicated article or a gap in the numbering', () => {
    const edited = (from: string, to: string): PackFile[] =>
      files.map((f) => (f.lang === 'rus' && f.version_date === '2020-01-01' ? { ...f, text: f.text.replace(from, to) } : f));
    expect(() => officialOutputs(edited('Статья 2. Прежняя', 'Статья 1. Прежняя'), new Map([['demo-code', demo]]), 'demo')).toThrow(
      /demo-code\/rus\/2020-01-01\/sec001\.md: Article 1 appears twice/,
    );
    expect(() => officialOutputs(edited('Статья 2. Прежняя', 'Статья 4. Прежняя'), new Map([['demo-code', demo]]), 'demo')).toThrow(
      /sec001\.md: Article 4 follows Article 1 .*gap/,
    );
  });

  it('fails on a file that does not match the manifest, and on a version date the portal address contradicts', () => {
    expect(() => readPack(join(ROOT, 'test', 'fixtures', 'law-pack-broken'))).toThrow(
      /demo-code\/rus\/2024-01-01\/sec001\.md: does not match manifest\.json/,
    );
  });

  it('finds the pack an environment variable names, or none', () => {
    expect(locatePack(ROOT, 'demo', { DEMO_PACK: FIXTURE }).dir).toBe(FIXTURE);
    expect(locatePack(join(ROOT, 'test'), 'no-such-pack', {}).dir).toBeNull();
    expect(() => locatePack(ROOT, 'demo', { DEMO_PACK: join(ROOT, 'test') })).toThrow(/DEMO_PACK=.*: no manifest\.json there/);
  });
});

const real = locatePack(ROOT, 'kz-law');
if (!real.dir)
  console.warn('official-pack.test.ts: the real law pack (../shared/kz-law) is not present: its integration tests are skipped.');

describe.skipIf(!real.dir)('the real law pack (integration)', () => {
  const read = real.dir ? readPack(real.dir) : { files: [], acts: [] };
  const instruments = new Map<string, Instrument>(
    ['kz-penal-code', 'kz-criminal-procedure-code', 'kz-constitution', 'kz-law-informatization'].map((key) => [
      key,
      instrumentSchema.parse(parseMarkdownYaml(join(ROOT, 'content', 'instruments', `${key}.yaml`))),
    ]),
  );
  const result = officialOutputs(read.files, instruments, 'kz-law');

  it('holds every article of the Penal Code in force from 16.09.2025 in Russian and Kazakh', () => {
    for (const lang of ['ru', 'kk']) {
      const numbers = new Set(
        result.outputs
          .filter((o) => o.path.startsWith(`.official-law/provisions/kz-penal-code/${lang}/`) && !o.path.includes('@'))
          .map((o) => o.path.split('/').pop()!.replace('.md', '')),
      );
      for (let n = 1; n <= 467; n++) expect(numbers.has(String(n)), `${lang} Art. ${n}`).toBe(true);
      expect(numbers.has('121-1')).toBe(true);
    }
    expect(result.counts['kz-penal-code/ru/2025-09-16']).toBe(502);
  });

  it("records an act's standing where it differs from the text held: a new title, the end of its force", () => {
    const acts = parseMarkdownYaml(actsOutput(read.files, read.acts, instruments, 'kz-law').content, true) as {
      instrument: string;
      notices: { kind: string; title?: string }[];
    }[];
    expect(acts.find((a) => a.instrument === 'kz-law-informatization')!.notices).toContainEqual(
      expect.objectContaining({ kind: 'renamed', lang: 'ru', title: 'О кибербезопасности' }),
    );
    expect(acts.find((a) => a.instrument === 'kz-constitution')!.notices).toContainEqual(expect.objectContaining({ kind: 'ceased' }));
    expect(acts.find((a) => a.instrument === 'kz-penal-code')!.notices).toEqual([]);
  });

  it('anchors Art. 205 the same way in both languages and records Law No. 210-VIII among its amendments', () => {
    const get = (lang: string) =>
      parseMarkdown('205', result.outputs.find((o) => o.path === `.official-law/provisions/kz-penal-code/${lang}/205.md`)!.content);
    const anchors = (body: string) => [...body.matchAll(/\{#([^}]+)\}/g)].map((m) => m[1]);
    expect(anchors(get('ru').body)).toEqual(anchors(get('kk').body));
    expect(JSON.stringify(get('ru').data['amendments'])).toContain('"210-VIII"');
  });
});

function parseMarkdownYaml(pathOrText: string, isText = false): unknown {
  return parseYamlText('test', isText ? pathOrText : readFileSync(pathOrText, 'utf8'));
}
