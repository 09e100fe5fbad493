/**
 * Emits provision bodies as Markdown: labelled paragraphs as nested list items opened by their
 * anchor token (`- {#1-a} a the production…`), unlabelled ones as paragraphs (or continuations of
 * the item they follow). A sub-paragraph whose label is printed after its parent's ("2 a Each…")
 * gets a token in place (`2 {#2-a}a Each…`). Text is escaped so that Markdown reproduces it exactly.
 */
import type { Unit } from './paragraphs.ts';

/**
 * Markers an importer puts around the source's own bold emphasis inside a paragraph (never around
 * a heading); written out as Markdown strong emphasis, the only markup a provision body carries.
 */
export const STRONG = { open: '\uE000', close: '\uE001' } as const;

/** Escapes characters Markdown would read as syntax, so the rendered text equals the source. */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const inline = text.replace(/[\\`*_[\]<>&~|{}]/g, (ch) => `\\${ch}`).replace(new RegExp(`[${STRONG.open}${STRONG.close}]`, 'g'), '**');
  if (!atLineStart) return inline;
  return inline
    .replace(/^(#{1,6})(?=\s|$)/, (m) => m.replace(/#/g, '\\#'))
    .replace(/^([-+=])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A labelled paragraph's text, escaped, with a token `{#2-a}` before each label printed after its own. */
function withInlineAnchors(unit: Unit): string {
  const cuts = unit.inline ?? [];
  const pieces = [0, ...cuts.map((c) => c.at), unit.text.length]
    .slice(0, -1)
    .map((start, i, starts) => unit.text.slice(start, starts[i + 1] ?? unit.text.length));
  return pieces.map((piece, i) => `${i > 0 ? `{#${cuts[i - 1]!.anchor}}` : ''}${escapeMarkdown(piece, false)}`).join('');
}

/** The Markdown body for a list of paragraph units. */
export function unitsToMarkdown(units: Unit[]): string {
  const blocks: string[] = [];
  for (const unit of units) {
    if (unit.anchor) blocks.push(`${'  '.repeat(unit.depth - 1)}- {#${unit.anchor}} ${withInlineAnchors(unit)}`);
    else blocks.push(`${'  '.repeat(unit.depth)}${escapeMarkdown(unit.text)}`);
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}
