/**
 * A course pack rebuilt from a shared address or from storage is outside data: random and hostile
 * input never throws, never yields an item whose id is not of its kind's form, and every link is
 * built from the id — never one that leaves the site.
 */
import { describe, expect, it } from 'vitest';
import { decodePack, encodePack, itemPath, loadPack, STORAGE_KEY, type Pack } from '../../src/lib/course-pack/pack.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';

/** A small deterministic generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const HOSTILE_REFS = [
  'https://evil.example/x',
  '//evil.example',
  '../../etc/passwd',
  'budapest/2/../../x',
  'javascript:alert(1)',
  'budapest/2#"><script>alert(1)</script>',
  '',
  'BUDAPEST/2',
  'a'.repeat(10_000),
];
const HOSTILE_VALUES: unknown[] = [null, 1, true, {}, [], 'x', { toString: 1 }, ['provision'], [1, 2, 3, 4, 5]];

function randomValue(next: () => number, depth = 0): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const roll = next();
  if (depth > 3 || roll < 0.3)
    return pick([...HOSTILE_REFS, ...HOSTILE_VALUES, 'provision', 'row', 'topic', 'budapest/2', 'un-kz/un-7', 'grooming']);
  if (roll < 0.65) return Array.from({ length: Math.floor(next() * 6) }, () => randomValue(next, depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(next() * 4) }, () => [
      pick(['v', 'i', 'l', 'items', 'langs', 'kind', 'ref', 'label', 'url', 'note']),
      randomValue(next, depth + 1),
    ]),
  );
}

const b64 = (text: string) => {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

function expectSafe(pack: Pack | null) {
  if (pack === null) return;
  for (const item of pack.items) {
    expect(['provision', 'row', 'topic']).toContain(item.kind);
    const path = itemPath(item.kind, item.ref);
    expect(path.startsWith('/')).toBe(true);
    expect(path.startsWith('//')).toBe(false);
    expect(new URL(path, 'https://site.example').origin).toBe('https://site.example');
    expect(path).not.toMatch(/\.\.|[<>"]/);
    expect(item.note.length).toBeLessThanOrEqual(2000);
    expect(Object.keys(item).sort()).toEqual(['kind', 'label', 'note', 'ref']);
  }
  for (const lang of pack.langs) expect(LANGUAGES).toContain(lang);
}

describe('course pack from outside data', () => {
  it('never throws and never yields an unsafe item, for 3000 random shared addresses and stored values', () => {
    const next = random(20261124);
    for (let n = 0; n < 3000; n++) {
      const value = randomValue(next);
      const json = JSON.stringify(value) ?? 'null';
      expect(() => expectSafe(decodePack(b64(json)))).not.toThrow();
      expect(() => expectSafe(decodePack(b64(JSON.stringify({ v: 2, i: [value], l: value }))))).not.toThrow();
      expect(() => expectSafe(loadPack({ getItem: () => json }))).not.toThrow();
      expect(() => expectSafe(loadPack({ getItem: () => JSON.stringify({ items: [value], langs: value }) }))).not.toThrow();
    }
  });

  it('ignores the link a version 1 address carries, and keeps the well-formed items of a mixed address', () => {
    const address = b64(
      JSON.stringify({
        v: 1,
        i: [
          ['provision', 'budapest/2', 'Budapest Convention, Article 2', 'https://evil.example/', 'note'],
          ['provision', 'https://evil.example/', 'x', '/x/', ''],
          ['topic', 'grooming', 'Topic: Grooming', 'javascript:alert(1)', ''],
        ],
        l: ['en', 'xx'],
      }),
    );
    const pack = decodePack(address)!;
    expect(pack.items.map((i) => [i.kind, i.ref, itemPath(i.kind, i.ref)])).toEqual([
      ['provision', 'budapest/2', '/budapest/2/'],
      ['topic', 'grooming', '/offences/grooming/'],
    ]);
    expect(pack.langs).toEqual(['en']);
    expect(decodePack(encodePack(pack))).toEqual(pack);
  });

  it('survives malformed base64, invalid UTF-8 and storage that throws', () => {
    for (const bad of ['%%%', '////', 'gA', '_-_-', '']) expect(() => decodePack(bad)).not.toThrow();
    expect(decodePack(btoa(String.fromCharCode(0xff, 0xfe, 0xfd)))).toBeNull();
    expect(loadPack({ getItem: () => '{"items": [' })).toEqual({ items: [], langs: [...LANGUAGES], layout: 'compact' });
    expect(
      loadPack({
        getItem: (key: string) => {
          throw new Error(`denied ${key === STORAGE_KEY}`);
        },
      }).items,
    ).toEqual([]);
  });
});
