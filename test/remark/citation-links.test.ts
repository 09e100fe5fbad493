import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { citationOptions } from '../../src/lib/citations/holdings.ts';
import remarkCitationLinks from '../../src/remark/citation-links.ts';
import { ROOT } from '../helpers/corpus.ts';
import { parseMarkdown } from '../../src/lib/content/read.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'citation-links');
const options = citationOptions(ROOT, { official: false });

/** Runs the plugin as Astro does: the entry's frontmatter is on the file's data. */
async function toHtml(source: string): Promise<string> {
  const { data, body: content } = parseMarkdown('input.md', source);
  const file = new VFile({ value: content, data: { astro: { frontmatter: data } } });
  const out = await unified().use(remarkParse).use(remarkCitationLinks, options).use(remarkRehype).use(rehypeStringify).process(file);
  return `${String(out).trim()}\n`;
}

describe('remarkCitationLinks fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, async () => {
      const actual = await toHtml(readFileSync(join(fixtures, name, 'input.md'), 'utf8'));
      if (process.env['UPDATE_FIXTURES']) writeFileSync(join(fixtures, name, 'output.html'), actual);
      expect(actual).toBe(readFileSync(join(fixtures, name, 'output.html'), 'utf8'));
    });
  }

  it('never nests a link inside a link', async () => {
    const html = await toHtml(readFileSync(join(fixtures, 'inside-link', 'input.md'), 'utf8'));
    expect(html).not.toMatch(/<a [^>]*>[^<]*<a /);
  });
});
