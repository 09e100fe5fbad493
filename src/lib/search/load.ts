/** The search build, made once per site build from the corpus every page shares. */
import { loadCorpus } from '../content/load.ts';
import { buildSearch, type SearchBuild } from './build.ts';

let build: Promise<SearchBuild> | undefined;

export function loadSearch(): Promise<SearchBuild> {
  build ??= loadCorpus().then(buildSearch);
  return build;
}
