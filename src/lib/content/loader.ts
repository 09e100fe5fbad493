/**
 * The Astro content loader of every collection: it takes its entries from the one validated content
 * load (`load-content.ts`), so Astro, the content check and the scripts read and validate each file
 * once, with one YAML parser. Markdown bodies are rendered with the configured processor, given the
 * validated data as frontmatter (the citation linker reads instrument, number and language from it);
 * an entry whose data, body and render inputs (`render-inputs.ts`) are unchanged keeps its rendered
 * HTML from the previous build.
 */
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { forgetContent, loadValidContent } from './load-content.ts';
import type { CorpusInput } from './records.ts';
import { renderInputsDigest } from './render-inputs.ts';

type Renderer = {
  render(body: string, options: { frontmatter: Record<string, unknown> }): Promise<{ code: string; metadata: { headings?: MarkdownHeading[] } }>;
};

async function sync(collection: keyof CorpusInput, context: LoaderContext, root: string, renderer: () => Promise<Renderer>): Promise<void> {
  const entries = loadValidContent(root)[collection];
  const inputs = renderInputsDigest(root);
  const ids = new Set(entries.map((e) => e.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  for (const { id, data, body } of entries) {
    const digest = context.generateDigest({ data: data as Record<string, unknown>, body: body ?? '', inputs });
    if (context.store.get(id)?.digest === digest) continue;
    const rendered = body?.trim()
      ? await renderer()
          .then((r) => r.render(body, { frontmatter: data as Record<string, unknown> }))
          // Of the metadata only the headings are kept: its frontmatter is a second copy of the
          // entry's data, which the content store would otherwise hold (and bundle) twice.
          .then(({ code, metadata }) => ({ html: code, metadata: { headings: metadata.headings ?? [] } }))
      : undefined;
    context.store.set({ id, data: data as Record<string, unknown>, ...(body === undefined ? {} : { body }), digest, ...(rendered ? { rendered } : {}) });
  }
}

export function contentLoader(collection: keyof CorpusInput): Loader {
  return {
    name: `concordance-${collection}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      let renderer: Promise<Renderer> | undefined;
      const { markdown, image } = context.config;
      const createRenderer = () =>
        (renderer ??= (markdown.processor as unknown as { createRenderer(o: object): Promise<Renderer> }).createRenderer({
          image,
          syntaxHighlight: markdown.syntaxHighlight,
          shikiConfig: markdown.shikiConfig,
          gfm: markdown.gfm,
          smartypants: markdown.smartypants,
        }));
      await sync(collection, context, root, createRenderer);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(`${root}content/`)) return;
        forgetContent(root);
        void sync(collection, context, root, createRenderer);
      });
    },
  };
}
