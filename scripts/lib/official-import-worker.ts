/** The official-law import in a worker thread (see scripts/build.ts): posts the reports back, or fails with the import's own error. */
import { parentPort, workerData } from 'node:worker_threads';
import { importOfficial } from '../import/official.ts';

parentPort!.postMessage(importOfficial(workerData as string));
