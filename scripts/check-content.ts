/**
 * `npm run check:content`: validates every file under content/ against its schema and checks every
 * id and cross-reference. Prints each problem as `file: field: message` and exits 1 if any.
 */
import { join } from 'node:path';
import { loadContent } from '../src/lib/content/load-content.ts';
import { formatProblems } from '../src/lib/content/validate.ts';

const root = process.argv[2] ?? join(import.meta.dirname, '..');
try {
  const { problems, input, unchecked } = loadContent(root);
  if (problems.length > 0) {
    console.error(`Content check failed: ${problems.length} problem(s)\n${formatProblems(problems)}`);
    process.exit(1);
  }
  const counts = [
    `${input.instruments.length} instruments`,
    `${input.provisions.length} provision versions`,
    `${input.concordance.length} concordance rows`,
    `${input.topics.length} topics`,
    `${input.sources.length} sources`,
  ];
  console.log(`Content check passed: ${counts.join(', ')}.`);
  if (unchecked.length)
    console.log(
      `Not checked: ${unchecked.length} reference(s) into official texts that are not loaded (no law pack); a build with the pack checks them.`,
    );
} catch (error) {
  console.error(`Content check failed: ${(error as Error).message}`);
  process.exit(1);
}
