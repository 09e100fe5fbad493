import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';
import { copyContent, edit } from '../helpers/content-copy.ts';

const script = join(ROOT, 'scripts', 'check-content.ts');
const run = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });

describe('npm run check:content', () => {
  it('passes on the real content', () => {
    // A copy of content/ alone: the committed content, whether or not a law pack was imported here.
    const result = run(copyContent());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Content check passed: /);
  });

  it('exits 1 and prints file and field for an unknown concordance target', () => {
    const dir = copyContent();
    edit(dir, 'content/concordance/budapest-kz/budapest-2.md', 'to: kz-penal-code/205', 'to: budapest/999');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/concordance/budapest-kz/budapest-2.md: targets[0].to: unknown provision "budapest/999"');
  });

  it('exits 1 and names the file for malformed YAML', () => {
    const dir = copyContent();
    edit(dir, 'content/instruments/budapest.yaml', 'kind: treaty', 'kind: [treaty');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/instruments/budapest.yaml: malformed YAML');
  });
});
