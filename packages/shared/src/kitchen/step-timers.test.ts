import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../ingredients/lexicon/index.ts';
import { readCsvRecords } from '../testing/csv.ts';
import { findStepTimers } from './step-timers.ts';

const steps = readCsvRecords(
  readFileSync(new URL('../../test-data/step-timers/steps.csv', import.meta.url), 'utf8'),
);

/** "600|1200-1500" as the timers findStepTimers gives. */
const expected = (timers: string) =>
  timers
    ? timers.split('|').map((timer) => {
        const [seconds, maxSeconds] = timer.split('-').map(Number) as [number, number?];
        return maxSeconds === undefined ? { seconds } : { seconds, maxSeconds };
      })
    : [];

describe('durations in method steps', () => {
  it('reads at least 40 sentences from real recipe pages', () => {
    expect(steps.filter((step) => step.source === 'page').length).toBeGreaterThanOrEqual(40);
  });

  it.each(steps.map((step) => [step.text!, step] as const))('reads "%s"', (text, step) => {
    const timers = findStepTimers(text, step.language as Language);
    expect(
      timers.map(({ seconds, maxSeconds }) => ({ seconds, ...(maxSeconds ? { maxSeconds } : {}) })),
    ).toEqual(expected(step.timers!));
  });

  it('marks where each duration is written', () => {
    const text = 'Bake for 1h 10 mins, then rest 5–10 minutes.';
    expect(findStepTimers(text).map((timer) => timer.text)).toEqual(['1h 10 mins', '5–10 minutes']);
    for (const timer of findStepTimers('Simmer 2½ hours.')) {
      expect(timer).toMatchObject({ text: '2½ hours', start: 7, end: 15, seconds: 9000 });
    }
  });

  it('leaves the sentence-ending dot of an abbreviation out of the mark', () => {
    expect(findStepTimers('Cook for 7 min.')[0]?.text).toBe('7 min');
  });

  it('reads a long step once, in time linear in its length', () => {
    const sentence = 'Stir for 2 minutes, then a few more, and simmer 1 to 2 hours. ';
    const started = performance.now();
    const timers = findStepTimers(sentence.repeat(5_000));
    expect(timers).toHaveLength(10_000);
    expect(findStepTimers('('.repeat(20_000) + '5 minutes')).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
