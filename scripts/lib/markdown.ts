/**
 * Emits provision bodies as Markdown: labelled paragraphs as nested list items opened by their
 * anchor token (`- {#1-a} a the production…`), unlabelled ones as paragraphs (or continuations of
 * the item they follow). Text is escaped so that Markdown reproduces it exactly.
 */
import type { Unit } from './paragraphs.ts';

/** Escapes characters Markdown would read as syntax, so the rendered text equals the source. */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const inline = text.replace(/[\\`*_[\]<>&~|{}]/g, (ch) => `\\${ch}`);
  if (!atLineStart) return inline;
  return inline
    .replace(/^(#{1,6})(?=\s|$)/, (m) => m.replace(/#/g, '\\#'))
    .replace(/^([-+=])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** The Markdown body for a list of paragraph units. */
export function unitsToMarkdown(units: Unit[]): string {
  const blocks: string[] = [];
  for (const unit of units) {
    if (unit.anchor) blocks.push(`${'  '.repeat(unit.depth - 1)}- {#${unit.anchor}} ${escapeMarkdown(unit.text, false)}`);
    else blocks.push(`${'  '.repeat(unit.depth)}${escapeMarkdown(unit.text)}`);
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}
