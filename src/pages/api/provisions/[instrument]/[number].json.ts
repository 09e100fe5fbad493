/**
 * `/api/provisions/<instrument>/<number>.json`: one provision, as in /api/provisions.json (the
 * compare view loads these); `<number>@<date>.json` for an earlier dated version.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { provisionDetailJson } from '../../../../lib/api/open-data.ts';
import { loadCorpus } from '../../../../lib/content/load.ts';
import { versionDates } from '../../../../lib/content/versions.ts';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return [...corpus.provisions.values()].flatMap((p) => [
    { params: { instrument: p.instrument.key, number: p.number }, props: { id: p.id, date: undefined } },
    ...versionDates(p)
      .slice(1)
      .map((date) => ({ params: { instrument: p.instrument.key, number: `${p.number}@${date}` }, props: { id: p.id, date } })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const corpus = await loadCorpus();
  return Response.json(provisionDetailJson(corpus, corpus.provisions.get(String(props['id']))!, props['date'] as string | undefined));
};
