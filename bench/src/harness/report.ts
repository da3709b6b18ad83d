import type { LoadResult } from './load.ts';

const fixed = (value: number, digits = 1) => value.toFixed(digits).padStart(10);
const ratio = (subject: number, baseline: number) =>
  (baseline > 0 ? `${(subject / baseline).toFixed(2)}x` : 'n/a').padStart(10);

/** Prints both runs and subject/baseline ratios: the ratio, not the absolute figure, is what we track. */
export function printComparison(title: string, baseline: LoadResult, subject: LoadResult): void {
  const width = Math.max(baseline.label.length, subject.label.length, 24);
  const row = (label: string, cells: string[]) =>
    console.log(`${label.padEnd(width)}${cells.join('')}`);
  console.log(`\n${title}`);
  row('', ['     req/s', '   mean ms', '    p99 ms', '  failures']);
  for (const run of [baseline, subject]) {
    row(run.label, [
      fixed(run.requestsPerSecond, 0),
      fixed(run.meanMs, 2),
      fixed(run.p99Ms),
      fixed(run.failures, 0),
    ]);
  }
  row('ratio (subject/baseline)', [
    ratio(subject.requestsPerSecond, baseline.requestsPerSecond),
    ratio(subject.meanMs, baseline.meanMs),
    ratio(subject.p99Ms, baseline.p99Ms),
  ]);
  if (baseline.failures + subject.failures > 0)
    console.log('WARNING: some requests failed; figures are not comparable');
}

/** A plain table: the first column left-aligned, the rest right-aligned. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  console.log(`\n${title}`);
  for (const row of cells) {
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]! + 2)))
        .join(''),
    );
  }
}

export interface TransferResult {
  label: string;
  bytes: number;
  seconds: number;
}

const mibPerSecond = (run: TransferResult) => run.bytes / 1024 / 1024 / run.seconds;

/** Two transfers of the same bytes, and the subject's throughput as a ratio of the baseline's. */
export function printTransfers(
  title: string,
  baseline: TransferResult,
  subject: TransferResult,
): number {
  const ratio = mibPerSecond(subject) / mibPerSecond(baseline);
  printTable(
    title,
    ['', 'seconds', 'MiB/s'],
    [
      ...[baseline, subject].map((run) => [
        run.label,
        run.seconds.toFixed(2),
        mibPerSecond(run).toFixed(1),
      ]),
      ['ratio (subject/baseline)', '', `${ratio.toFixed(2)}x`],
    ],
  );
  return ratio;
}
