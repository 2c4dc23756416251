/**
 * Builds the benchmark's panel page (index.html → main.ts → the shipped panel's main.tsx) with
 * Vite into a temporary folder, as a production build like WXT's, and serves it from 127.0.0.1.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface PanelPage {
  /** http://127.0.0.1:PORT/index.html */
  url: string;
  close(): Promise<void>;
}

/** `minify: false` keeps function names readable in CPU profiles. */
export async function buildPanelPage(
  outDir: string,
  { minify = true, root = ROOT } = {},
): Promise<void> {
  await build({
    configFile: false,
    root,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, minify },
  });
}

export async function servePanelPage(
  options: { minify?: boolean; root?: string } = {},
): Promise<PanelPage> {
  const dir = await mkdtemp(join(tmpdir(), 'status-lens-panel-bench-'));
  await buildPanelPage(dir, options);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
