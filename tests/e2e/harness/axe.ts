// Accessibility checks with axe-core, injected into the page itself. Evaluated through the
// DevTools protocol, so the extension pages' Content-Security-Policy does not block it.
import { readFile } from 'node:fs/promises';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Frame, Page } from 'puppeteer-core';
import { AXE_SCRIPT } from './paths';

type AxeGlobal = typeof globalThis & {
  axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
};

let axeSource: Promise<string> | undefined;

/** Runs axe-core on the page or frame and returns its violations, as axe reported them. */
export async function runAxe(
  target: Page | Frame,
  options: RunOptions = {},
): Promise<AxeResults['violations']> {
  axeSource ??= readFile(AXE_SCRIPT, 'utf8');
  const source = await axeSource;
  const injected = await target.evaluate(() => (globalThis as AxeGlobal).axe !== undefined);
  if (!injected) await target.evaluate(source);
  return target.evaluate(async (runOptions: RunOptions) => {
    const axe = (globalThis as AxeGlobal).axe;
    if (!axe) throw new Error('axe-core did not load.');
    const results = await axe.run(document, runOptions);
    return results.violations;
  }, options);
}
