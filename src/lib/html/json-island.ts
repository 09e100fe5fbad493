/**
 * JSON for a `<script type="application/json">` island: `<` is escaped so no value (a source's
 * `citeAs`, a title) can close the script element, and the two line separators JavaScript once
 * rejected in strings are escaped too. `JSON.parse` reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
