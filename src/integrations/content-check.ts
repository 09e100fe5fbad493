/**
 * Astro integration: before a production build writes anything, check the whole content tree
 * (schemas and cross-references) and stop with every problem listed by file and field.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadValidContent } from '../lib/content/load-content.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'build') loadValidContent(fileURLToPath(config.root));
      },
    },
  };
}
