import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputsDigest, isUpToDate, recordBuild } from '../../scripts/lib/build-inputs.ts';
import { newBuildDir, publish } from '../../scripts/lib/publish.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A small project whose one instrument takes its official text from the pack `demo-law` (a copy of the fixture pack). */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'build-inputs-'));
  roots.push(root);
  mkdirSync(join(root, 'content', 'instruments'), { recursive: true });
  writeFileSync(join(root, 'content', 'instruments', 'code.yaml'), 'title: A code\nofficialText:\n  pack: demo-law\n  act: code\n');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'page.ts'), 'export default 1;\n');
  const pack = join(root, 'pack');
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'law-pack'), pack, { recursive: true });
  return { root, pack, env: { DEMO_LAW_PACK: pack } };
}

describe('the inputs of a build', () => {
  it('have one digest while nothing changes, and another when code, content, the pack, its location or the arguments change', () => {
    const { root, pack, env } = project();
    const first = buildInputsDigest(root, [], env);
    expect(buildInputsDigest(root, [], env)).toBe(first);
    const seen = new Set([first]);
    const changed = (digest: string) => {
      expect(seen.has(digest)).toBe(false);
      seen.add(digest);
    };
    changed(buildInputsDigest(root, ['--verbose'], env));
    changed(buildInputsDigest(root, [], { DEMO_LAW_PACK: 'none' }));
    appendFileSync(join(pack, 'manifest.json'), ' ');
    changed(buildInputsDigest(root, [], env));
    writeFileSync(join(root, 'src', 'page.ts'), 'export default 2;\n');
    changed(buildInputsDigest(root, [], env));
    appendFileSync(join(root, 'content', 'instruments', 'code.yaml'), 'shortTitle: Code\n');
    changed(buildInputsDigest(root, [], env));
  });

  it('make the published build up to date only when they are the ones recorded for it', () => {
    const { root, env } = project();
    const digest = buildInputsDigest(root, [], env);
    expect(isUpToDate(root, digest)).toBe(false);
    const build = newBuildDir(root);
    mkdirSync(build);
    writeFileSync(join(build, 'index.html'), 'the site');
    publish(root, build);
    recordBuild(root, build, digest);
    expect(isUpToDate(root, digest)).toBe(true);
    expect(isUpToDate(root, buildInputsDigest(root, ['--verbose'], env))).toBe(false);
    // A site that is not whole, or not the recorded build, is built again.
    rmSync(join(build, 'index.html'));
    expect(isUpToDate(root, digest)).toBe(false);
    const other = `${newBuildDir(root)}-other`;
    mkdirSync(other);
    writeFileSync(join(other, 'index.html'), 'another site');
    publish(root, other);
    expect(isUpToDate(root, digest)).toBe(false);
  });
});
