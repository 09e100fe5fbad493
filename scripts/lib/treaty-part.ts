/**
 * Segments one language version of a treaty into preamble, articles (with their place under
 * chapters, sections and titles) and final clauses, from its blocks and a set of heading patterns.
 */
import type { StructureLevelInput as StructureLevel } from '../../src/schemas/provision.ts';
import type { Block } from './lines.ts';

export interface HeadingPatterns {
  /** Each captures (number, title); the title may be empty. */
  chapter: RegExp;
  section?: RegExp;
  title?: RegExp;
  article: RegExp;
  /** The last block of the front matter (the place and date line, "Budapest, 23.XI.2001"). */
  dateline: RegExp;
  /** The block that opens the preamble, if it has a heading. */
  preamble?: RegExp;
  /** The first block of the final clauses ("In witness whereof…"). */
  final: RegExp;
  /**
   * Where a language marks titles with no keyword ("1. Noziedzīgi nodarījumi…"): called for the
   * last block before an article heading, with the article number; returns the title level if
   * that block is one.
   */
  untitledTitle?: (block: Block, articleNumber: string) => StructureLevel | null;
}

export interface ArticlePart {
  number: string;
  title: string | undefined;
  structure: StructureLevel[];
  heading: Block;
  blocks: Block[];
}

export interface TreatyPart {
  /** Blocks before the preamble (title, place and date). */
  front: Block[];
  preambleHeading: Block | undefined;
  preamble: Block[];
  articles: ArticlePart[];
  final: Block[];
}

export function segmentTreaty(blocks: Block[], patterns: HeadingPatterns): TreatyPart {
  const part: TreatyPart = { front: [], preambleHeading: undefined, preamble: [], articles: [], final: [] };
  let stage: 'front' | 'preamble' | 'articles' | 'final' = 'front';
  let structure: StructureLevel[] = [];
  const setLevel = (level: StructureLevel) => {
    const rank = ['chapter', 'section', 'title'];
    structure = [...structure.filter((s) => rank.indexOf(s.level) < rank.indexOf(level.level)), level];
  };
  const level = (kind: StructureLevel['level'], m: RegExpExecArray): StructureLevel =>
    m[2] ? { level: kind, number: m[1]!, title: m[2] } : { level: kind, number: m[1]! };
  for (const block of blocks) {
    const text = block.text;
    let m: RegExpExecArray | null;
    if (stage !== 'final' && patterns.final.test(text)) stage = 'final';
    if (stage === 'final') {
      part.final.push(block);
      continue;
    }
    if (stage === 'front') {
      part.front.push(block);
      if (patterns.dateline.test(text)) stage = 'preamble';
      continue;
    }
    if (stage === 'preamble' && part.preamble.length === 0 && !part.preambleHeading && patterns.preamble?.test(text)) {
      part.preambleHeading = block;
    } else if ((m = patterns.chapter.exec(text))) {
      stage = 'articles';
      structure = [level('chapter', m)];
    } else if (patterns.section && (m = patterns.section.exec(text))) {
      setLevel(level('section', m));
    } else if (patterns.title && (m = patterns.title.exec(text))) {
      setLevel(level('title', m));
    } else if ((m = patterns.article.exec(text))) {
      stage = 'articles';
      const previous = part.articles.at(-1);
      const last = previous?.blocks.at(-1);
      const untitled = last && patterns.untitledTitle?.(last, m[1]!);
      if (previous && untitled) {
        previous.blocks.pop();
        setLevel(untitled);
      }
      part.articles.push({ number: m[1]!, title: m[2] || undefined, structure: [...structure], heading: block, blocks: [] });
    } else if (stage === 'preamble') {
      part.preamble.push(block);
    } else {
      const current = part.articles.at(-1);
      if (!current) throw new Error(`text before the first article: "${text.slice(0, 60)}…" (line ${block.from})`);
      current.blocks.push(block);
    }
  }
  return part;
}
