/**
 * Content is data, never markup: the content check refuses raw HTML and dangerous links, naming
 * file and line; the real Markdown processor (the one astro.config.mjs configures) strips whatever
 * might reach it; values placed in a JSON island cannot close their script element.
 */
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { jsonForScript } from '../../src/lib/html/json-island.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemsAfter } from '../helpers/content-copy.ts';
import { ROOT } from '../helpers/corpus.ts';

const PROVISION = 'content/provisions/budapest/en/2.md';
const ROW = 'content/concordance/budapest-kz/budapest-2.md';
const ATTACKS = [
  ['a script element', '<script>alert(1)</script>', /raw HTML "<script>/],
  ['an event handler', '<img src=x onerror="alert(1)">', /raw HTML "<img/],
  ['a javascript: link', '[see](javascript:alert(1))', /link to "javascript:alert\(1\)"/],
  ['a data: link', '[see](data:text/html,<script>alert(1)</script>)', /link to "data:text\/html/],
  ['a javascript: link in capitals', '[see](JaVaScRiPt:alert(1))', /link to "JaVaScRiPt:/],
  ['a javascript: autolink', '<javascript:alert(1)>', /link to "javascript:/],
] as const;

describe('the content check refuses markup in content', () => {
  for (const [name, attack, message] of ATTACKS)
    it(`refuses ${name} in a provision body, naming file and line`, () => {
      const problems = problemsAfter(PROVISION, /\n$/, `\n\n${attack}\n`);
      expect(problems).toContainEqual(
        expect.objectContaining({
          file: PROVISION,
          field: expect.stringMatching(/^body \(line \d+\)$/),
          message: expect.stringMatching(message),
        }),
      );
    });

  it('refuses raw HTML in a concordance row annotation', () => {
    expect(problemsAfter(ROW, /\n$/, '\n\n<iframe src="https://example.org"></iframe>\n')).toContainEqual(
      expect.objectContaining({ file: ROW, message: expect.stringMatching(/raw HTML "<iframe/) }),
    );
  });

  it('names the line of the file, counting the frontmatter', () => {
    const [problem] = problemsAfter(PROVISION, /\n$/, '\n\n<b>x</b>\n');
    const line = Number(/line (\d+)/.exec(problem!.field)![1]);
    const text = `${readFileSync(join(ROOT, PROVISION), 'utf8').replace(/\n$/, '')}\n\n<b>x</b>\n`;
    expect(text.split('\n')[line - 1]).toBe('<b>x</b>');
  });
});

describe('the real Markdown processor sanitises what it renders', () => {
  const render = async (markdown: string) => {
    const processor = config.markdown!.processor as unknown as {
      createRenderer(o: object): Promise<{ render(md: string, o?: object): Promise<{ code: string }> }>;
    };
    const renderer = await processor.createRenderer({ gfm: true, smartypants: false });
    return (await renderer.render(markdown, { frontmatter: {} })).code;
  };

  it('strips scripts, handlers, frames and dangerous links, and keeps paragraph anchors', async () => {
    const html = await render(
      [
        '- {#1} 1 Each Party <script>alert(1)</script>',
        '',
        '  <img src=x onerror="alert(1)">',
        '',
        '- {#2} 2 [see](javascript:alert(1)) <iframe src="https://example.org"></iframe>',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<img/i);
    expect(html).toContain('id="1"');
    expect(html).toContain('id="2"');
    expect(html).toContain('href="#1"');
  });
});

describe('JSON islands', () => {
  it('cannot be closed by a value, and read back unchanged', () => {
    const value = { citeAs: 'Profile </script><script>alert(1)</script> \u2028' };
    const island = jsonForScript(value);
    expect(island).not.toContain('</script');
    expect(JSON.parse(island)).toEqual(value);
  });
});
