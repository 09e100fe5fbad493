/**
 * `node scripts/compare-builds.ts <first> <second>`: lists the files only one built site has and the
 * files whose bytes differ (exit status 1 when there is any difference).
 */
import { compareBuilds } from './lib/compare-builds.ts';

const [first, second] = process.argv.slice(2);
if (!first || !second) {
  console.error('usage: node scripts/compare-builds.ts <first build folder> <second build folder>');
  process.exit(2);
}
const { onlyInFirst, onlyInSecond, differing } = compareBuilds(first, second);
for (const [label, list] of [
  [`only in ${first}`, onlyInFirst],
  [`only in ${second}`, onlyInSecond],
  ['differing', differing],
] as const) {
  console.log(`${label}: ${list.length}`);
  for (const file of list.slice(0, 200)) console.log(`  ${file}`);
}
process.exit(onlyInFirst.length + onlyInSecond.length + differing.length ? 1 : 0);
