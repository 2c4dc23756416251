/**
 * `npm run bench`: speed, size and memory figures, measured in real Chromium: the popup with the
 * built extension, the panel in a page of its own fed with generated traffic (panel.ts). Each
 * timed figure is the median of several runs after a warm-up. Exits non-zero when a budget is
 * missed, unless `--report-only` (CI: the machine is shared, timing cannot fail a build).
 * `--runs=N` (or BENCH_RUNS) sets the number of runs; `--only=popup`, `--only=panel`,
 * `--only=har` (a 50 MB HAR file on the HAR page) or `--only=omnibox` (the address bar keyword's
 * cold start, in a Chromium window on Xvfb) runs one part.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { chromiumExecutable } from '../e2e/harness/paths';
import { benchHarFile } from './har-file';
import { benchOmnibox } from './omnibox';
import { benchPanel } from './panel';
import { benchPopup } from './popup';
import { type Figure, missed, renderTable } from './table';

const reportOnly = process.argv.includes('--report-only');
const option = (name: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = option('only');
const runs = Number(option('runs') ?? process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number, not ${runs}`);

const figures: Figure[] = [
  ...(only === undefined || only === 'popup' ? await benchPopup(runs) : []),
  ...(only === undefined || only === 'panel' ? await benchPanel(runs) : []),
  ...(only === undefined || only === 'har' ? await benchHarFile(runs) : []),
  ...(only === undefined || only === 'omnibox' ? await benchOmnibox(runs) : []),
];

// Debian's wrapper script says something on stderr: only its answer is wanted.
const browserVersion = execFileSync(chromiumExecutable(), ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
console.log(
  `\nHTTP Status Lens benchmark: ${runs} runs after a warm-up; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browserVersion}\n`,
);
console.log(renderTable(figures));
const failures = figures.filter(missed);
if (failures.length > 0) {
  console.log(`\n${failures.length} budget(s) missed: ${failures.map((f) => f.name).join('; ')}`);
  if (!reportOnly) process.exit(1);
  console.log('(report-only: not failing)');
}
