/**
 * Bad content fails the check naming file and field (or line): empty bodies, invalid UTF-8,
 * control characters, duplicated rows and mappings, impossible dates, oversized provisions, an
 * unknown instrument kind, broken or duplicate-key frontmatter.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../scripts/import/all.ts';
import { parseContentTree, readContentFiles } from '../../src/lib/content/read.ts';
import { MAX_BODY, validateContent } from '../../src/lib/content/validate.ts';
import { copyContent, filesWith, problemsAfter, realFiles } from '../helpers/content-copy.ts';

const PROVISION = 'content/provisions/budapest/en/2.md';
const INSTRUMENT = 'content/instruments/budapest.yaml';
const ROW = 'content/concordance/budapest-kz/budapest-2.md';

describe('the content check refuses bad content', () => {
  it('an empty body', () => {
    expect(problemsAfter(PROVISION, /\n---\n[\s\S]*$/, '\n---\n\n')).toContainEqual(
      expect.objectContaining({ file: PROVISION, field: 'body', message: expect.stringMatching(/no text/) }),
    );
  });

  it('a body over the size limit', () => {
    expect(problemsAfter(PROVISION, /\n$/, `\n\n${'x'.repeat(MAX_BODY)}\n`)).toContainEqual(
      expect.objectContaining({ file: PROVISION, field: 'body', message: expect.stringMatching(/over the limit/) }),
    );
  });

  it('a control character, naming the line', () => {
    expect(() => parseContentTree(filesWith(PROVISION, 'Each Party', 'Each\u0007 Party'))).toThrow(
      /content\/provisions\/budapest\/en\/2\.md: line \d+: control character U\+0007/,
    );
  });

  it('bytes that are not UTF-8', () => {
    const dir = copyContent();
    writeFileSync(join(dir, PROVISION), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]));
    expect(() => readContentFiles(dir, { official: false })).toThrow(/content\/provisions\/budapest\/en\/2\.md: not valid UTF-8/);
  });

  it('an impossible date', () => {
    const cis = 'content/instruments/cis.yaml';
    expect(problemsAfter(cis, /^adopted: .*$/m, 'adopted: 2001-02-30')).toContainEqual(
      expect.objectContaining({ file: cis, field: 'adopted', message: 'no such date in the calendar' }),
    );
  });

  it('an unknown instrument kind', () => {
    expect(problemsAfter(INSTRUMENT, /^kind: treaty$/m, 'kind: statute')).toContainEqual(
      expect.objectContaining({ file: INSTRUMENT, field: 'kind' }),
    );
  });

  it('a second row for one provision in one table', () => {
    const copy = 'content/concordance/budapest-kz/budapest-2-again.md';
    const files = filesWith(copy, null, realFiles().find((f) => f.file === ROW)!.text);
    expect(validateContent(parseContentTree(files)).problems).toContainEqual(
      expect.objectContaining({ file: copy, field: 'from', message: expect.stringMatching(/a second row/) }),
    );
  });

  it('a frontmatter key written twice, or frontmatter that is not YAML', () => {
    expect(() => parseContentTree(filesWith(PROVISION, /^lang: en$/m, 'lang: en\nlang: lv'))).toThrow(
      /content\/provisions\/budapest\/en\/2\.md: malformed frontmatter/,
    );
    expect(() => parseContentTree(filesWith(PROVISION, /^lang: en$/m, 'lang: [en'))).toThrow(
      /content\/provisions\/budapest\/en\/2\.md: malformed frontmatter/,
    );
  });
});

describe('imports never guess silently', () => {
  it('fail on a source that is not UTF-8, naming it', () => {
    const dir = copyContent();
    writeFileSync(join(dir, 'content', 'sources', 'cis-2001-agreement.en.md'), Buffer.from([0x41, 0xff, 0x42]));
    expect(() => readSource(dir, 'cis-2001-agreement.en.md')).toThrow(/content\/sources\/cis-2001-agreement\.en\.md: not valid UTF-8/);
  });
});
