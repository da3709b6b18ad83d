import type { LoadResult } from './load.ts';
import { recordFailure, recordFigure } from './scoreboard.ts';

const fixed = (value: number, digits = 1) => value.toFixed(digits).padStart(10);
const ratio = (subject: number, baseline: number) =>
  (baseline > 0 ? `${(subject / baseline).toFixed(2)}x` : 'n/a').padStart(10);

/** The ratios a comparison must reach: throughput at least, p99 latency at most. */
export interface ComparisonTargets {
  throughput?: number;
  p99?: number;
}

/**
 * Prints both runs and subject/baseline ratios: the ratio, not the absolute figure, is what we
 * track. Each ratio with a target goes to the scoreboard; any failed request fails the run.
 */
export function printComparison(
  title: string,
  baseline: LoadResult,
  subject: LoadResult,
  targets: ComparisonTargets,
): void {
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
  for (const run of [baseline, subject]) {
    if (run.failures > 0) recordFailure(`${run.failures} failed requests in "${run.label}"`);
  }
  if (targets.throughput !== undefined) {
    recordFigure({
      figure: `${title}: throughput`,
      value: subject.requestsPerSecond / baseline.requestsPerSecond,
      target: targets.throughput,
      better: 'higher',
    });
  }
  if (targets.p99 !== undefined) {
    recordFigure({
      figure: `${title}: p99`,
      value: subject.p99Ms / baseline.p99Ms,
      target: targets.p99,
      better: 'lower',
    });
  }
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
