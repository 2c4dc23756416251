/**
 * `npm run bench`: speed and size figures, measured in real Chromium with the built extension.
 * Each timed figure is the median of several runs after a warm-up. Exits non-zero when a budget
 * is missed, unless `--report-only` (CI: the machine is shared, timing cannot fail a build).
 */
import { cpus, totalmem } from 'node:os';
import { benchPopup } from './popup';
import { type Figure, missed, renderTable } from './table';

const reportOnly = process.argv.includes('--report-only');
const runs = Number(process.env.BENCH_RUNS ?? 7);

const figures: Figure[] = [...(await benchPopup(runs))];

console.log(
  `\nHTTP Status Lens benchmark: ${runs} runs after a warm-up; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);
console.log(renderTable(figures));
const failures = figures.filter(missed);
if (failures.length > 0) {
  console.log(`\n${failures.length} budget(s) missed: ${failures.map((f) => f.name).join('; ')}`);
  if (!reportOnly) process.exit(1);
  console.log('(report-only: not failing)');
}
