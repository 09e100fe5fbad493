import { describe, expect, it } from 'vitest';
import { parseContentTree } from '../../../src/lib/content/read.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { filesWith, problemsAfter, realFiles } from '../../helpers/content-copy.ts';

const BUDAPEST_2 = 'content/provisions/budapest/en/2.md';
const ROW = 'content/concordance/budapest-kz/budapest-2.md';
const CROSSWALK = 'content/concordance/csto-cis.yaml';

describe('validateContent', () => {
  it('finds no problem in the real content, and passes every entry on', () => {
    const { problems, input } = validateContent(parseContentTree(realFiles()));
    expect(problems).toEqual([]);
    expect(input.provisions.length).toBe(realFiles().filter((f) => f.file.startsWith('content/provisions/')).length);
  });

  it('names file and field for a malformed frontmatter field', () => {
    expect(problemsAfter(BUDAPEST_2, /^lang: en$/m, 'lang: english')).toContainEqual(expect.objectContaining({ file: BUDAPEST_2, field: 'lang' }));
    expect(problemsAfter(BUDAPEST_2, /^number: "2"$/m, 'number: 2')).toContainEqual(expect.objectContaining({ file: BUDAPEST_2, field: 'number' }));
    expect(problemsAfter(BUDAPEST_2, /^ {2}lines: \[140, 142\]$/m, '  lines: [140]')).toContainEqual(
      expect.objectContaining({ file: BUDAPEST_2, field: 'source.lines' }),
    );
  });

  it('names the file when frontmatter is not YAML at all, or repeats a key', () => {
    expect(() => parseContentTree(filesWith(BUDAPEST_2, /^title: Illegal access$/m, 'title: [unclosed'))).toThrow(
      /content\/provisions\/budapest\/en\/2\.md: malformed frontmatter/,
    );
    expect(() => parseContentTree(filesWith(BUDAPEST_2, /^title: Illegal access$/m, 'title: Illegal access\ntitle: Again'))).toThrow(
      /content\/provisions\/budapest\/en\/2\.md: malformed frontmatter: .*[Uu]nique/,
    );
  });

  it('names file and field for an unknown instrument key', () => {
    const problems = problemsAfter(BUDAPEST_2, /^instrument: budapest$/m, 'instrument: budapset');
    expect(problems).toContainEqual({ file: BUDAPEST_2, field: 'instrument', message: 'unknown instrument "budapset"' });
  });

  it('names file and field for a concordance target that does not exist', () => {
    const problems = problemsAfter(ROW, 'to: kz-penal-code/205', 'to: budapest/2050');
    expect(problems).toEqual([{ file: ROW, field: 'targets[0].to', message: 'unknown provision "budapest/2050"' }]);
  });

  it('rejects a target paragraph that the provision does not have', () => {
    const problems = problemsAfter(ROW, 'to: kz-penal-code/205', 'to: budapest/2#9');
    expect(problems).toEqual([{ file: ROW, field: 'targets[0].to', message: 'provision "budapest/2" has no paragraph "#9"' }]);
  });

  it('accepts references into an official text that is not loaded, and lists them as not checked', () => {
    const tree = parseContentTree(filesWith(ROW, 'to: kz-penal-code/205', 'to: kz-penal-code/2050'));
    const { problems, unchecked } = validateContent(tree);
    expect(problems).toEqual([]);
    expect(unchecked).toContain(`${ROW} targets[0].to: kz-penal-code/2050`);
  });

  it('refuses one target twice in a row, and a gap beside a counterpart', () => {
    const twice = problemsAfter(CROSSWALK, /"4": \[\{ to: cis\/4,[^\n]*\]/, '"4": [{ to: cis/4, relation: equivalent, rationale: "a" }, { to: cis/4, relation: partial, rationale: "b" }]');
    expect(twice).toContainEqual(expect.objectContaining({ field: 'targets[1].to', message: expect.stringMatching(/listed twice/) }));
    const mixed = problemsAfter(CROSSWALK, /"4": \[\{ to: cis\/4,[^\n]*\]/, '"4": [{ to: cis/4, relation: equivalent, rationale: "a" }, { to: null, relation: not-assessed, rationale: "b" }]');
    expect(mixed).toContainEqual(expect.objectContaining({ field: 'targets[1].relation', message: expect.stringMatching(/only target/) }));
    const named = problemsAfter(CROSSWALK, /"4": \[\{ to: cis\/4, relation: equivalent/, '"4": [{ to: cis/4, relation: not-assessed');
    expect(named).toContainEqual(expect.objectContaining({ field: 'targets[0].relation', message: 'relation "not-assessed" cannot name a provision' }));
  });

  it('rejects an unknown row origin, claim source and relation, and an unknown topic tag', () => {
    expect(problemsAfter(ROW, 'from: budapest/2', 'from: budapest/99')).toContainEqual(expect.objectContaining({ file: ROW, field: 'from' }));
    expect(problemsAfter(ROW, 'source: coe-kz-profile-2020', 'source: coe-profile')).toContainEqual(
      expect.objectContaining({ file: ROW, field: 'targets[0].source' }),
    );
    expect(problemsAfter(ROW, 'relation: partial', 'relation: similar')).toContainEqual(expect.objectContaining({ file: ROW, field: 'targets[0].relation' }));
    expect(problemsAfter(ROW, 'relation: partial', 'relation: none')).toContainEqual(expect.objectContaining({ file: ROW, field: 'targets[0].relation' }));
    const topic = 'content/topics/illegal-access.yaml';
    expect(problemsAfter(topic, '- budapest/2\n', '- budapest/2000\n')).toContainEqual(
      expect.objectContaining({ file: topic, field: 'provisions[0]', message: 'unknown provision "budapest/2000"' }),
    );
  });

  it('rejects a provision filed under the wrong path and a duplicated paragraph anchor', () => {
    const wrong = 'content/provisions/budapest/en/3.md';
    const problems = problemsAfter(
      wrong,
      null,
      `---\ninstrument: budapest\nnumber: "2"\nlang: en\norder: 2\nsource:\n  file: lv-2006-budapest-ratification-law.lv-en.txt\n---\n- {#1} a\n- {#1} b\n`,
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: wrong, field: 'instrument/lang/number' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: wrong, field: 'body', message: 'paragraph anchor "#1" appears twice' }));
  });

  it('rejects an instrument naming a source file that is not there', () => {
    const file = 'content/instruments/budapest.yaml';
    const problems = problemsAfter(file, 'file: lv-2006-budapest-ratification-law.lv-en.txt', 'file: missing.txt');
    expect(problems).toContainEqual(expect.objectContaining({ file, field: 'source[0].file' }));
  });

  it('reads an editorial table kept as one YAML file, and fails when a complete table misses an article', () => {
    const { input } = validateContent(parseContentTree(realFiles()));
    expect(input.concordance.find((r) => r.id === 'csto-cis/csto-9')?.data.from).toBe('csto/9');
    expect(problemsAfter(CROSSWALK, /^ {2}"9":.*\n/m, '')).toEqual([
      { file: 'content/concordance/tables.yaml', field: 'csto-cis.complete', message: 'no row for csto Article(s) 9; map each article or mark it "none"' },
    ]);
    expect(problemsAfter(CROSSWALK, 'relation: equivalent', 'relation: same')).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/^content\/concordance\/csto-cis\.yaml: rows\["\d+"\]$/), field: 'targets[0].relation' }),
    );
  });
});
