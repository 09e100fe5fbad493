/**
 * Synthetic corpora for the build benchmark, generated from the real content into a temporary
 * folder (never committed): a copy of the project whose instruments and provisions are repeated
 * `scale` times (copy n of instrument `cis` is `cis-x<n>`, its provisions likewise), and a plain
 * Astro project that renders the same provision Markdown one page each, as the baseline.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const PROJECT_PARTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** A copy of the project in `dir` with every instrument and its provisions repeated `scale` times. */
export function syntheticProject(root: string, dir: string, scale: number): void {
  mkdirSync(dir, { recursive: true });
  for (const part of PROJECT_PARTS) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const instruments = join(dir, 'content', 'instruments');
  // A copy's citations resolve as the original's do; those the original cannot resolve are listed for the copy too.
  const unresolvedFile = join(dir, 'content', 'citations-unresolved.yaml');
  const unresolved = parse(readFileSync(unresolvedFile, 'utf8')) as { provision: string }[];
  const copies: unknown[] = [];
  const provisions = join(dir, 'content', 'provisions');
  for (const file of readdirSync(instruments).filter((f) => f.endsWith('.yaml'))) {
    const key = file.replace(/\.yaml$/, '');
    const yaml = readFileSync(join(instruments, file), 'utf8');
    for (let n = 2; n <= scale; n++) {
      const copy = `${key}-x${n}`;
      // A copy keeps the original's metadata but no official-text link (the benchmark builds without
      // the pack). The corpus grows as the knowledge base will — more domestic law and more acts —
      // so a copy of a treaty is filed as an act: it neither heads matrix rows nor adds a column.
      const copied = yaml
        .replace(/^officialText:\n(?: {2}.*\n)+/m, '')
        .replace(/^matrixRows: true\n/m, '')
        .replace(/^kind: treaty$/m, 'kind: act');
      writeFileSync(join(instruments, `${copy}.yaml`), copied);
      for (const entry of unresolved.filter((e) => e.provision.startsWith(`${key}/`)))
        copies.push({ ...entry, provision: entry.provision.replace(`${key}/`, `${copy}/`) });
      if (!statSync(join(provisions, key), { throwIfNoEntry: false })) continue;
      for (const path of files(join(provisions, key))) {
        const target = path.replace(join(provisions, key), join(provisions, copy));
        mkdirSync(join(target, '..'), { recursive: true });
        writeFileSync(target, readFileSync(path, 'utf8').replace(/^instrument: .*$/m, `instrument: ${copy}`));
      }
    }
  }
  if (copies.length) appendFileSync(unresolvedFile, stringify(copies));
}

/** A plain Astro project in `dir` rendering every provision Markdown file of `provisions` as a page. */
export function plainAstroProject(root: string, dir: string, provisions: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plain-astro-baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { provisions: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(provisions)} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('provisions')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{entry.id}</title></head><body><main><h1>{entry.id}</h1><Content /></main></body></html>\n`,
  );
}
