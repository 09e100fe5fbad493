import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImporters } from '../../../scripts/import/all.ts';
import { importProfile, readProfile } from '../../../scripts/import/profile.ts';
import { editorialInputs } from '../../../scripts/lib/editorial.ts';
import { comparable } from '../../../scripts/import/profile/columns.ts';
import { segmentRows } from '../../../scripts/import/profile/rows.ts';
import { sourceLines } from '../../../scripts/lib/lines.ts';
import { plainText } from '../../../src/lib/content/plain-text.ts';
import { parseMarkdown } from '../../../src/lib/content/read.ts';
import { ROOT } from '../../helpers/corpus.ts';

const SOURCE = readFileSync(join(ROOT, 'content', 'sources', 'coe-kz-cybercrime-profile-2020-05-01.en.txt'), 'utf8');
const results = runImporters(ROOT);
const convention = new Map<string, string>();
for (const file of results[0]!.files) {
  const m = /^content\/provisions\/budapest\/en\/(\d+)\.md$/.exec(file.path);
  if (m) {
    const { data, body: content } = parseMarkdown(file.path, file.content);
    convention.set(m[1]!, `${String(data['title'])}\n${plainText(content)}`);
  }
}
const profile = results.find((r) => r.source.startsWith('coe-'))!;
const { rows } = readProfile(SOURCE, convention);
const ids = (row: string) => rows.find((r) => r.row === row)!.quotes.map((q) => `${q.act}/${q.number}`);

/** The provisions the profile quotes under each Budapest article, read off the source by hand. */
const EXPECTED: Record<string, string[]> = {
  '1': [
    'kz-law-informatization/unnumbered',
    'kz-law-informatization/unnumbered-2',
    'kz-law-personal-data/unnumbered',
    'kz-law-state-services/unnumbered',
    'kz-law-informatization/unnumbered-3',
    'kz-law-personal-data/unnumbered-2',
  ],
  '2': ['kz-penal-code/205'],
  '3': ['kz-penal-code/147', 'kz-penal-code/208'],
  '4': ['kz-penal-code/206'],
  '5': ['kz-penal-code/207'],
  '6': ['kz-penal-code/210'],
  '7': ['kz-penal-code/206'],
  '8': ['kz-penal-code/188', 'kz-penal-code/190', 'kz-penal-code/195'],
  '9': ['kz-penal-code/212', 'kz-penal-code/312', 'kz-penal-code/80'],
  '10': ['kz-penal-code/198', 'kz-penal-code/199'],
  '11': ['kz-penal-code/24', 'kz-penal-code/27', 'kz-penal-code/28', 'kz-penal-code/29', 'kz-penal-code/56'],
  '12': [],
  '13': ['kz-penal-code/10', 'kz-penal-code/11', 'kz-penal-code/39', 'kz-penal-code/40'],
  '14': ['kz-criminal-procedure-code/7'],
  '15': ['kz-constitution/1', 'kz-constitution/39'],
  '16': ['kz-law-communications/15', 'kz-government-resolution-246/unnumbered'],
  '17': ['kz-law-communications/15'],
  '18': ['kz-law-communications/15'],
  '19': ['kz-criminal-procedure-code/252', 'kz-criminal-procedure-code/253', 'kz-criminal-procedure-code/254'],
  '20': ['kz-criminal-procedure-code/244', 'kz-law-operational-investigations/11'],
  '21': ['kz-criminal-procedure-code/245', 'kz-law-operational-investigations/11'],
  '22': ['kz-criminal-procedure-code/3', 'kz-penal-code/7'],
  '24': ['kz-criminal-procedure-code/557', 'kz-criminal-procedure-code/579'],
  '25': ['kz-criminal-procedure-code/557', 'kz-criminal-procedure-code/558', 'kz-criminal-procedure-code/559'],
  '26': ['kz-criminal-procedure-code/560'],
  '27': ['kz-criminal-procedure-code/558', 'kz-criminal-procedure-code/560', 'kz-criminal-procedure-code/569'],
  '28': ['kz-criminal-procedure-code/201', 'kz-criminal-procedure-code/568', 'kz-law-personal-data/11'],
  '29': ['kz-criminal-procedure-code/561', 'kz-law-communications/15'],
  '30': ['kz-criminal-procedure-code/557', 'kz-law-communications/15', 'kz-government-resolution-246/unnumbered'],
  '31': ['kz-criminal-procedure-code/561', 'kz-criminal-procedure-code/566', 'kz-criminal-procedure-code/567'],
  '32': ['kz-law-personal-data/16'],
  '33': ['kz-law-communications/15', 'kz-government-resolution-246/unnumbered'],
  '34': ['kz-criminal-procedure-code/570'],
  '35': [],
  '42': [],
};

describe('the Council of Europe profile: rows', () => {
  it('finds a row for Articles 1–22, 24–35 and 42, each starting on its heading line', () => {
    const { rows: segmented } = segmentRows(sourceLines(SOURCE), 111);
    const starts = Object.fromEntries(segmented.map((r) => [r.article, r.start]));
    expect(Object.keys(starts)).toEqual(Object.keys(EXPECTED).sort((a, b) => Number(a) - Number(b)));
    expect(starts).toMatchObject({ '1': 113, '2': 144, '8': 217, '21': 570, '22': 626, '24': 656, '35': 850, '42': 854 });
  });

  it('fails when a row is missing', () => {
    expect(() => readProfile(SOURCE.replace('<b>Article 7 – Computer-related forgery', '<b>Computer-related forgery'), convention)).toThrow(
      /no row for Budapest Article 7/,
    );
  });

  it('lists, row by row, the provisions the profile quotes', () => {
    expect(Object.fromEntries(rows.map((r) => [r.row, ids(r.row)]))).toEqual(EXPECTED);
  });
});

describe('the Council of Europe profile: quoted text', () => {
  const source = comparable(SOURCE.replace(/<[^>]+>/g, ' '));
  const conventionText = comparable([...convention.values()].join('\n'));
  const provisions = profile.files
    .filter((f) => f.path.startsWith('content/provisions/'))
    .map((f) => ({ path: f.path, ...parseMarkdown(f.path, f.content), content: parseMarkdown(f.path, f.content).body }));

  it('holds every quoted provision once, as a clean copy of the source', () => {
    expect(provisions.map((p) => p.path.replace(/^content\/provisions\/|\/en|\.md$/g, '')).sort()).toEqual(
      [...new Set(Object.values(EXPECTED).flat())].sort(),
    );
    for (const p of provisions) {
      const text = plainText(p.content);
      expect(text, p.path).not.toMatch(/<\/?[a-z]+[^>]*>|\*\*|BUDAPEST CONVENTION|DOMESTIC LEGISLATION|Back to the Table of Contents/);
      for (const paragraph of text.split('\n\n')) {
        const words = comparable(paragraph).split(' ');
        // Every run of 8 words is in the source (or straddles one page-break join, each side in the
        // source): nothing is invented and pieces are joined only where a page break cut them.
        for (let i = 0; i + 8 <= words.length; i += 4) {
          const window = words.slice(i, i + 8);
          const inSource = (w: string[]) => source.includes(w.join(' '));
          const found = inSource(window) || [1, 2, 3, 4, 5, 6, 7].some((k) => inSource(window.slice(0, k)) && inSource(window.slice(k)));
          expect(found, `${p.path}: "${window.join(' ')}" is not in the source`).toBe(true);
        }
        // And no paragraph is the Convention's own text.
        if (words.length >= 5) expect(conventionText.includes(words.join(' ')), `${p.path}: ${paragraph.slice(0, 80)}`).toBe(false);
      }
    }
  });

  it("Article 1: holds each quotation without an article number apart, under the profile's key, marked as an excerpt", () => {
    const held = (path: string) => provisions.find((p) => p.path.endsWith(path))!;
    const anchors = (path: string) => [...held(path).content.matchAll(/\{#(\d+)\}/g)].map((m) => m[1]);
    expect(anchors('kz-law-informatization/en/unnumbered.md')).toEqual(['12']);
    expect(anchors('kz-law-informatization/en/unnumbered-2.md')).toEqual(['35']);
    expect(anchors('kz-law-informatization/en/unnumbered-3.md')).toEqual(['10', '26', '63', '64']);
    expect(held('kz-law-informatization/en/unnumbered.md').data['excerpt']).toBe(true);
    // The storage rule keyed "ii)" is its own quotation, not a continuation of definition 12).
    const definitions = held('kz-law-personal-data/en/unnumbered.md');
    expect(plainText(definitions.content)).not.toContain('Personal data is stored');
    const storage = held('kz-law-personal-data/en/unnumbered-2.md');
    expect(plainText(storage.content)).toMatch(/^2\. Personal data is stored .*\n\nThe term of storage .* Republic of Kazakhstan\.$/s);
    expect(storage.data['source']).toMatchObject({ part: expect.stringContaining('“ii)”'), lines: [135, 140] });
    expect(definitions.data['source']).toMatchObject({ part: expect.stringContaining('“b)”') });
  });

  it("keeps the profile's bold emphasis inside quoted text, never a heading's style", () => {
    const art147 = provisions.find((p) => p.path.endsWith('kz-penal-code/en/147.md'))!;
    expect(art147.content).toContain(
      'intended for private obtaining of information, **or by illegal access to electronic information resources',
    );
    expect(plainText(art147.content)).toContain(
      'intended for private obtaining of information, or by illegal access to electronic information resources',
    );
    const art212 = provisions.find((p) => p.path.endsWith('kz-penal-code/en/212.md'))!;
    expect(art212.data['title']).toBe('Provision of services for allocation of internet resources, pursuing illegal purposes');
  });

  it('keeps the act headings the profile prints above a quotation, and the date of Resolution 246', () => {
    const art561 = provisions.find((p) => p.path.endsWith('kz-criminal-procedure-code/en/561.md'))!;
    expect(art561.data['structure']).toEqual([
      { level: 'section', number: '12', title: 'International cooperation in criminal proceedings' },
    ]);
    const resolution = profile.files.find((f) => f.path === 'content/instruments/kz-government-resolution-246.yaml')!;
    expect(resolution.content).toContain('of March 30, 2010');
  });

  it('Article 20: the Law on Operational Investigations Art. 11 and the note on connection data stand in its row, as the layout intends', () => {
    const row20 = rows.find((r) => r.row === '20')!;
    expect(row20.commentary.join(' ')).toMatch(/^For reference: the covert obtaining of information about connections/);
    expect(rows.find((r) => r.row === '21')!.commentary.join(' ')).not.toContain('information about connections');
  });

  it('Articles 20 and 21: stitches the Criminal Procedure Code Art. 244 quote across the page break into its own row', () => {
    const art244 = plainText(provisions.find((p) => p.path.endsWith('kz-criminal-procedure-code/en/244.md'))!.content);
    expect(art244).toMatch(
      /shall be sent by the body of pre-trial investigation .* shall provide the requested information, recorded in any material carrier of information\./s,
    );
    expect(art244).toContain('The above information shall be provided in the sealed form with a cover letter');
    const row21 = rows.find((r) => r.row === '21')!;
    expect(row21.commentary.join(' ')).not.toContain('The above information');
  });

  it('holds the Law on Communications Art. 15, quoted under six rows with differing titles, once, recording the other quotations', () => {
    const art15 = provisions.find((p) => p.path.endsWith('kz-law-communications/en/15.md'))!;
    const variants = art15.data['variants'] as { part: string; title?: string }[];
    expect(variants.map((v) => v.part)).toEqual(['16', '18', '29', '30', '33'].map((a) => `quoted under Budapest Article ${a}`));
    expect(new Set([art15.data['title'], ...variants.map((v) => v.title).filter(Boolean)]).size).toBeGreaterThanOrEqual(3);
  });

  it('Article 13: keeps the profile’s long commentary apart from the quoted articles', () => {
    const row13 = rows.find((r) => r.row === '13')!;
    expect(row13.commentary.length).toBeGreaterThanOrEqual(15);
    expect(row13.commentary[0]).toMatch(/^When establishing responsibility for the crimes in the Penal Code/);
    const quoted = row13.quotes.flatMap((q) => q.paragraphs).join(' ');
    for (const c of row13.commentary) expect(quoted).not.toContain(c);
  });
});

describe('the Council of Europe profile: editorial grades', () => {
  it('refuses a mapping without a grade, and a grade for a provision the row does not quote', () => {
    const { profileGrades: grades, metadata } = editorialInputs(ROOT);
    const { ['kz-penal-code/205']: _graded, ...rest } = grades['2']!.targets!;
    expect(() => importProfile(SOURCE, convention, { ...grades, '2': { targets: rest } }, metadata)).toThrow(
      /missing or stray:\n {2}Article 2 → kz-penal-code\/205/,
    );
    const stray = {
      ...grades,
      '5': { targets: { ...grades['5']!.targets, 'kz-penal-code/205': { relation: 'related' as const, rationale: 'x' } } },
    };
    expect(() => importProfile(SOURCE, convention, stray, metadata)).toThrow(
      /Article 5: graded kz-penal-code\/205 is not quoted in this row/,
    );
  });

  it('writes a concordance row for every profile row, gaps included, attributing each mapping to the profile', () => {
    const rowFiles = profile.files.filter((f) => f.path.startsWith('content/concordance/budapest-kz/'));
    expect(rowFiles).toHaveLength(35);
    const gap = parseMarkdown('budapest-12.md', rowFiles.find((f) => f.path.endsWith('budapest-12.md'))!.content).data;
    expect(gap['targets']).toEqual([
      { to: null, relation: 'none', source: 'coe-kz-profile-2020', rationale: expect.stringMatching(/quotes no provision/) },
    ]);
    expect(gap['commentary']).toHaveLength(3);
  });
});
