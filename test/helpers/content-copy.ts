/**
 * The real content tree in memory, for tests that break it on purpose: the files are read once, and
 * each test changes the text of one file before parsing and validating, without touching the disk.
 * `copyContent` writes a throw-away copy for the few tests that must run a script on a folder.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseContentTree, readContentFiles, type RawFile } from '../../src/lib/content/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ROOT } from './corpus.ts';

let files: RawFile[] | undefined;

/** The real files of content/, read once per test file. */
export function realFiles(): RawFile[] {
  return (files ??= readContentFiles(ROOT, { official: false }));
}

/** Replaces `from` with `to` in one text; fails loudly if `from` is not there. */
function replaced(file: string, text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
  return next;
}

/** The real files with one file's text edited (or added, when `from` is null). */
export function filesWith(file: string, from: string | RegExp | null, to: string): RawFile[] {
  const all = realFiles();
  if (from === null) return [...all.filter((f) => f.file !== file), { file, text: to }];
  if (!all.some((f) => f.file === file)) throw new Error(`test setup: no file ${file}`);
  return all.map((f) => (f.file === file ? { file, text: replaced(file, f.text, from, to) } : f));
}

/** The problems the content check finds after one edit. */
export function problemsAfter(file: string, from: string | RegExp | null, to: string) {
  return validateContent(parseContentTree(filesWith(file, from, to))).problems;
}

export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'concordance-content-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in a file of a copy on disk; fails loudly if `from` is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  writeFileSync(path, replaced(file, readFileSync(path, 'utf8'), from, to));
}
