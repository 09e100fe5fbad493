import { describe, expect, it } from 'vitest';
import {
  add,
  decodePack,
  emptyPack,
  encodePack,
  loadPack,
  move,
  remove,
  savePack,
  setNote,
  STORAGE_KEY,
} from '../../../src/lib/course-pack/pack.ts';
import { packMarkdown } from '../../../src/lib/course-pack/render.ts';
import { concordanceJson } from '../../../src/lib/api/open-data.ts';
import { realCorpus } from '../../helpers/corpus.ts';

const item = (ref: string) => ({ kind: 'provision' as const, ref, label: ref });

describe('course pack', () => {
  it('adds each item once, reorders within bounds and removes', () => {
    let pack = add(add(add(emptyPack(), item('budapest/2')), item('un/7')), item('budapest/2'));
    expect(pack.items.map((i) => i.ref)).toEqual(['budapest/2', 'un/7']);
    pack = add(pack, item('budapest/6'));
    pack = move(pack, 2, -1);
    expect(pack.items.map((i) => i.ref)).toEqual(['budapest/2', 'budapest/6', 'un/7']);
    expect(move(pack, 0, -1).items.map((i) => i.ref)).toEqual(['budapest/2', 'budapest/6', 'un/7']);
    expect(remove(pack, 1).items.map((i) => i.ref)).toEqual(['budapest/2', 'un/7']);
  });

  it('round-trips through the share address, notes in any script included', () => {
    const pack = setNote(
      add(add(emptyPack(), item('budapest/2')), item('un/7')),
      1,
      'Сравнить с ст. 7 — «незаконный доступ»; Заңсыз қол жеткізу',
    );
    const encoded = encodePack({ ...pack, langs: ['en', 'kk'] });
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePack(encoded)).toEqual({ ...pack, langs: ['en', 'kk'] });
    expect(decodePack('not-a-pack')).toBeNull();
  });

  it('persists in storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    savePack(storage, add(emptyPack(), item('cis/6')));
    expect(store.has(STORAGE_KEY)).toBe(true);
    expect(loadPack(storage).items[0]?.ref).toBe('cis/6');
  });

  it('exports Markdown with each text, its source and date, and the note', () => {
    const pack = setNote(add(emptyPack(), item('budapest/2')), 0, 'Discuss the harm threshold');
    const md = packMarkdown(
      pack,
      [
        {
          provision: {
            id: 'budapest/2',
            instrument: 'budapest',
            kind: 'treaty',
            jurisdiction: null,
            act: 'Convention on Cybercrime',
            citation: 'Budapest Convention, Art. 2',
            number: '2',
            type: 'article',
            url: '/budapest/2/',
            excerpt: false,
            dates: [],
            asOf: '2006-10-05',
            source: 'x.txt',
            versions: { en: { title: 'Illegal access', text: 'Each Party shall…', official: true } },
          },
        },
      ],
      'https://example.org',
      () => 'the Latvian ratification law',
    );
    expect(md).toContain('## 1. budapest/2');
    expect(md).toContain('> Note: Discuss the harm threshold');
    expect(md).toContain('### English: Illegal access');
    expect(md).toContain('Source: the Latvian ratification law; text current to 2006-10-05.');
  });

  it('names a concordance row’s provisions and its source as readers cite them, never by id', () => {
    const corpus = realCorpus();
    const rows = concordanceJson(corpus).filter((r) => r.table === 'budapest-kz' && r.from === 'budapest/2');
    const pack = add(emptyPack(), { kind: 'row', ref: 'budapest-kz/budapest-2', label: 'Budapest Convention → Kazakhstan: Article 2' });
    const md = packMarkdown(pack, [{ rows }], 'https://example.org', (key) => corpus.sources.get(key)?.citeAs ?? key);
    expect(md).toContain(
      '| Budapest Convention, Art. 2 | Penal Code (Kazakhstan), Art. 205 | Partial | the Council of Europe profile of 1 May 2020 |',
    );
    expect(md).not.toMatch(/\| budapest\/2 \||coe-kz-profile-2020/);
  });
});
