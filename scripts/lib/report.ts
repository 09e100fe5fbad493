/** What an importer found and did, for the summary `npm run import` prints and for tests. */

export interface Anomaly {
  source: string;
  line: number;
  /** What is odd, in a sentence. */
  message: string;
  /** How it was handled: `folded` (read through, harmless), `corrected` (corrections.yaml), `kept` (kept as the source gives it). */
  handling: 'folded' | 'corrected' | 'kept';
}

export interface Exclusion {
  source: string;
  /** First and last line (1-based, inclusive). */
  lines: [number, number];
  reason: string;
}

export interface ImportReport {
  anomalies: Anomaly[];
  exclusions: Exclusion[];
}

export function emptyReport(): ImportReport {
  return { anomalies: [], exclusions: [] };
}

/**
 * Checks that `numbers` are exactly 1..count in order. Throws naming what is missing, duplicated
 * or out of order, so no article is ever lost or misnumbered silently.
 */
export function assertSequence(what: string, numbers: string[], count: number): void {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  numbers.forEach((n) => seen.set(n, (seen.get(n) ?? 0) + 1));
  for (let i = 1; i <= count; i++) if (!seen.has(String(i))) problems.push(`Article ${i} is missing`);
  for (const [n, times] of seen) if (times > 1) problems.push(`Article ${n} appears ${times} times`);
  for (const n of seen.keys()) if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > count) problems.push(`unexpected Article ${n}`);
  numbers.forEach((n, i) => {
    if (i > 0 && Number(n) !== Number(numbers[i - 1]) + 1 && problems.length === 0)
      problems.push(`Article ${n} follows Article ${numbers[i - 1]}`);
  });
  if (problems.length) throw new Error(`${what}: expected Articles 1–${count} in order; ${problems.join('; ')}`);
}
