/** A source split into numbered, cleaned lines, and helpers to cut it into parts. */
import { cleanLine, normalizeLineEnds } from './clean.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  /** The line exactly as in the file. */
  raw: string;
  /** The line after the idempotent cleaning steps. */
  text: string;
}

export function sourceLines(text: string): SourceLine[] {
  return normalizeLineEnds(text)
    .split('\n')
    .map((raw, i) => ({ n: i + 1, raw, text: cleanLine(raw) }));
}

/** Non-empty cleaned lines from `from` to `to` (1-based, inclusive). */
export function textBetween(lines: SourceLine[], from: number, to: number): SourceLine[] {
  return lines.slice(from - 1, to).filter((l) => l.text !== '');
}

/** The first line at or after `from` whose cleaned text matches; throws naming the pattern when none does. */
export function findLine(lines: SourceLine[], pattern: RegExp, from = 1, what = String(pattern)): SourceLine {
  const found = lines.slice(from - 1).find((l) => pattern.test(l.text));
  if (!found) throw new Error(`could not find ${what} after line ${from}`);
  return found;
}

/** A block: consecutive non-empty lines, joined with a space (sources wrap some paragraphs and headings). */
export interface Block {
  from: number;
  to: number;
  text: string;
}

/** Blocks between two lines (1-based, inclusive); empty lines (after cleaning) separate blocks. */
export function blocksBetween(lines: SourceLine[], from: number, to: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of lines.slice(from - 1, to)) {
    if (line.text === '') {
      current = null;
      continue;
    }
    if (current) {
      current.text = `${current.text} ${line.text}`;
      current.to = line.n;
    } else {
      current = { from: line.n, to: line.n, text: line.text };
      blocks.push(current);
    }
  }
  return blocks;
}
