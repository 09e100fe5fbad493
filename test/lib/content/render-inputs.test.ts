import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderInputsDigest } from '../../../src/lib/content/render-inputs.ts';

/** A project with the fixture corpus and one remark plugin, in a fresh folder (the digest is kept per root). */
function project(plugin: string, extraProvision = false): string {
  const root = mkdtempSync(join(tmpdir(), 'render-inputs-'));
  cpSync(join(import.meta.dirname, '..', '..', 'fixtures', 'jurisdictions', 'content'), join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'src', 'remark'), { recursive: true });
  writeFileSync(join(root, 'src', 'remark', 'plugin.ts'), plugin);
  if (extraProvision) {
    const dir = join(root, 'content', 'provisions', 'ge-code', 'en');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '99.md'), '---\ninstrument: ge-code\nnumber: "99"\nlang: en\norder: 99\nsource:\n  file: synthetic-profile.en.txt\n---\n\nA new article.\n');
  }
  roots.push(root);
  return root;
}
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('the render inputs of the content cache', () => {
  it('are the same for the same plugins and corpus, and change when a plugin changes', () => {
    const a = renderInputsDigest(project('export default 1;'));
    expect(renderInputsDigest(project('export default 1;'))).toBe(a);
    expect(renderInputsDigest(project('export default 2;'))).not.toBe(a);
  });

  it('change when the corpus the citation linker resolves against changes', () => {
    const a = renderInputsDigest(project('export default 1;'));
    expect(renderInputsDigest(project('export default 1;', true))).not.toBe(a);
  });
});
