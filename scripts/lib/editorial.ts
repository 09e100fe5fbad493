/**
 * Editorial inputs of the importers (`scripts/import/*.yaml`): read with the project's one YAML
 * parser and validated by their own schemas in `src/schemas/`, failing with `file: field: message`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parseYamlText } from '../../src/lib/content/read.ts';
import { parseOrThrow } from '../../src/lib/content/validate.ts';
import { anchorAlignmentsSchema } from '../../src/schemas/anchor-alignment.ts';
import { correctionsSchema } from '../../src/schemas/correction.ts';
import { instrumentMetadataSchema } from '../../src/schemas/instrument-metadata.ts';
import { mappingGradesSchema } from '../../src/schemas/mapping-grades.ts';
import { translatedTitlesSchema } from '../../src/schemas/translated-titles.ts';

export function readEditorial<S extends z.ZodType>(root: string, name: string, schema: S): z.output<S> {
  const file = `scripts/import/${name}`;
  return parseOrThrow(schema, file, parseYamlText(file, readFileSync(join(root, file), 'utf8')));
}

/**
 * The same check, returning the file's own data: metadata is merged into instrument files as the
 * editors wrote it, so no schema default is written out as if someone had stated it.
 */
function readEditorialAsWritten<S extends z.ZodType>(root: string, name: string, schema: S): z.input<S> {
  const file = `scripts/import/${name}`;
  const data = parseYamlText(file, readFileSync(join(root, file), 'utf8'));
  parseOrThrow(schema, file, data);
  return data as z.input<S>;
}

/** Every editorial input the importers use. */
export function editorialInputs(root: string) {
  return {
    corrections: readEditorial(root, 'corrections.yaml', correctionsSchema),
    alignments: readEditorial(root, 'anchor-alignments.yaml', anchorAlignmentsSchema),
    metadata: readEditorialAsWritten(root, 'instruments.yaml', instrumentMetadataSchema),
    profileGrades: readEditorial(root, 'profile-grades.yaml', mappingGradesSchema),
    unEnglishTitles: readEditorial(root, 'un-english-titles.yaml', translatedTitlesSchema),
  };
}
