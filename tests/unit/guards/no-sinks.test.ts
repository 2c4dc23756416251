import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Data from an inspected page or a HAR file is hostile: no shipped source may reach an HTML or
 * code sink. This scans every file that goes into the extension, and the build modules that
 * write into its pages (modules/: the popup's prerendered first screen).
 */
const ROOT = join(__dirname, '../../..');
const SHIPPED = ['entrypoints', 'components', 'utils', 'data', 'public', 'modules'];
const SINKS = [
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /insertAdjacentHTML/,
  /dangerouslySetInnerHTML/,
  /document\.write/,
  /\beval\s*\(/,
  /new\s+Function\s*\(/,
  /inspectedWindow\.eval/,
  /setTimeout\s*\(\s*['"`]/,
  /setInterval\s*\(\s*['"`]/,
  /\.srcdoc\b/,
  /createContextualFragment/,
  /DOMParser/,
];

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const shipped = SHIPPED.flatMap((dir) => filesUnder(join(ROOT, dir))).filter((file) =>
  /\.(ts|tsx|js|mjs|html)$/.test(file),
);

function findSinks(source: string): string[] {
  return SINKS.filter((sink) => sink.test(source)).map(String);
}

describe('no HTML or code sinks in shipped source', () => {
  it('scans the shipped folders', () => {
    expect(shipped.length).toBeGreaterThan(10);
  });

  it.each(shipped.map((file) => [relative(ROOT, file), file]))('%s has none', (_, file) => {
    expect(findSinks(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the scanner catches each sink (positive control)', () => {
    const samples = [
      'el.innerHTML = x',
      'el.outerHTML = x',
      'el.insertAdjacentHTML("beforeend", x)',
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write(x)',
      'eval(x)',
      'new Function("return 1")',
      'chrome.devtools.inspectedWindow.eval("1")',
      'setTimeout("alert(1)", 1)',
    ];
    for (const sample of samples) expect(findSinks(sample), sample).not.toEqual([]);
  });
});
