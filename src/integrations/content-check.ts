/**
 * Astro integration: before a production build writes anything, check the whole content tree
 * (schemas and cross-references) and stop with every problem listed by file and field.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentTree } from '../lib/content/read.ts';
import { formatProblems, validateContent } from '../lib/content/validate.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const problems = validateContent(root, readContentTree(root));
        if (problems.length > 0) throw new Error(`Content check failed (${problems.length} problem(s)):\n${formatProblems(problems)}`);
      },
    },
  };
}
