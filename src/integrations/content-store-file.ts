/**
 * Astro integration: in a production build, the pages being prerendered read the content store from
 * the file the content layer wrote (`<cacheDir>/data-store.json`) instead of from a bundled module.
 * Astro bundles the store as one module, `export default JSON.parse("…")`, whose string literal is
 * the whole store: at 100× the corpus it is over 100 MB, which the bundler then carries and V8 takes
 * over a minute to compile and keeps whole (npm run bench:build). Reading the file gives the same
 * value (the same JSON, parsed by the same runtime into the same store) for a fraction of that.
 * Only prerendering reads it — the site is static — and only on the machine that just wrote it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module Astro generates for the content store (a virtual module id, resolved). */
const STORE_MODULE = '\0astro:data-layer-content';

/** A Vite plugin that gives the store module as code reading `file`, when that file exists. */
function storeFromFile(file: string): Plugin {
  return {
    name: 'content-store-file',
    enforce: 'pre',
    load(id) {
      if (id !== STORE_MODULE || !existsSync(file)) return null;
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
        map: { mappings: '' },
      };
    },
  };
}

export default function contentStoreFile(): AstroIntegration {
  let file = '';
  return {
    name: 'content-store-file',
    hooks: {
      'astro:config:setup': ({ config }) => {
        file = fileURLToPath(new URL('data-store.json', config.cacheDir));
      },
      // First of all plugins, so that Astro's own never reads the store into one string (its
      // loader would, and the bundler would copy that string before any later plugin could drop it).
      'astro:build:setup': ({ vite }) => {
        (vite.plugins ??= []).unshift(storeFromFile(file));
      },
    },
  };
}
