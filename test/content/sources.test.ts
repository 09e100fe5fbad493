import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/corpus.ts';

const SOURCES = join(ROOT, 'content', 'sources');

/** SHA-256 of the seed documents as received: the copies must stay byte for byte identical. */
const EXPECTED_SHA256: Record<string, string> = {
  'kz-2016-csto-protocol-ratification-law.en.txt': '45bc8f038dbf6c7c5047df6a7fd085678c4ed56780fdc7aadc8ceed941737eeb',
  'cis-2001-agreement.en.md': 'b2a43c106c576eb711cc1c25b4c7c258ea4ec38e816aef04b46d92ee23ff2796',
  'coe-kz-cybercrime-profile-2020-05-01.en.txt': '6857c7bf6c9a9a3acfcecb64573fdb5d98e0fc6b49a70f6d7fa192fcd331b948',
  'kz-2025-un-convention-signature-decree.ru-kk.txt': '9933ed6b359d29879e76de9a5858b9efa61e1cbc236a0a99514c8b75a162a7df',
  'lv-2006-budapest-ratification-law.lv-en.txt': 'bdb3b214a6ae489d35ca3ef1618bf82e2d128119f944a163160cc6a5ca4c492e',
};

describe('content/sources', () => {
  const documents = readdirSync(SOURCES).filter((f) => f !== 'README.md' && f !== 'sources.yaml').sort();

  it('holds exactly the five source documents, unaltered', () => {
    expect(documents).toEqual(Object.keys(EXPECTED_SHA256).sort());
    for (const file of documents) expect(createHash('sha256').update(readFileSync(join(SOURCES, file))).digest('hex'), file).toBe(EXPECTED_SHA256[file]);
  });

  it('describes every document in README.md and sources.yaml', () => {
    const readme = readFileSync(join(SOURCES, 'README.md'), 'utf8');
    const registry = parse(readFileSync(join(SOURCES, 'sources.yaml'), 'utf8')) as { file: string }[];
    for (const file of documents) expect(readme, file).toContain(`\`${file}\``);
    expect(registry.map((s) => s.file).sort()).toEqual(documents);
  });
});
