/** `/api/provisions/<instrument>/<number>.json`: one provision, as in /api/provisions.json (the compare view loads these). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { provisionJson } from '../../../../lib/api/open-data.ts';
import { loadCorpus } from '../../../../lib/content/load.ts';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return [...corpus.provisions.values()].map((p) => ({ params: { instrument: p.instrument.key, number: p.number }, props: { id: p.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const corpus = await loadCorpus();
  return Response.json(provisionJson(corpus.provisions.get(String(props['id']))!));
};
