/**
 * A course pack: the items a trainer picked (provisions, concordance rows, topics) in their order,
 * each with an optional note, and the languages to show. Kept in the browser (localStorage) and
 * shared as an address that rebuilds the same pack elsewhere.
 */
import { LANGUAGES } from '../i18n/languages.ts';

export type PackItemKind = 'provision' | 'row' | 'topic';

export interface PackItem {
  kind: PackItemKind;
  /** Provision id (`budapest/2`), concordance row id (`budapest-kz/budapest-2`) or topic key. */
  ref: string;
  label: string;
  url: string;
  note: string;
}

export interface Pack {
  items: PackItem[];
  langs: string[];
}

export const STORAGE_KEY = 'concordance:course-pack';

export function emptyPack(): Pack {
  return { items: [], langs: [...LANGUAGES] };
}

export function has(pack: Pack, kind: PackItemKind, ref: string): boolean {
  return pack.items.some((i) => i.kind === kind && i.ref === ref);
}

export function add(pack: Pack, item: Omit<PackItem, 'note'>): Pack {
  return has(pack, item.kind, item.ref) ? pack : { ...pack, items: [...pack.items, { ...item, note: '' }] };
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

export function setNote(pack: Pack, index: number, note: string): Pack {
  return { ...pack, items: pack.items.map((item, i) => (i === index ? { ...item, note } : item)) };
}

/** The pack as a URL-safe string (base64url of its JSON), for the share address. */
export function encodePack(pack: Pack): string {
  const bytes = new TextEncoder().encode(
    JSON.stringify({ v: 1, i: pack.items.map((x) => [x.kind, x.ref, x.label, x.url, x.note]), l: pack.langs }),
  );
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a shared pack; null when the string is not one. */
export function decodePack(encoded: string): Pack | null {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const data = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as {
      v: number;
      i: [PackItemKind, string, string, string, string][];
      l: string[];
    };
    if (data.v !== 1 || !Array.isArray(data.i)) return null;
    return {
      items: data.i
        .filter((x) => ['provision', 'row', 'topic'].includes(x[0]))
        .map(([kind, ref, label, url, note]) => ({ kind, ref, label, url, note: note ?? '' })),
      langs: (data.l ?? LANGUAGES).filter((l) => (LANGUAGES as readonly string[]).includes(l)),
    };
  } catch {
    return null;
  }
}

export function loadPack(storage: Pick<Storage, 'getItem'>): Pack {
  try {
    const stored = storage.getItem(STORAGE_KEY);
    return stored ? { ...emptyPack(), ...(JSON.parse(stored) as Pack) } : emptyPack();
  } catch {
    return emptyPack();
  }
}

export function savePack(storage: Pick<Storage, 'setItem'>, pack: Pack): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(pack));
}
