/** One figure of the benchmark: its samples, its budget, and how it is printed. */
export interface Figure {
  name: string;
  unit: string;
  /** The budget: the median must stay at or under it. Absent for figures only reported. */
  budget?: number;
  samples: number[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const fmt = (value: number, unit: string) =>
  `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${unit}`;

export function missed(figure: Figure): boolean {
  return figure.budget !== undefined && median(figure.samples) > figure.budget;
}

/** A Markdown table: figure, budget, median, min, max, and whether the budget holds. */
export function renderTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const budget = f.budget === undefined ? 'report' : `≤ ${fmt(f.budget, f.unit)}`;
    const verdict = f.budget === undefined ? '' : missed(f) ? 'MISSED' : 'ok';
    return `| ${f.name} | ${budget} | ${fmt(median(f.samples), f.unit)} | ${fmt(Math.min(...f.samples), f.unit)} | ${fmt(Math.max(...f.samples), f.unit)} | ${verdict} |`;
  });
  return [
    '| figure | budget | median | min | max | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
