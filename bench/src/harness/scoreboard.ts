/** Every figure a run measured beside its target, and what went wrong: `pnpm bench` ends with it. */
export interface Figure {
  figure: string;
  value: number;
  target: number;
  /** Whether a higher value is better (throughput) or a lower one (latency, bytes). */
  better: 'higher' | 'lower';
  unit?: string;
}

interface Row extends Figure {
  benchmark: string;
}

const rows: Row[] = [];
const failures: string[] = [];
let current = 'setup';

export function startBenchmark(name: string): void {
  current = name;
}

export function recordFigure(figure: Figure): void {
  rows.push({ benchmark: current, ...figure });
}

/** A failed request, a crashed server, a missing dependency: the run cannot be trusted. */
export function recordFailure(message: string): void {
  failures.push(`${current}: ${message}`);
}

const meets = (row: Figure) =>
  row.better === 'higher' ? row.value >= row.target : row.value <= row.target;

const shown = (value: number, unit = 'x') => `${value.toFixed(2)}${unit}`;

/** Prints the table of every figure and every failure; true when all met their targets. */
export function printScoreboard(): boolean {
  const table = [
    ['benchmark', 'figure', 'measured', 'target', 'met'],
    ...rows.map((row) => [
      row.benchmark,
      row.figure,
      shown(row.value, row.unit),
      `${row.better === 'higher' ? '>=' : '<='} ${shown(row.target, row.unit)}`,
      meets(row) ? 'yes' : 'NO',
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log('\nEvery figure against its target');
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]! + 2)).join(''));
  for (const failure of failures) console.log(`FAILED ${failure}`);
  return failures.length === 0 && rows.every(meets);
}
