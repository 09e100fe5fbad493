import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkParagraphAnchors from '../../src/remark/paragraph-anchors.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'paragraph-anchors');

async function toHtml(markdown: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkParagraphAnchors).use(remarkRehype).use(rehypeStringify).process(markdown);
  return `${String(file).trim()}\n`;
}

describe('remarkParagraphAnchors fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, async () => {
      const input = readFileSync(join(fixtures, name, 'input.md'), 'utf8');
      const actual = await toHtml(input);
      // UPDATE_FIXTURES=1 writes the output for review; a normal run compares against it.
      if (process.env['UPDATE_FIXTURES']) writeFileSync(join(fixtures, name, 'output.html'), actual);
      expect(actual).toBe(readFileSync(join(fixtures, name, 'output.html'), 'utf8'));
    });
  }
});
