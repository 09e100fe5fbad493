import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImporters } from '../../../scripts/import/all.ts';
import { writeOutputs } from '../../../scripts/lib/write.ts';
import { ROOT } from '../../helpers/corpus.ts';

describe('npm run import is deterministic', () => {
  const first = runImporters(ROOT);
  const files = first.flatMap((r) => r.files);

  it('produces the same output on every run', () => {
    const second = runImporters(ROOT).flatMap((r) => r.files);
    expect(second).toEqual(files);
  });

  it('produces exactly the committed content (so running it changes nothing)', () => {
    const differing = files.filter((f) => readFileSync(join(ROOT, f.path), 'utf8') !== f.content).map((f) => f.path);
    expect(differing).toEqual([]);
  });

  it('writes nothing the second time into a fresh tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concordance-import-'));
    const owned = first.flatMap((r) => r.owned);
    const once = writeOutputs(dir, owned, files);
    expect(once.written).toHaveLength(files.length);
    const twice = writeOutputs(dir, owned, files);
    expect(twice).toEqual({ written: [], unchanged: files.length, deleted: [] });
  });
});
