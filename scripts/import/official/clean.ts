/**
 * Cleaning steps for the pack's Markdown, each idempotent: what the compilation adds around the law
 * (the link back to the whole version, YAML front matter) is removed, and Markdown escapes of list
 * markers are read through. The words of the law are never changed.
 */

/** Removes the compilation's header: YAML front matter, or the `↑ [...](../rus.md)` link line. */
export function dropHeader(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^↑ \[[^\]]*\]\([^)]*\)\s*\n/, '');
}

/** Reads escaped punctuation as itself (`1\.` → `1.`, `1\)` → `1)`). */
export function unescapeMarkdown(line: string): string {
  return line.replace(/\\([\\.()\-*_[\]#+!>])/g, '$1');
}

/** A heading line's level and text, or null. */
export function heading(line: string): { level: number; text: string } | null {
  const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line.trim());
  return m ? { level: m[1]!.length, text: m[2]! } : null;
}

/** The article number an anchor line declares (`<a id="st121-1"></a>` → `121-1`), or null. */
export function anchorNumber(line: string): string | null {
  return /^<a id="st(\d+(?:-\d+)*)"><\/a>$/.exec(line.trim())?.[1] ?? null;
}
