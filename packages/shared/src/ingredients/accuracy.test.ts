import { describe, expect, it } from 'vitest';
import { isHeldOut, readLabelledLines, score, type Score } from '../testing/labelled-lines.ts';
import { parseIngredient } from './parse.ts';

/** The figures reached; the test fails if the parser falls below them. */
const FLOOR = { all: 0.94, heldOut: 0.93 };

type Tally = Record<keyof Score | 'all' | 'lines', number>;

const percent = (count: number, of: number) => `${((100 * count) / of).toFixed(1)}%`;

function tally(lines: ReturnType<typeof readLabelledLines>): Tally {
  const totals: Tally = { lines: 0, quantity: 0, unit: 0, name: 0, firstUnit: 0, all: 0 };
  for (const line of lines) {
    const parsed = parseIngredient(line.input);
    const parts = parsed.kind === 'ingredient' ? parsed : { name: parsed.original };
    const result = score(line, parts);
    totals.lines += 1;
    for (const key of ['quantity', 'unit', 'name', 'firstUnit'] as const) {
      if (result[key]) totals[key] += 1;
    }
    if (result.quantity && result.unit && result.name) totals.all += 1;
  }
  return totals;
}

describe('ingredient parser accuracy on 6,500 labelled lines from three real sites', () => {
  const lines = readLabelledLines();

  // 13,000 parses: seconds on a busy machine.
  it(
    'reads quantity, unit and name right on at least the lines it reached',
    { timeout: 120_000 },
    () => {
      const groups: [string, typeof lines][] = [
        ...[...new Set(lines.map((line) => line.source))].map((source): [string, typeof lines] => [
          source,
          lines.filter((line) => line.source === source),
        ]),
        ['held out (1 in 5)', lines.filter(isHeldOut)],
        ['all', lines],
      ];
      const rows = groups.map(([group, members]) => {
        const totals = tally(members);
        return {
          group,
          lines: totals.lines,
          quantity: percent(totals.quantity, totals.lines),
          unit: percent(totals.unit, totals.lines),
          name: percent(totals.name, totals.lines),
          'all three': percent(totals.all, totals.lines),
          'first printed unit (labels’ rule)': percent(totals.firstUnit, totals.lines),
          ratio: totals.all / totals.lines,
        };
      });
      console.table(rows.map(({ ratio: _, ...row }) => row));
      expect(rows.find((row) => row.group === 'all')!.ratio).toBeGreaterThanOrEqual(FLOOR.all);
      expect(rows.find((row) => row.group.startsWith('held out'))!.ratio).toBeGreaterThanOrEqual(
        FLOOR.heldOut,
      );
    },
  );
});
