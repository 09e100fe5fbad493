import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../../src/lib/content/read.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { ROOT } from '../../helpers/corpus.ts';
import { copyContent, edit } from '../../helpers/content-copy.ts';

const BUDAPEST_2 = 'content/provisions/budapest/en/2.md';
const ROW = 'content/concordance/budapest-kz/budapest-2.md';

function problemsAfter(file: string, from: string | RegExp, to: string) {
  const dir = copyContent();
  edit(dir, file, from, to);
  return validateContent(dir, readContentTree(dir));
}

describe('validateContent', () => {
  it('finds no problem in the real content', () => {
    expect(validateContent(ROOT, readContentTree(ROOT))).toEqual([]);
  });

  it('names file and field for a malformed frontmatter field', () => {
    expect(problemsAfter(BUDAPEST_2, /^lang: en$/m, 'lang: english')).toContainEqual(expect.objectContaining({ file: BUDAPEST_2, field: 'lang' }));
    expect(problemsAfter(BUDAPEST_2, /^number: "2"$/m, 'number: 2')).toContainEqual(expect.objectContaining({ file: BUDAPEST_2, field: 'number' }));
    expect(problemsAfter(BUDAPEST_2, /^ {2}lines: \[140, 142\]$/m, '  lines: [140]')).toContainEqual(expect.objectContaining({ file: BUDAPEST_2, field: 'source.lines' }));
  });

  it('names the file when frontmatter is not YAML at all', () => {
    const dir = copyContent();
    edit(dir, BUDAPEST_2, /^title: Illegal access$/m, 'title: [unclosed');
    expect(() => readContentTree(dir)).toThrow(/content\/provisions\/budapest\/en\/2\.md: malformed frontmatter/);
  });

  it('names file and field for an unknown instrument key', () => {
    const problems = problemsAfter(BUDAPEST_2, /^instrument: budapest$/m, 'instrument: budapset');
    expect(problems).toContainEqual({ file: BUDAPEST_2, field: 'instrument', message: 'unknown instrument "budapset"' });
  });

  it('names file and field for a concordance target that does not exist', () => {
    const problems = problemsAfter(ROW, 'to: kz-penal-code/205', 'to: kz-penal-code/2050');
    expect(problems).toEqual([{ file: ROW, field: 'targets[0].to', message: 'unknown provision "kz-penal-code/2050"' }]);
  });

  it('rejects a target paragraph that the provision does not have', () => {
    const problems = problemsAfter(ROW, 'to: kz-penal-code/205', 'to: kz-penal-code/205#9');
    expect(problems).toEqual([{ file: ROW, field: 'targets[0].to', message: 'provision "kz-penal-code/205" has no paragraph "#9"' }]);
  });

  it('rejects an unknown row origin, claim source, relation and topic', () => {
    expect(problemsAfter(ROW, 'from: budapest/2', 'from: budapest/99')).toContainEqual(expect.objectContaining({ file: ROW, field: 'from' }));
    expect(problemsAfter(ROW, 'source: coe-kz-profile-2020', 'source: coe-profile')).toContainEqual(expect.objectContaining({ file: ROW, field: 'targets[0].source' }));
    expect(problemsAfter(ROW, 'relation: partial', 'relation: similar')).toContainEqual(expect.objectContaining({ file: ROW, field: 'targets[0].relation' }));
    expect(problemsAfter(ROW, 'relation: partial', 'relation: none')).toContainEqual(expect.objectContaining({ file: ROW, field: 'targets[0].relation' }));
    expect(problemsAfter(BUDAPEST_2, 'topics: [illegal-access]', 'topics: [illegal-acess]')).toContainEqual(expect.objectContaining({ file: BUDAPEST_2, field: 'topics[0]' }));
  });

  it('rejects a provision filed under the wrong path and a duplicated paragraph anchor', () => {
    const dir = copyContent();
    writeFileSync(join(dir, 'content/provisions/budapest/en/3.md'), `${'---\n'}instrument: budapest\nnumber: "2"\nlang: en\norder: 2\nsource:\n  file: lv-2006-budapest-ratification-law.lv-en.txt\n---\n- {#1} a\n- {#1} b\n`);
    const problems = validateContent(dir, readContentTree(dir));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/provisions/budapest/en/3.md', field: 'instrument/lang/number' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/provisions/budapest/en/3.md', field: 'body', message: 'paragraph anchor "#1" appears twice' }));
  });

  it('rejects an instrument naming a source file that is not there', () => {
    const problems = problemsAfter('content/instruments/budapest.yaml', 'file: lv-2006-budapest-ratification-law.lv-en.txt', 'file: missing.txt');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/instruments/budapest.yaml', field: 'source[0].file' }));
  });
});
