/**
 * What a rendered Markdown body depends on besides its own text and data: the code of the Markdown
 * pipeline (the remark and rehype plugins and the libraries they use), the installed packages, and
 * what the citation linker is given (every provision's holdings and previews). Its digest is part
 * of every entry's cache key, so the content layer's cache is kept between builds and an entry is
 * rendered again exactly when its body, its data or one of these changes.
 */
import { createHash } from 'node:crypto';
import { citationOptions } from '../citations/holdings.ts';
import { hashFiles } from './files-digest.ts';

/** Code the Markdown pipeline can reach, relative to the project root (folders walked, files read). */
const PIPELINE = ['astro.config.mjs', 'package-lock.json', 'src/remark', 'src/rehype', 'src/lib', 'src/schemas'];

const digests = new Map<string, string>();

/** The digest of the render inputs of a project, computed once per process. */
export function renderInputsDigest(root: string): string {
  let digest = digests.get(root);
  if (!digest) {
    const hash = hashFiles(createHash('sha256'), root, PIPELINE);
    // The options hold Maps and Sets, which JSON would write as {}: they are written as their entries.
    hash.update(JSON.stringify(citationOptions(root), (_key, value: unknown) => (value instanceof Map || value instanceof Set ? [...value] : value)));
    digest = hash.digest('hex');
    digests.set(root, digest);
  }
  return digest;
}
