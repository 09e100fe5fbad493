/**
 * A course pack: the items a trainer picked (provisions, concordance rows, topics) in their order,
 * each with an optional note, and the languages to show. Kept in the browser (localStorage) and
 * shared as an address that rebuilds the same pack elsewhere.
 *
 * Whatever comes back from an address or from storage is data from outside: it is read field by
 * field, an item whose id is not of its kind's form is dropped, links are always built from the id
 * (never taken from the input), and malformed input gives an empty pack rather than an error.
 */
import { LANGUAGES } from '../i18n/languages.ts';
import { provisionPath, rowPath } from '../ids/index.ts';

export type PackItemKind = 'provision' | 'row' | 'topic';

export interface PackItem {
  kind: PackItemKind;
  /** Provision id (`budapest/2`), concordance row id (`budapest-kz/budapest-2`) or topic key. */
  ref: string;
  /** What the item was called when it was added (shown as text until its data loads). */
  label: string;
  note: string;
  /** In the compact print layout, whether the item starts a new printed page. */
  breakBefore?: boolean;
}

/** The form of each kind's id: lower-case keys joined by one slash at most, so an id can never name another site or folder. */
const REF_FORMS: Record<PackItemKind, RegExp> = {
  provision: /^[a-z0-9]+(?:-[a-z0-9]+)*\/[0-9a-z]+(?:-[0-9a-z]+)*$/,
  row: /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
  topic: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
};
const KINDS = Object.keys(REF_FORMS) as PackItemKind[];
/** Longest label and note kept, so a shared address cannot fill the page. */
const MAX_TEXT = 2000;
const MAX_ITEMS = 500;

/** The page of an item on this site, built from its id. */
export function itemPath(kind: PackItemKind, ref: string): string {
  if (kind === 'topic') return `/offences/${ref}/`;
  if (kind === 'row') return rowPath(ref);
  const [instrument = '', number = ''] = ref.split('/');
  return provisionPath({ instrument, number });
}

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : '');

/** One item read from outside data, or null when it is not a well-formed item. */
function readItem(kind: unknown, ref: unknown, label: unknown, note: unknown, breakBefore?: unknown): PackItem | null {
  if (typeof kind !== 'string' || !KINDS.includes(kind as PackItemKind)) return null;
  if (typeof ref !== 'string' || !REF_FORMS[kind as PackItemKind].test(ref)) return null;
  const item: PackItem = { kind: kind as PackItemKind, ref, label: text(label) || ref, note: text(note) };
  return breakBefore === true || breakBefore === 1 ? { ...item, breakBefore: true } : item;
}

/** How a pack prints: `compact` (items flow; a new page only where an item asks) or `pages` (one item per page). */
export type PackLayout = 'compact' | 'pages';
const readLayout = (value: unknown): PackLayout => (value === 'pages' ? 'pages' : 'compact');

function readLangs(value: unknown): string[] {
  if (!Array.isArray(value)) return [...LANGUAGES];
  return [...new Set(value.filter((l): l is string => typeof l === 'string' && (LANGUAGES as readonly string[]).includes(l)))];
}

/** Items without duplicates, at most MAX_ITEMS. */
function distinct(items: (PackItem | null)[]): PackItem[] {
  const seen = new Set<string>();
  return items
    .filter((i): i is PackItem => i !== null && !seen.has(`${i.kind} ${i.ref}`) && Boolean(seen.add(`${i.kind} ${i.ref}`)))
    .slice(0, MAX_ITEMS);
}

export interface Pack {
  items: PackItem[];
  langs: string[];
  layout: PackLayout;
}

export const STORAGE_KEY = 'concordance:course-pack';

export function emptyPack(): Pack {
  return { items: [], langs: [...LANGUAGES], layout: 'compact' };
}

export function has(pack: Pack, kind: PackItemKind, ref: string): boolean {
  return pack.items.some((i) => i.kind === kind && i.ref === ref);
}

export function add(pack: Pack, item: Omit<PackItem, 'note'>): Pack {
  const read = readItem(item.kind, item.ref, item.label, '');
  return !read || has(pack, item.kind, item.ref) ? pack : { ...pack, items: [...pack.items, read] };
}

export function remove(pack: Pack, index: number): Pack {
  return { ...pack, items: pack.items.filter((_, i) => i !== index) };
}

/** Moves the item at `index` by `by` places (−1 up, +1 down), staying within the list. */
export function move(pack: Pack, index: number, by: number): Pack {
  const to = Math.max(0, Math.min(pack.items.length - 1, index + by));
  const items = [...pack.items];
  const [item] = items.splice(index, 1);
  if (item) items.splice(to, 0, item);
  return { ...pack, items };
}

export function setBreak(pack: Pack, index: number, breakBefore: boolean): Pack {
  return {
    ...pack,
    items: pack.items.map((item, i) => {
      if (i !== index) return item;
      const { breakBefore: _, ...rest } = item;
      return breakBefore ? { ...rest, breakBefore: true } : rest;
    }),
  };
}

export function setNote(pack: Pack, index: number, note: string): Pack {
  return { ...pack, items: pack.items.map((item, i) => (i === index ? { ...item, note } : item)) };
}

/** The pack as a URL-safe string (base64url of its JSON), for the share address. */
export function encodePack(pack: Pack): string {
  const bytes = new TextEncoder().encode(
    JSON.stringify({
      v: 2,
      i: pack.items.map((x) => (x.breakBefore ? [x.kind, x.ref, x.label, x.note, 1] : [x.kind, x.ref, x.label, x.note])),
      l: pack.langs,
      ...(pack.layout === 'pages' ? { p: 'pages' } : {}),
    }),
  );
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Reads a shared pack; null when the string is not one. Version 1 addresses carried a link per
 * item: it is ignored, the link is rebuilt from the id.
 */
export function decodePack(encoded: string): Pack | null {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (typeof data !== 'object' || data === null || !('v' in data) || !('i' in data) || !Array.isArray(data.i)) return null;
    const version = data.v;
    if (version !== 1 && version !== 2) return null;
    const items = data.i.map((x: unknown) => {
      if (!Array.isArray(x)) return null;
      const [kind, ref, label] = x as unknown[];
      return version === 1 ? readItem(kind, ref, label, x[4]) : readItem(kind, ref, label, x[3], x[4]);
    });
    return {
      items: distinct(items),
      langs: readLangs('l' in data ? data.l : undefined),
      layout: readLayout('p' in data ? data.p : undefined),
    };
  } catch {
    return null;
  }
}

/** The pack kept in the browser; an empty one when nothing, or nothing readable, is kept. */
export function loadPack(storage: Pick<Storage, 'getItem'>): Pack {
  try {
    const stored: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return emptyPack();
    const items = 'items' in stored && Array.isArray(stored.items) ? stored.items : [];
    return {
      items: distinct(
        items.map((x: unknown) =>
          typeof x === 'object' && x !== null
            ? readItem((x as PackItem).kind, (x as PackItem).ref, (x as PackItem).label, (x as PackItem).note, (x as PackItem).breakBefore)
            : null,
        ),
      ),
      langs: readLangs('langs' in stored ? stored.langs : undefined),
      layout: readLayout('layout' in stored ? stored.layout : undefined),
    };
  } catch {
    return emptyPack();
  }
}

export function savePack(storage: Pick<Storage, 'setItem'>, pack: Pack): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(pack));
  } catch {
    // Storage full or refused (private browsing): the pack stays on the page and in its share address.
  }
}
