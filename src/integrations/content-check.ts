/**
 * Astro integration: before a production build writes anything, check the whole content tree
 * (schemas and cross-references) and stop with every problem listed by file and field. Once the
 * content layer holds the entries, the validated read is let go: pages read the content layer, and
 * a corpus a hundred times larger must not be held twice while they are built.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetContent, loadValidContent } from '../lib/content/load-content.ts';

export default function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') loadValidContent(root);
      },
      'astro:build:start': () => forgetContent(root),
    },
  };
}
