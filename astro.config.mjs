// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import contentStoreFile from './src/integrations/content-store-file.ts';
import { fileURLToPath } from 'node:url';
import { citationOptions } from './src/lib/citations/holdings.ts';
import remarkCitationLinks from './src/remark/citation-links.ts';
import remarkParagraphAnchors from './src/remark/paragraph-anchors.ts';
import rehypeSanitize from 'rehype-sanitize';
import { SANITIZE_SCHEMA } from './src/rehype/sanitize-schema.ts';

export default defineConfig({
  // scripts/build.ts builds into a staging folder and swaps it in only when the build succeeds.
  outDir: process.env['CONCORDANCE_OUT_DIR'] ?? './dist',
  // The content layer's cache lives with the project (not in node_modules, which a copy may share).
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // Pages are written four at a time: a page waits mostly on writing files, and two cores stay busy.
  build: { format: 'directory', concurrency: 4 },
  integrations: [contentCheck(), contentStoreFile()],
  // A Content-Security-Policy on every page: scripts and styles only from this site or by the hashes
  // Astro computes for its own, never 'unsafe-inline'; nothing may be framed, posted or fetched elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
      ],
    },
  },
  markdown: {
    // Astro 7 renders Markdown with Sätteri by default, which runs no remark plugins.
    processor: unified({
      // Anchors first (the citation linker reads text without the anchor tokens). The citation
      // linker is given what the corpus holds when the config loads: restart `npm run dev` after adding provisions.
      remarkPlugins: [remarkParagraphAnchors, [remarkCitationLinks, citationOptions(fileURLToPath(new URL('.', import.meta.url)))]],
      // Content is data, never markup: whatever reaches the renderer leaves it as legal text only.
      rehypePlugins: [[rehypeSanitize, SANITIZE_SCHEMA]],
      // Legal text is reproduced verbatim: no typographic quote or dash substitution.
      smartypants: false,
    }),
  },
  server: { host: '127.0.0.1', port: 4321 },
});
