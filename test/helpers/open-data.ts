/** The provision exports as tests read them: the records as a list, the CSV as text. */
import { provisionRecords, provisionsCsvBytes } from '../../src/lib/api/open-data.ts';
import type { Corpus } from '../../src/lib/content/corpus.ts';

export const provisionsJson = (corpus: Corpus, instrument?: string) => [...provisionRecords(corpus, instrument)];
export const provisionsCsv = (corpus: Corpus, instrument?: string) => Buffer.from(provisionsCsvBytes(corpus, instrument)).toString('utf8');
