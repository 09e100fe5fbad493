/**
 * `npm run check:content`: validates every file under content/ against its schema and checks every
 * id and cross-reference. Prints each problem as `file: field: message` and exits 1 if any.
 */
import { join } from 'node:path';
import { readContentTree } from '../src/lib/content/read.ts';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';

const root = process.argv[2] ?? join(import.meta.dirname, '..');
try {
  const tree = readContentTree(root);
  const problems = validateContent(root, tree);
  if (problems.length > 0) {
    console.error(`Content check failed: ${problems.length} problem(s)\n${formatProblems(problems)}`);
    process.exit(1);
  }
  const count = (n: number, what: string) => `${n} ${what}`;
  console.log(
    `Content check passed: ${[
      count(tree.instruments.length, 'instruments'),
      count(tree.provisions.length, 'provision versions'),
      count(tree.concordance.length, 'concordance rows'),
      count(tree.topics.length, 'topics'),
      count(tree.sources.length, 'sources'),
    ].join(', ')}.`,
  );
} catch (error) {
  console.error(`Content check failed: ${(error as Error).message}`);
  process.exit(1);
}
