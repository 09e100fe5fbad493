/**
 * Browser-test setup: the production build served by `astro preview` on 127.0.0.1, for Debian's
 * Chromium driven by playwright-core. Fails early, with the fix, when Chromium or the build is missing.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package: sudo apt-get install -y chromium (or set CHROMIUM_PATH). Browsers are never downloaded.`,
    );
  if (!existsSync(join(ROOT, 'dist', 'index.html')))
    throw new Error('No production build in dist/. Run `npm run build` first (npm test does).');
  const port = await freePort();
  const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}
