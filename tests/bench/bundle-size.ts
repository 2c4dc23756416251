import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATA_CHUNK } from '../../wxt.config';

/** Files an extension page loads: its scripts (and what they import, at once or later), module
 * preloads and style sheets. */
export function pageAssets(extensionDir: string, page: string): string[] {
  const html = readFileSync(join(extensionDir, page), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const source = readFileSync(join(extensionDir, file), 'utf8');
    // Static imports, and dynamic ones (the popup loads its live code after the first paint).
    const imports =
      /from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"|import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g;
    for (const m of source.matchAll(imports)) visit(join('chunks', m[1] ?? m[2] ?? m[3] ?? ''));
  };
  for (const ref of refs) visit(ref);
  return [...seen];
}

export const gzipSize = (extensionDir: string, file: string) =>
  gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length;

/** The reference data's chunk, `chunks/reference-data-<hash of 8>.js`, and not the reference
 * page's own `chunks/reference-<hash>.js`. */
const DATA_FILE = new RegExp(`^chunks/${DATA_CHUNK}-[\\w-]{8}\\.js$`);
const isDataChunk = (file: string) => DATA_FILE.test(file);

/** The style sheets written into the page itself (the popup's: modules/prerender-popup.ts). */
export function inlineStyles(extensionDir: string, page: string): string {
  const html = readFileSync(join(extensionDir, page), 'utf8');
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
}

/** Gzipped bytes of a page's code (its inline style sheet included) and of the reference data
 * chunk, apart. */
export function pageBytes(extensionDir: string, page: string): { code: number; data: number } {
  const styles = inlineStyles(extensionDir, page);
  let code = styles ? gzipSync(styles, { level: 9 }).length : 0;
  let data = 0;
  for (const file of pageAssets(extensionDir, page)) {
    const size = gzipSize(extensionDir, file);
    if (isDataChunk(file)) data += size;
    else code += size;
  }
  return { code, data };
}
